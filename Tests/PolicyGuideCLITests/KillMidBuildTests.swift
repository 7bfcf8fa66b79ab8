import Foundation
import XCTest
import TestSupport

/// A build killed part-way (SIGKILL, no chance to clean up) must leave the previous site
/// byte-identical, and the next build must still succeed.
final class KillMidBuildTests: XCTestCase {
    var binary: URL { PolicyGuideCLITests.binary }
    var repo: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent() }

    func run(_ args: [String], in dir: URL) throws -> Process {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        p.currentDirectoryURL = dir
        p.standardError = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        return p
    }

    func snapshot(_ dir: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let e = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: [.isRegularFileKey])!
        for case let url as URL in e where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            out[String(url.path.dropFirst(dir.path.count))] = try Data(contentsOf: url)
        }
        return out
    }

    func testKilledBuildLeavesPreviousSiteIdentical() throws {
        let fm = FileManager.default
        let work = try workFolder(withContent: Repository.content, "pg-kill")
        // First, a good build to protect.
        let first = try run(["build", "--output", "site"], in: work)
        first.waitUntilExit()
        XCTAssertEqual(first.terminationStatus, 0)
        let before = try snapshot(work.appendingPathComponent("site"))
        XCTAssertGreaterThan(before.count, 20)

        // Make the next build slow enough to catch mid-write: many copies of a policy.
        let bexley = try String(contentsOf: work.appendingPathComponent("content/policies/bexley/policy.md"), encoding: .utf8)
        for i in 0..<150 {
            let dir = work.appendingPathComponent("content/policies/copy-\(i)")
            try fm.createDirectory(at: dir, withIntermediateDirectories: true)
            try bexley.write(to: dir.appendingPathComponent("policy.md"), atomically: false, encoding: .utf8)
        }
        let second = try run(["build", "--output", "site"], in: work)
        // Wait until it is writing the staging folder, then kill it outright.
        let deadline = Date().addingTimeInterval(60)
        var sawStaging = false
        while Date() < deadline && second.isRunning {
            let entries = (try? fm.contentsOfDirectory(atPath: work.path)) ?? []
            if entries.contains(where: { $0.hasPrefix(".site.building-") }) { sawStaging = true; break }
            usleep(2_000)
        }
        kill(second.processIdentifier, SIGKILL)
        second.waitUntilExit()
        XCTAssertTrue(sawStaging, "the build finished before it could be killed mid-write; make it slower")
        XCTAssertEqual(try snapshot(work.appendingPathComponent("site")), before, "the previous site changed")

        // The next build cleans the stale staging folder and publishes.
        let third = try run(["build", "--output", "site"], in: work)
        third.waitUntilExit()
        XCTAssertEqual(third.terminationStatus, 0)
        let leftovers = try fm.contentsOfDirectory(atPath: work.path).filter { $0.hasPrefix(".site.") }
        XCTAssertEqual(leftovers, [])
        XCTAssertTrue(fm.fileExists(atPath: work.appendingPathComponent("site/policies/copy-149/index.html").path))
    }

    func testOverlappingBuildsIntoOneFolderBothSucceed() throws {
        // An editor saving twice in quick succession starts a second build while the first is
        // still writing: the second waits its turn instead of clearing the first's staging
        // folder, both succeed, and the site is a whole build.
        let fm = FileManager.default
        let work = try workFolder(withContent: Repository.content, "pg-overlap")
        let bexley = try String(contentsOf: work.appendingPathComponent("content/policies/bexley/policy.md"), encoding: .utf8)
        for i in 0..<150 {
            let dir = work.appendingPathComponent("content/policies/copy-\(i)")
            try fm.createDirectory(at: dir, withIntermediateDirectories: true)
            try bexley.write(to: dir.appendingPathComponent("policy.md"), atomically: false, encoding: .utf8)
        }
        for flags in [["--incremental"], []] {
            let first = try run(["build", "--output", "site"] + flags, in: work)
            let deadline = Date().addingTimeInterval(60)
            var sawStaging = false
            while Date() < deadline && first.isRunning {
                if ((try? fm.contentsOfDirectory(atPath: work.path)) ?? []).contains(where: { $0.hasPrefix(".site.building-") }) { sawStaging = true; break }
                usleep(2_000)
            }
            let second = try run(["build", "--output", "site"] + flags, in: work)
            first.waitUntilExit()
            second.waitUntilExit()
            XCTAssertTrue(sawStaging, "the first build finished before the second started; make it slower")
            XCTAssertEqual(first.terminationStatus, 0, "first build \(flags)")
            XCTAssertEqual(second.terminationStatus, 0, "second build \(flags)")
            XCTAssertEqual(try fm.contentsOfDirectory(atPath: work.path).filter { $0.hasPrefix(".site.") }, [])
            XCTAssertTrue(fm.fileExists(atPath: work.appendingPathComponent("site/policies/copy-149/index.html").path))
            try? fm.removeItem(at: work.appendingPathComponent("site"))
        }
    }
}
