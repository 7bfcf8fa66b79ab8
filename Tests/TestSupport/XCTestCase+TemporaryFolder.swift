import Foundation
import XCTest

/// The one way the tests make temporary folders and copies of content trees: each is under
/// the system's temporary folder, has a path with its links resolved (/tmp may be a link, and
/// paths in messages are compared exactly), and is removed when the test ends.
extension XCTestCase {
    /// A new empty folder named `<prefix>-<UUID>`.
    public func temporaryFolder(_ prefix: String = "policyguide-tests") throws -> URL {
        let fm = FileManager.default
        let url = fm.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try fm.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url.resolvingSymlinksInPath()
    }

    /// A new temporary work folder holding a copy of the content tree `tree` as `content/`,
    /// where a user would run `policyguide`.
    public func workFolder(withContent tree: URL, _ prefix: String = "policyguide-work") throws -> URL {
        let work = try temporaryFolder(prefix)
        try FileManager.default.copyItem(at: tree, to: work.appendingPathComponent("content", isDirectory: true))
        return work
    }

    /// A copy of the content tree `tree` that a test may change: the `content/` folder of a
    /// new work folder.
    public func contentCopy(of tree: URL) throws -> URL {
        try workFolder(withContent: tree).appendingPathComponent("content", isDirectory: true)
    }
}
