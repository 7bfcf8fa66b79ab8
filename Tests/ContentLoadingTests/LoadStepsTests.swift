import Foundation
import XCTest
import ContentLoading
import PolicyModel

/// Loading is two steps a build reports apart: `read` (each file alone) and `check` (links,
/// anchors and lint across files). `load` is both, with nothing skipped.
final class LoadStepsTests: XCTestCase {
    private let brokenLink = "content/policies/example/policy.md:39:5: error: broken link: no policy 'other'. Policies: example."

    private func loader(_ fixture: String) -> ContentLoader {
        ContentLoader(root: Fixtures.tree(fixture), displayRoot: "content")
    }

    func testReadFindsEachFileAndCheckFindsTheBrokenLink() throws {
        let read = loader("broken-link").read()
        XCTAssertNotNil(read.model)
        XCTAssertFalse(read.diagnostics.map(\.description).contains(brokenLink), "read looked across files")
        let checked = loader("broken-link").check(read)
        XCTAssertTrue(checked.diagnostics.map(\.description).contains(brokenLink), checked.diagnostics.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(checked.diagnostics, loader("broken-link").load().diagnostics)
    }

    func testLinksOfAPolicyTheCallerVouchesForAreNotCheckedAgain() throws {
        let read = loader("broken-link").read()
        let skipped = loader("broken-link").check(read, skippingLinksOf: ["example"])
        XCTAssertFalse(skipped.diagnostics.map(\.description).contains(brokenLink))
    }

    func testEachPolicyTextIsKeptApartFromItsSummary() throws {
        let model = try XCTUnwrap(loader("valid").load().model)
        let text = try XCTUnwrap(model.texts["example"], "no text for the policy read from its file")
        XCTAssertFalse(text.children.isEmpty)
    }

    func testAPolicyHandedOverAlreadyLoadedIsTakenAsGivenWithoutText() throws {
        let first = loader("valid").read()
        let loaded = try XCTUnwrap(first.loadedPolicies.first)
        var given = loaded
        given.policy.title = "A title only the caller knows"
        let again = loader("valid").read(alreadyLoaded: ["example": given])
        XCTAssertEqual(again.model?.policy("example")?.title, "A title only the caller knows")
        XCTAssertNil(again.model?.texts["example"], "a policy handed over already loaded has no text to render")
        XCTAssertTrue(again.loadedPolicies.isEmpty, "a policy handed over was reported as read from its file")
    }
}
