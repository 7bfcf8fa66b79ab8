import ContentLoading
import Foundation
import PolicyModel
import XCTest
import TestSupport

/// Links may point at a route, stage or criterion of a policy; one that does not exist is an
/// error naming what is unknown, with the valid choices.
final class StructuredAnchorTests: XCTestCase {
    func load(withLink link: String) throws -> LoadResult {
        let temp = try contentCopy(of: Fixtures.tree("valid"))
        let text = """
        ---
        title: Links
        ---

        - [ ] Item ([Example](\(link)))
        """
        try text.write(to: temp.appendingPathComponent("checklists/one.md"), atomically: true, encoding: .utf8)
        return ContentLoader(root: temp, displayRoot: "content").load()
    }

    func testExistingRouteStageAndCriterionAnchorsResolve() throws {
        for anchor in ["route-lac", "stage-lac-2", "criterion-lac-allocation-of-social-worker"] {
            let result = try load(withLink: "../policies/example/policy.md#\(anchor)")
            XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.description), [], anchor)
        }
    }

    func testUnknownCriterionIsReportedWithTheValidOnes() throws {
        let result = try load(withLink: "../policies/example/policy.md#criterion-lac-allocation-of-social-workers")
        let errors = result.diagnostics.filter { $0.severity == .error }
        XCTAssertEqual(errors.count, 1)
        XCTAssertEqual(errors.first?.location, SourceLocation(file: "content/checklists/one.md", line: 5, column: 1))
        XCTAssertTrue(errors.first?.message.hasPrefix("unknown criterion '#criterion-lac-allocation-of-social-workers' in policy 'example'. Did you mean 'criterion-lac-allocation-of-social-worker'?") == true,
                      errors.first?.message ?? "")
    }

    func testUnknownStageIsReported() throws {
        let result = try load(withLink: "../policies/example/policy.md#stage-lac-9")
        XCTAssertTrue(result.diagnostics.contains { $0.severity == .error && $0.message.hasPrefix("unknown stage '#stage-lac-9' in policy 'example'.") },
                      result.diagnostics.map(\.description).joined(separator: "\n"))
    }
}
