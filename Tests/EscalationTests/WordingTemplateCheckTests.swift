import XCTest
import Escalation
import PolicyModel

/// Wording-template problems are diagnostics at the template's own line and column.
final class WordingTemplateCheckTests: XCTestCase {
    func check(_ source: String) -> String? {
        WordingTemplateCheck.problem(in: source, file: "content/wording/escalation.mustache")?.description
    }

    func testAValidTemplateHasNoProblem() {
        XCTAssertNil(check("Hello {{#stage}}{{name}}{{/stage}}\n"))
    }

    func testAnUnclosedSectionPointsAtItsOpeningTag() {
        XCTAssertEqual(check("line one\n  {{#due}}{{.}}\n{{#stage}}x{{/stage}}\nend\n"),
                       "content/wording/escalation.mustache:2:3: error: this section is never closed: add {{/due}} where it ends (every {{#name}} or {{^name}} needs one).")
    }

    func testAMismatchedCloseIsReportedWhereItIs() throws {
        let found = try XCTUnwrap(check("a\n{{#stage}}\nb {{/due}}\n"))
        XCTAssertTrue(found.hasPrefix("content/wording/escalation.mustache:3:"), found)
        XCTAssertTrue(found.contains("does not match the section it closes"), found)
    }

    func testSectionsNestedTooDeeplyAreRefusedBeforeTheParserRecurses() {
        // 50,000 nested sections overflowed swift-mustache's recursive parser.
        let source = "intro\n" + String(repeating: "{{#a}}", count: 50_000) + "x" + String(repeating: "{{/a}}", count: 50_000)
        XCTAssertEqual(check(source), "content/wording/escalation.mustache:2:301: error: sections are nested more than 50 deep here, the limit: close some before opening more.")
    }

    func testManyOpeningBracesWithoutAnEndCostLinearTime() {
        // Each '{{' once searched to the end of the text for its '}}'.
        XCTAssertNotNil(check(String(repeating: "{{", count: 500_000)))
    }
}
