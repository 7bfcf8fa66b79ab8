import Foundation
import XCTest
import ContentLoading
import PolicyModel
import TestSupport

/// The ContentLoading test cases' fixture trees, from the test bundle's copy (temporary
/// folders and copies come from TestSupport).
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

    /// The repository root.
    static var repository: URL { Repository.root }
}
