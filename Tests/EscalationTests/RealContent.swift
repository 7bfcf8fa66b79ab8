import Foundation
import XCTest
import ContentLoading
import PolicyModel
import TestSupport

/// The real content, loaded once for the Escalation test cases.
enum RealContent {
    static var repository: URL { Repository.root }

    static let result: LoadResult = ContentLoader(root: repository.appendingPathComponent("content", isDirectory: true), displayRoot: "content").load()

    static func model() throws -> ContentModel {
        try XCTUnwrap(result.model, "the real content did not load: " + result.diagnostics.map(\.description).joined(separator: "\n"))
    }
}
