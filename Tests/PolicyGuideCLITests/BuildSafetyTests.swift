import Foundation
import XCTest
import TestSupport

/// Issue 14: the build never deletes, writes or swaps through a symbolic link it did not
/// make, and swaps the site in one step. Each test runs the built binary as a user would.
final class BuildSafetyTests: XCTestCase {
    // Borrow the end-to-end helpers (run, snapshot) of the main CLI test case.
    let cli = PolicyGuideCLITests(name: "helpers", testClosure: { _ in })
    let fm = FileManager.default

    /// A temporary folder holding a copy of the real content in `content/`.
    func workTree() throws -> URL {
        try workFolder(withContent: Repository.content, "pg-safety")
    }

    func testASymlinkedOutputFolderIsRefusedAndItsTargetKept() throws {
        let work = try workTree()
        try fm.createDirectory(at: work.appendingPathComponent("www"), withIntermediateDirectories: true)
        XCTAssertEqual(try cli.run(["build", "--output", "www/site"], in: work).status, 0)
        let before = try cli.snapshot(work.appendingPathComponent("www/site"))
        XCTAssertGreaterThan(before.count, 20)
        try fm.createSymbolicLink(atPath: work.appendingPathComponent("published").path, withDestinationPath: "www/site")

        let r = try cli.run(["build", "--output", "published"], in: work)

        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("is a symbolic link to www/site"), r.stderr)
        XCTAssertTrue(r.stderr.contains("--output www/site"), r.stderr)
        XCTAssertEqual(try fm.destinationOfSymbolicLink(atPath: work.appendingPathComponent("published").path), "www/site")
        XCTAssertEqual(try cli.snapshot(work.appendingPathComponent("www/site")), before)
        XCTAssertEqual(try fm.contentsOfDirectory(atPath: work.path).sorted(), ["content", "published", "www"])
    }

    func testAStagingNamedLinkNextToTheOutputIsNeitherFollowedNorRemoved() throws {
        let work = try workTree()
        let docs = work.appendingPathComponent("docs")
        try fm.createDirectory(at: docs, withIntermediateDirectories: true)
        try "minutes".write(to: docs.appendingPathComponent("minutes.txt"), atomically: false, encoding: .utf8)
        // Not a link, but a real folder with a staging name that PolicyGuide did not make.
        let lookalike = work.appendingPathComponent(".out.building-998")
        try fm.createDirectory(at: lookalike, withIntermediateDirectories: true)
        try "notes".write(to: lookalike.appendingPathComponent("notes.txt"), atomically: false, encoding: .utf8)
        try fm.createSymbolicLink(atPath: work.appendingPathComponent(".out.building-999").path, withDestinationPath: "docs")
        try fm.createSymbolicLink(atPath: work.appendingPathComponent(".out.previous-999").path, withDestinationPath: "docs")
        // An empty staging folder, as a build killed between making and marking it leaves.
        let emptyStaging = work.appendingPathComponent(".out.building-997")
        try fm.createDirectory(at: emptyStaging, withIntermediateDirectories: true)

        let r = try cli.run(["build", "--output", "out"], in: work)
        XCTAssertFalse(fm.fileExists(atPath: emptyStaging.path), "an empty staging folder holds nothing to lose and is removed")

        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try String(contentsOf: docs.appendingPathComponent("minutes.txt"), encoding: .utf8), "minutes")
        XCTAssertEqual(try String(contentsOf: lookalike.appendingPathComponent("notes.txt"), encoding: .utf8), "notes")
        XCTAssertEqual(try fm.destinationOfSymbolicLink(atPath: work.appendingPathComponent(".out.building-999").path), "docs")
        XCTAssertEqual(try fm.destinationOfSymbolicLink(atPath: work.appendingPathComponent(".out.previous-999").path), "docs")
        XCTAssertTrue(fm.fileExists(atPath: work.appendingPathComponent("out/index.html").path))
    }

    func testAStagingFolderLeftByAKilledBuildIsRemoved() throws {
        let work = try workTree()
        XCTAssertEqual(try cli.run(["build", "--output", "out"], in: work).status, 0)
        // What a build killed mid-write leaves: a marked staging folder with some pages.
        let stale = work.appendingPathComponent(".out.building-997")
        try fm.createDirectory(at: stale.appendingPathComponent("policies"), withIntermediateDirectories: true)
        try fm.copyItem(at: work.appendingPathComponent("out/.policyguide-site"), to: stale.appendingPathComponent(".policyguide-site"))
        try "half".write(to: stale.appendingPathComponent("policies/index.html"), atomically: false, encoding: .utf8)

        // Killed between making its staging folder and marking it: an empty folder.
        let unmarked = work.appendingPathComponent(".out.building-996")
        try fm.createDirectory(at: unmarked, withIntermediateDirectories: true)

        XCTAssertEqual(try cli.run(["build", "--output", "out"], in: work).status, 0)

        XCTAssertFalse(fm.fileExists(atPath: stale.path))
        XCTAssertFalse(fm.fileExists(atPath: unmarked.path))
    }

    func testAnIncrementalBuildNeverWritesThroughALinkInsideTheOutput() throws {
        let work = try workTree()
        XCTAssertEqual(try cli.run(["build", "--incremental", "--output", "site"], in: work).status, 0)
        let elsewhere = work.appendingPathComponent("elsewhere")
        try fm.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try "not a policy page".write(to: elsewhere.appendingPathComponent("index.html"), atomically: false, encoding: .utf8)
        try fm.removeItem(at: work.appendingPathComponent("site/policies/bexley"))
        try fm.createSymbolicLink(atPath: work.appendingPathComponent("site/policies/bexley").path, withDestinationPath: elsewhere.path)
        let file = work.appendingPathComponent("content/policies/bexley/policy.md")
        try (try String(contentsOf: file, encoding: .utf8) + "\nAn added closing sentence.\n").write(to: file, atomically: false, encoding: .utf8)

        let r = try cli.run(["build", "--incremental", "--output", "site"], in: work)

        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("site/policies/bexley is a symbolic link or not a folder"), r.stderr)
        XCTAssertEqual(try String(contentsOf: elsewhere.appendingPathComponent("index.html"), encoding: .utf8), "not a policy page")
        XCTAssertEqual(try fm.contentsOfDirectory(atPath: elsewhere.path), ["index.html"])
        // A cold build replaces the whole folder, link included.
        XCTAssertEqual(try cli.run(["build", "--output", "site"], in: work).status, 0)
        XCTAssertEqual(try String(contentsOf: elsewhere.appendingPathComponent("index.html"), encoding: .utf8), "not a policy page")
        XCTAssertTrue(try String(contentsOf: work.appendingPathComponent("site/policies/bexley/index.html"), encoding: .utf8).contains("An added closing sentence."))
    }

    func testAReaderAlwaysFindsACompleteSiteWhileBuildsSwapIt() throws {
        let work = try workTree()
        XCTAssertEqual(try cli.run(["build", "--output", "site"], in: work).status, 0)
        let home = work.appendingPathComponent("site/index.html").path
        let stop = Flag()
        let missing = Counter()
        let reader = Thread {
            var st = stat()
            while !stop.isSet {
                // Many looks per check of the flag: the gap between two renames is microseconds.
                for _ in 0..<1000 where stat(home, &st) != 0 { missing.add() }
            }
        }
        reader.start()
        // A fixed number of swaps, not a time: with two renames, 114 swaps gave the reader 160 misses.
        for _ in 0..<12 {
            XCTAssertEqual(try cli.run(["build", "--output", "site"], in: work).status, 0)
        }
        stop.set()
        while !reader.isFinished { usleep(1000) }
        XCTAssertEqual(missing.value, 0, "a reader found no site \(missing.value) times")
        XCTAssertEqual(try fm.contentsOfDirectory(atPath: work.path).sorted(), ["content", "site"])
    }

    func testAColdBuildReplacesTheMarkedFolderWholeAndAnIncrementalOneKeepsAFileItDidNotMake() throws {
        // Decided (README, "Safety of builds"): the marked output is generated; a cold build
        // replaces it whole, a rebuild touches only what it made.
        let work = try workTree()
        XCTAssertEqual(try cli.run(["build", "--incremental", "--output", "site"], in: work).status, 0)
        let added = work.appendingPathComponent("site/notes-by-hand.txt")
        try "mine".write(to: added, atomically: false, encoding: .utf8)
        let file = work.appendingPathComponent("content/policies/bexley/policy.md")
        try (try String(contentsOf: file, encoding: .utf8) + "\nAn added closing sentence.\n").write(to: file, atomically: false, encoding: .utf8)
        XCTAssertEqual(try cli.run(["build", "--incremental", "--output", "site"], in: work).status, 0)
        XCTAssertTrue(fm.fileExists(atPath: added.path), "an incremental build removed a file it did not make")
        XCTAssertEqual(try cli.run(["build", "--output", "site"], in: work).status, 0)
        XCTAssertFalse(fm.fileExists(atPath: added.path), "a cold build kept a file it did not make")
    }
}

/// A flag set by one thread and read by another.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    func set() { lock.lock(); value = true; lock.unlock() }
}

/// A count kept by one thread and read by another.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
    func add() { lock.lock(); count += 1; lock.unlock() }
}
