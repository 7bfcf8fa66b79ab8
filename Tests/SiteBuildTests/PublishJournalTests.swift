import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif
@testable import Publishing
@testable import Rebuild
@testable import SiteBuild
import TestSupport

/// An in-place update killed while applying its journal is finished by the next build: the
/// output ends up exactly as the journal says, however far the first attempt got.
final class PublishJournalTests: XCTestCase {
    func folder() throws -> URL { try temporaryFolder("pg-journal") }

    func put(_ text: String, _ path: String, in root: URL) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: false, encoding: .utf8)
    }

    func contents(_ root: URL) -> [String: String] {
        var out: [String: String] = [:]
        for sub in FileManager.default.subpaths(atPath: root.path) ?? [] {
            if let text = try? String(contentsOf: root.appendingPathComponent(sub), encoding: .utf8) { out[sub] = text }
        }
        return out
    }

    func testAnInterruptedUpdateIsFinished() throws {
        for interruptedAfter in 0...2 {
            let work = try folder()
            let output = work.appendingPathComponent("site"), staging = work.appendingPathComponent(".site.building-1")
            try put("old home", "index.html", in: output)
            try put("old page", "policies/a/index.html", in: output)
            try put("gone", "policies/b/index.html", in: output)
            try put("new home", "index.html", in: staging)
            try put("new page", "policies/c/index.html", in: staging)
            try PublishJournal.write(moves: ["index.html", "policies/c/index.html"], deletions: ["policies/b/index.html"], in: staging.path)
            // The first attempt got this far before it was killed.
            let steps: [() throws -> Void] = [
                { XCTAssertEqual(rename(staging.appendingPathComponent("index.html").path, output.appendingPathComponent("index.html").path), 0) },
                { try FileManager.default.createDirectory(at: output.appendingPathComponent("policies/c"), withIntermediateDirectories: true)
                  XCTAssertEqual(rename(staging.appendingPathComponent("policies/c/index.html").path, output.appendingPathComponent("policies/c/index.html").path), 0) },
            ]
            for step in steps.prefix(interruptedAfter) { try step() }

            XCTAssertEqual(PublishJournal.replay(staging: staging.path, output: output.path), .applied)
            XCTAssertEqual(contents(output), ["index.html": "new home", "policies/a/index.html": "old page", "policies/c/index.html": "new page"], "after \(interruptedAfter) steps")
            XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("policies/b").path), "an emptied folder was left")
            XCTAssertFalse(FileManager.default.fileExists(atPath: staging.path))
        }
    }

    func testAStagingFolderWithoutAJournalChangesNothing() throws {
        let work = try folder()
        let output = work.appendingPathComponent("site"), staging = work.appendingPathComponent(".site.building-1")
        try put("old home", "index.html", in: output)
        try put("half-written", "index.html", in: staging)
        XCTAssertEqual(PublishJournal.replay(staging: staging.path, output: output.path), .noJournal)
        XCTAssertEqual(contents(output), ["index.html": "old home"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: staging.path))
    }

    func testAChangeThatCannotBeMadeKeepsTheJournalForAnotherTry() throws {
        // A page must go into a folder "a", but the output has a file called "a": the move
        // fails, nothing after it is done, and the staging folder with its journal stays.
        let work = try folder()
        let output = work.appendingPathComponent("site"), staging = work.appendingPathComponent(".site.building-1")
        try put("a file in the way", "a", in: output)
        try put("gone", "old.html", in: output)
        try put("new page", "a/b.html", in: staging)
        try PublishJournal.write(moves: ["a/b.html"], deletions: ["old.html"], in: staging.path)
        guard case .failed(let why) = PublishJournal.replay(staging: staging.path, output: output.path) else {
            return XCTFail("the replay did not report the failed move")
        }
        XCTAssertTrue(why.contains("a/b.html"), why)
        XCTAssertEqual(contents(output), ["a": "a file in the way", "old.html": "gone"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: staging.appendingPathComponent(PublishJournal.fileName).path))
    }
}

extension PublishJournalTests {
    func testAReplayNeverMovesOrDeletesThroughALinkInsideTheOutput() throws {
        // A killed update is finished by the next build: if the output's folder "a" has
        // become a link to another folder meanwhile, nothing is moved into or deleted from it.
        let work = try folder()
        let output = work.appendingPathComponent("site"), staging = work.appendingPathComponent(".site.building-1")
        let elsewhere = work.appendingPathComponent("elsewhere")
        try put("theirs", "b.html", in: elsewhere)
        try put("theirs too", "old.html", in: elsewhere)
        try put("index", "index.html", in: output)
        try FileManager.default.createSymbolicLink(atPath: output.appendingPathComponent("a").path, withDestinationPath: elsewhere.path)
        try put("new page", "a/b.html", in: staging)
        try PublishJournal.write(moves: ["a/b.html"], deletions: ["a/old.html"], in: staging.path)

        guard case .failed(let why) = PublishJournal.replay(staging: staging.path, output: output.path) else {
            return XCTFail("the replay went through the link")
        }
        XCTAssertTrue(why.contains("site/a is a symbolic link"), why)
        XCTAssertEqual(contents(elsewhere), ["b.html": "theirs", "old.html": "theirs too"])

        try PublishJournal.write(moves: [], deletions: ["a/old.html"], in: staging.path)
        guard case .failed = PublishJournal.replay(staging: staging.path, output: output.path) else {
            return XCTFail("the replay deleted through the link")
        }
        XCTAssertEqual(contents(elsewhere), ["b.html": "theirs", "old.html": "theirs too"])
    }
}
