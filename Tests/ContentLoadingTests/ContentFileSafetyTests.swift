import Foundation
import XCTest
@testable import ContentLoading
import PolicyModel
import TestSupport

/// Issue 14: reading content is checked on the file actually opened, so no swap of a file
/// for a link can publish text from outside content/.
final class ContentFileSafetyTests: XCTestCase {
    func testAFileFlippedToALinkOutOfContentIsNeverRead() throws {
        let temp = try workFolder(withContent: Fixtures.tree("valid"))
        let root = temp.appendingPathComponent("content", isDirectory: true)
        let outside = temp.appendingPathComponent("secret.md")
        try "OUTSIDE SECRET".write(to: outside, atomically: false, encoding: .utf8)
        let target = root.appendingPathComponent("checklists/one.md").path
        let real = root.appendingPathComponent("checklists/.real").path, link = root.appendingPathComponent("checklists/.link").path
        let original = try Data(contentsOf: URL(fileURLWithPath: target))
        let files = ContentFile(root: root, displayRoot: "content")
        let stop = Flag()
        // Flips the name between a plain file and a link out of content/, each step one rename.
        let flipper = Thread {
            while !stop.isSet {
                FileManager.default.createFile(atPath: real, contents: original)
                rename(real, target)
                symlink(outside.path, link)
                rename(link, target)
            }
        }
        flipper.start()
        var leaked = 0, readInside = 0, refused = 0
        // A fixed number of reads, not a time: before the check moved onto the opened file,
        // 48 of 428 builds published the outside text.
        for _ in 0..<3000 {
            switch files.read("checklists/one.md") {
            case .success(let text):
                if text.contains("OUTSIDE SECRET") { leaked += 1 } else { readInside += 1 }
            case .failure:
                refused += 1
            }
        }
        stop.set()
        while !flipper.isFinished { usleep(1000) }
        XCTAssertEqual(leaked, 0, "the outside file was read \(leaked) times (\(readInside) inside, \(refused) refused)")
        XCTAssertGreaterThan(refused, 0, "the link was never seen: the test did not race")
    }

    func testPrivateUseCharactersAreRefusedWhereTheyAre() {
        func decode(_ text: String) -> String? {
            if case .failure(let d) = ContentFile.decode(Array(text.utf8), file: "content/x.md") { return d.description }
            return nil
        }
        XCTAssertEqual(decode("title: A\nroute: Ch\u{E000}ild \u{E001}\n"),
                       "content/x.md:2:10: error: this is the private-use character U+E000, which PolicyGuide reserves for its own markers (it would change what the escalation picker shows): delete it, or write what it stands for in ordinary characters.")
        XCTAssertEqual(decode("é\u{F8FF}")?.hasPrefix("content/x.md:1:3: error: this is the private-use character U+F8FF,"), true)
        // Neighbours of the range, and ordinary text, are fine.
        XCTAssertNil(decode("\u{D7FF}\u{F900}\u{FFFD}€ text\n"))
    }
}

/// A flag set by one thread and read by another.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    func set() { lock.lock(); value = true; lock.unlock() }
}

extension ContentFileSafetyTests {
    func testRunningOutOfFileDescriptorsIsReportedAsSuch() throws {
        let temp = try workFolder(withContent: Fixtures.tree("valid"))
        let root = temp.appendingPathComponent("content", isDirectory: true)
        let files = ContentFile(root: root, displayRoot: "content")
        // Lower this process's soft limit, use up what is left, read, then give it all back.
        var saved = rlimit()
        XCTAssertEqual(getrlimit(Int32(RLIMIT_NOFILE.rawValue), &saved), 0)
        var low = saved
        low.rlim_cur = 256
        XCTAssertEqual(setrlimit(Int32(RLIMIT_NOFILE.rawValue), &low), 0)
        var held: [Int32] = []
        while true {
            let fd = open("/dev/null", O_RDONLY)
            if fd < 0 { break }
            held.append(fd)
        }
        let result = files.read("site.yml")
        for fd in held { close(fd) }
        XCTAssertEqual(setrlimit(Int32(RLIMIT_NOFILE.rawValue), &saved), 0)
        guard case .failure(let d) = result else { return XCTFail("read with no descriptor left") }
        XCTAssertEqual(d.description, "content/site.yml:1:1: error: too many open files: the system's limit on open files (ulimit -n) was reached before this file could be read. Raise the limit (ulimit -n 1024) and run again.")
    }
}

extension ContentFileSafetyTests {
    func testAHardLinkIsReadAsTheFileItIs() throws {
        // Decided (README, "Safety of builds"): a hard link is the file itself under a name
        // inside content/, so it is published like any other file there.
        let temp = try workFolder(withContent: Fixtures.tree("valid"))
        let root = temp.appendingPathComponent("content", isDirectory: true)
        let outside = temp.appendingPathComponent("elsewhere.md")
        try FileManager.default.moveItem(at: root.appendingPathComponent("checklists/one.md"), to: outside)
        XCTAssertEqual(link(outside.path, root.appendingPathComponent("checklists/one.md").path), 0)
        let result = ContentLoader(root: root, displayRoot: "content").load()
        XCTAssertEqual(result.diagnostics.map(\.description), [])
        XCTAssertEqual(result.model?.checklists.map(\.id), ["one"])
    }
}
