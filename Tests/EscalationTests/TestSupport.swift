import Foundation
import XCTest
import ContentLoading
import PolicyModel

/// The real content, loaded once for the Escalation test cases.
enum RealContent {
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static let result: LoadResult = ContentLoader(root: repository.appendingPathComponent("content", isDirectory: true), displayRoot: "content").load()

    static func model() throws -> ContentModel {
        try XCTUnwrap(result.model, "the real content did not load: " + result.diagnostics.map(\.description).joined(separator: "\n"))
    }
}
