import Foundation
import XCTest
import ContentLoading
import PolicyModel

/// Shared by the ContentLoading test cases: fixture trees, temporary copies, and the repository.
enum Fixtures {
    /// The copied `Fixtures` resource folder.
    static var root: URL {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("the Fixtures resource is missing from the test bundle")
        }
        return url
    }

    /// One fixture tree.
    static func tree(_ name: String) -> URL { root.appendingPathComponent(name, isDirectory: true) }

    /// Loads a fixture tree, showing its paths as `content/…` like the CLI does.
    static func load(_ name: String) -> LoadResult {
        ContentLoader(root: tree(name), displayRoot: "content").load()
    }

    /// The repository root (three levels above this file).
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}

/// A temporary folder, removed when the test ends.
final class TemporaryFolder {
    let url: URL

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("policyguide-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        // Resolve /tmp → /private/tmp and the like, so paths in messages compare exactly.
        url = base.resolvingSymlinksInPath()
    }

    /// Copies fixture tree `name` to `<temp>/content` and returns that folder.
    func copy(fixture name: String) throws -> URL {
        let target = url.appendingPathComponent("content", isDirectory: true)
        try FileManager.default.copyItem(at: Fixtures.tree(name), to: target)
        return target
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
