import Foundation
import XCTest
@testable import ContentLoading
import PolicyModel

/// Issue 14: reading content is checked on the file actually opened, so no swap of a file
/// for a link can publish text from outside content/.
final class ContentFileSafetyTests: XCTestCase {
    func testAFileFlippedToALinkOutOfContentIsNeverRead() throws {
        let temp = try TemporaryFolder()
        let root = try temp.copy(fixture: "valid")
        let outside = temp.url.appendingPathComponent("secret.md")
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
}

/// A flag set by one thread and read by another.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    func set() { lock.lock(); value = true; lock.unlock() }
}
