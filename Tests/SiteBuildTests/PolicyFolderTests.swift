import XCTest
@testable import SiteBuild

/// The rebuild caches group content files, fingerprint lines and pages by the policy folder
/// they lie in; anything outside `policies/` belongs to no policy.
final class PolicyFolderTests: XCTestCase {
    func testTheIdIsTheFolderAfterPolicies() {
        XCTAssertEqual(PolicyFolder.id(in: "policies/bexley/policy.md"), "bexley")
        XCTAssertEqual(PolicyFolder.id(in: "policies/bexley/cp/advocacy.html"), "bexley")
        XCTAssertEqual(PolicyFolder.id(in: "policies/bexley 2048 1795361352.5 77"), "bexley")
        XCTAssertEqual(PolicyFolder.id(in: "policies/bexley"), "bexley")
    }

    func testPathsOutsidePoliciesBelongToNoPolicy() {
        XCTAssertNil(PolicyFolder.id(in: "index.html"))
        XCTAssertNil(PolicyFolder.id(in: "checklists/review-triggers.md"))
        XCTAssertNil(PolicyFolder.id(in: "policiesx/bexley/policy.md"))
        XCTAssertNil(PolicyFolder.id(in: "a-z/policies/index.html"))
    }
}
