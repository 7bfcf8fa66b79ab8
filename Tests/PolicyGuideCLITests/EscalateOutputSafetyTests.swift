import Foundation
import Markdown
import XCTest
import TestSupport

/// Issue 14: `escalate --format markdown` and `--format json` carry text from content and the
/// command line; rendered or parsed, it stays text.
final class EscalateOutputSafetyTests: XCTestCase {
    let cli = PolicyGuideCLITests(name: "helpers", testClosure: { _ in })
    static let hostile = "seen on 3 May\n```\n<img src=x onerror=alert(1)>\n````\nend"

    /// A copy of the real content whose Bexley authority holds markup.
    func contentWithMarkupInTheAuthority() throws -> URL {
        let content = try contentCopy(of: Repository.content)
        let file = content.appendingPathComponent("policies/bexley/policy.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "authority: London Borough of Bexley", with: "authority: \"London <b onmouseover=alert(1)>Borough</b> of [Bexley](javascript:alert(1)) &amp; *co*\"")
            .write(to: file, atomically: false, encoding: .utf8)
        return content
    }

    /// Every node of a parsed document, depth first.
    func nodes(_ node: MarkdownNode) -> [MarkdownNode] { [node] + node.children.flatMap(nodes) }

    func testMarkdownOutputKeepsEvidenceInsideTheFenceAndFactsAsText() throws {
        let content = try contentWithMarkupInTheAuthority()
        let r = try cli.run(["escalate", "--route", "bexley/lac", "--criterion", "allocation-of-social-worker", "--stage", "2",
                             "--evidence", Self.hostile, "--format", "markdown", "--content", content.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        let document = MarkdownParser.parse(r.stdout)
        let all = nodes(document)
        XCTAssertFalse(all.contains { if case .htmlBlock = $0.kind { return true }; if case .htmlInline = $0.kind { return true }; return false },
                       "live HTML in:\n\(r.stdout)")
        XCTAssertFalse(all.contains { if case .link = $0.kind { return true }; if case .emphasis = $0.kind { return true }; return false },
                       "markup in the facts:\n\(r.stdout)")
        // One code block, last, holding the whole wording with the evidence as typed.
        let blocks = document.children.compactMap { if case .codeBlock(_, let literal) = $0.kind { return literal }; return nil }
        XCTAssertEqual(blocks.count, 1, r.stdout)
        XCTAssertTrue(blocks.first?.contains(Self.hostile) == true, r.stdout)
        if case .codeBlock = document.children.last?.kind {} else { XCTFail("the fence was closed early:\n\(r.stdout)") }
        XCTAssertTrue(r.stdout.contains("- Authority: London \\<b onmouseover=alert(1)\\>Borough\\</b\\> of \\[Bexley\\](javascript:alert(1)) \\&amp; \\*co\\*\n"), r.stdout)
    }

    func testJSONOutputRoundTripsEveryCharacter() throws {
        let content = try contentWithMarkupInTheAuthority()
        let evidence = Self.hostile + "\"quoted\" back\\slash \u{1B}[31m tab\t </script> \u{2028}"
        let r = try cli.run(["escalate", "--route", "bexley/lac", "--criterion", "allocation-of-social-worker", "--stage", "2",
                             "--evidence", evidence, "--format", "json", "--content", content.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertFalse(r.stdout.contains("\u{1B}"), "a raw control character in the JSON")
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        XCTAssertTrue((object["text"] as? String)?.contains(evidence) == true)
        XCTAssertEqual(object["authority"] as? String, "London <b onmouseover=alert(1)>Borough</b> of [Bexley](javascript:alert(1)) &amp; *co*")
    }
}
