import Foundation

/// Where the test inputs are: the repository, its real `content/`, and the fixture trees.
public enum Repository {
    /// The repository root (three levels above this file: Tests/TestSupport/Repository.swift).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The real content folder the committed site is built from.
    public static var content: URL { root.appendingPathComponent("content", isDirectory: true) }

    /// The fixture content tree `name` (Tests/ContentLoadingTests/Fixtures/<name>): small
    /// trees, one problem each, used by every test target.
    public static func fixture(_ name: String) -> URL {
        root.appendingPathComponent("Tests/ContentLoadingTests/Fixtures", isDirectory: true).appendingPathComponent(name, isDirectory: true)
    }
}
