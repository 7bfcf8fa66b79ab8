import XCTest
import ContentLoading

/// LinkResolver: how a link written in a content file is understood. Only content files,
/// same-page anchors and http/https/mailto are allowed; anything that could run code is unsafe.
final class LinkResolverTests: XCTestCase {
    func testRelativeLinksToPoliciesAndChecklists() {
        XCTAssertEqual(LinkResolver.resolve("../policies/bexley/policy.md#stage-1", fromFile: "checklists/significant-changes.md"),
                       .policy(id: "bexley", anchor: "stage-1"))
        XCTAssertEqual(LinkResolver.resolve("../northamptonshire/policy.md", fromFile: "policies/bexley/policy.md"),
                       .policy(id: "northamptonshire", anchor: nil))
        XCTAssertEqual(LinkResolver.resolve("./policy.md#x", fromFile: "policies/bexley/policy.md"), .policy(id: "bexley", anchor: "x"))
        XCTAssertEqual(LinkResolver.resolve("review-triggers.md", fromFile: "checklists/significant-changes.md"), .checklist(id: "review-triggers", anchor: nil))
        XCTAssertEqual(LinkResolver.resolve("../../checklists/a.md", fromFile: "policies/bexley/policy.md"), .checklist(id: "a", anchor: nil))
        XCTAssertEqual(LinkResolver.resolve("  ../policies/x/policy.md#  ", fromFile: "checklists/a.md"), .policy(id: "x", anchor: nil))
    }

    func testPolicyToPolicyLinksResolveTheSameOnTheFastPath() {
        // Policy-to-policy links take a shortcut; it must agree with the general rules,
        // and anything unusual must still go the general way.
        let from = "policies/bexley/policy.md"
        XCTAssertEqual(LinkResolver.resolve("../northamptonshire/policy.md#2-role-of-the-iro", fromFile: from), .policy(id: "northamptonshire", anchor: "2-role-of-the-iro"))
        XCTAssertEqual(LinkResolver.resolve("../northamptonshire/policy.md#", fromFile: from), .policy(id: "northamptonshire", anchor: nil))
        XCTAssertEqual(LinkResolver.resolve("../Northamptonshire/policy.md", fromFile: from), .policy(id: "Northamptonshire", anchor: nil))
        XCTAssertEqual(LinkResolver.resolve("../../checklists/a.md", fromFile: from), .checklist(id: "a", anchor: nil))
        XCTAssertEqual(LinkResolver.resolve("../x/policy.mdx", fromFile: from),
                       .broken("'policies/x/policy.mdx' is not a policy (policies/<id>/policy.md) or checklist (checklists/<id>.md) file"))
        XCTAssertEqual(LinkResolver.resolve("../x/policy.md#a#b", fromFile: from), .policy(id: "x", anchor: "a#b"))
        // A trailing no-break space is trimmed, as on the general path.
        XCTAssertEqual(LinkResolver.resolve("../x/policy.md#scope\u{A0}", fromFile: from), .policy(id: "x", anchor: "scope"))
    }

    func testSamePageAnchors() {
        XCTAssertEqual(LinkResolver.resolve("#appendix-a", fromFile: "policies/x/policy.md"), .samePage(anchor: "appendix-a"))
        XCTAssertEqual(LinkResolver.resolve("", fromFile: "policies/x/policy.md"), .broken("empty link"))
    }

    func testExternalSchemes() {
        for url in ["https://www.gov.uk/bank-holidays", "http://example.org", "mailto:iro@example.org", "HTTPS://EXAMPLE.ORG"] {
            XCTAssertEqual(LinkResolver.resolve(url, fromFile: "policies/x/policy.md"), .external(url), url)
        }
    }

    func testSchemesThatCouldRunCodeAreUnsafe() {
        for url in ["javascript:alert(1)", "JavaScript:alert(1)", "vbscript:msgbox", "data:text/html,<script>alert(1)</script>",
                    "file:///etc/passwd", "//evil.example/x"] {
            XCTAssertEqual(LinkResolver.resolve(url, fromFile: "policies/x/policy.md"), .unsafe(url), url)
        }
        XCTAssertEqual(LinkResolver.resolve(" javascript:alert(1)", fromFile: "policies/x/policy.md"), .unsafe("javascript:alert(1)"))
    }

    func testPathsThatNameNoContentFileAreBroken() {
        XCTAssertEqual(LinkResolver.resolve("/policies/x/policy.md", fromFile: "policies/y/policy.md"),
                       .broken("absolute path '/policies/x/policy.md': write a path relative to this file"))
        XCTAssertEqual(LinkResolver.resolve("../../../etc/passwd", fromFile: "policies/y/policy.md"),
                       .broken("'../../../etc/passwd' leads outside the content folder"))
        XCTAssertEqual(LinkResolver.resolve("../x/notes.md", fromFile: "policies/y/policy.md"),
                       .broken("'policies/x/notes.md' is not a policy (policies/<id>/policy.md) or checklist (checklists/<id>.md) file"))
    }
}
