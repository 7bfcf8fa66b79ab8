import Foundation
import XCTest
import TestSupport

/// Every kind of mistake an author can make in the wording template, as the built binary
/// reports it: `check` prints `content/wording/escalation.mustache:line:col: error: …` at the
/// tag (column in bytes, like every diagnostic), what to write instead, the count line and
/// exit 1; `build` stops on the same diagnostic and leaves the previous site as it was.
final class WordingTemplateDiagnosticsTests: XCTestCase {
    let cli = PolicyGuideCLITests(name: "helpers", testClosure: { _ in })
    static let file = "content/wording/escalation.mustache"

    /// The valid fixture built into `site/`, then its template replaced by `template`: `check`
    /// must print exactly `expected` (the diagnostics after the file's name) and the count line.
    func assertReported(_ template: String, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let work = try workFolder(withContent: BuildFailureTests.validContent, "pg-template")
        let good = try cli.run(["build", "--quiet", "--output", "site"], in: work)
        XCTAssertEqual(good.status, 0, good.stderr, file: file, line: line)
        let before = try cli.snapshot(work.appendingPathComponent("site"))
        try Data(template.utf8).write(to: work.appendingPathComponent(Self.file))

        let printed = expected.map { Self.file + ":" + $0 + "\n" }.joined()
        let count = "\(expected.count) error\(expected.count == 1 ? "" : "s"), 0 warnings\n"
        let check = try cli.run(["check"], in: work)
        XCTAssertEqual(check.status, 1, file: file, line: line)
        XCTAssertEqual(check.stdout, "", file: file, line: line)
        XCTAssertEqual(check.stderr, printed + count, file: file, line: line)

        let build = try cli.run(["build", "--quiet", "--output", "site"], in: work)
        XCTAssertEqual(build.status, 1, file: file, line: line)
        XCTAssertEqual(build.stderr, printed + count + "error: build stopped: \(expected.count) error\(expected.count == 1 ? "" : "s") in content; the previous site was left as it was.\n", file: file, line: line)
        XCTAssertEqual(try cli.snapshot(work.appendingPathComponent("site")), before, "the failed build changed the site", file: file, line: line)
    }

    /// The first two lines of every template below.
    static let head = "{{% CONTENT_TYPE: TEXT}}\nESCALATION: {{routeTitle}}\n"

    func testAMisspeltFieldNamesTheFieldItMeans() throws {
        try assertReported(Self.head + "Child: {{chldName}}\n",
                           ["3:8: error: there is no field 'chldName' here, so it would print nothing: did you mean 'childName'?"])
    }

    func testAFieldOfASectionUsedOutsideItSaysWhichSection() throws {
        try assertReported(Self.head + "{{#stage}}Stage: {{name}}{{/stage}}\nOfficer: {{officer}}\n",
                           ["4:10: error: 'officer' is a field of stage, so here it would print nothing: write it inside {{#stage}} … {{/stage}}."])
    }

    func testAnUnknownSectionNameIsReportedAtItsOpeningTag() throws {
        try assertReported(Self.head + "{{#bypas}}\nBypass: {{bypass}}\n{{/bypas}}\n",
                           ["3:1: error: there is no field 'bypas' here, so it would print nothing: did you mean 'bypass'?"])
    }

    func testAnUnknownNameWithNoNearMissListsTheFieldsThereAre() throws {
        try assertReported(Self.head + "{{#criteria}}\n- {{title}}: {{summary}}\n{{/criteria}}\n",
                           ["4:14: error: there is no field 'summary' here, so it would print nothing: write one of action, authority, bypass, childId, childName, criteria, dateRaised, description, due, evidence, group, id, ifUnresolved, impact, noCriteria, noStages, policyTitle, policyVersion, raisedBy, raisers, rights, routeId, routeTitle, stage, title (the comment at the top of the template says what each holds)."])
    }

    func testEveryUnknownNameIsReportedInOneCheck() throws {
        try assertReported(Self.head + "Child: {{chldName}}\nID: {{childID}}\n",
                           ["3:8: error: there is no field 'chldName' here, so it would print nothing: did you mean 'childName'?",
                            "4:5: error: there is no field 'childID' here, so it would print nothing: did you mean 'childId'?"])
    }

    func testAnUnclosedSectionIsReportedAtItsOpeningTag() throws {
        try assertReported(Self.head + "{{#stage}}\nStage: {{name}}\n\nEvidence: {{evidence}}\n",
                           ["3:1: error: this section is never closed: add {{/stage}} where it ends (every {{#name}} or {{^name}} needs one)."])
    }

    func testAClosingTagForAnotherSectionNamesTheOneStillOpen() throws {
        try assertReported(Self.head + "{{#stage}}\n{{#due}}{{.}}\n{{/stage}}\n",
                           ["5:1: error: this closing tag does not match the section it closes: {{#due}} (line 4) is still open, so close it with {{/due}} first (sections close innermost first)."])
    }

    func testAClosingTagWithNoOpenSection() throws {
        try assertReported(Self.head + "Stage: {{stage.name}}{{/stage}}\n",
                           ["3:22: error: this closing tag closes no open section: remove it, or open the section with {{#stage}} before it."])
    }

    func testAnUnfinishedTag() throws {
        try assertReported(Self.head + "Child: {{childName}\nID: {{childId}}\n",
                           ["3:8: error: this tag is not finished: close it with }} (or }}} for a triple tag); a name may use letters, digits and . - _ only."])
    }

    func testATagNeverClosedBeforeTheEnd() throws {
        try assertReported(Self.head + "Child: {{childName\n",
                           ["3:8: error: this tag is never finished: close it with }} (or }}} for a triple tag)."])
    }

    func testAMalformedSetDelimiterTag() throws {
        try assertReported(Self.head + "{{=<% %>}}\n",
                           ["3:1: error: this set-delimiter tag is malformed: write it as {{=<% %>=}}."])
    }

    func testAPragmaMustacheDoesNotKnow() throws {
        try assertReported("{{% CONTENT_TYPE: PLAIN}}\nESCALATION: {{routeTitle}}\n",
                           ["1:1: error: this pragma is not one Mustache knows: the template's first line should be {{% CONTENT_TYPE: TEXT}} (plain text, nothing escaped as HTML)."])
    }

    func testAPartialHasNothingToInclude() throws {
        try assertReported(Self.head + "{{> footer}}\n",
                           ["3:1: error: the wording template cannot use a partial ({{>name}}): there are no other templates to include. Write the text here instead."])
    }

    func testAnUnknownTransform() throws {
        try assertReported(Self.head + "Child: {{upper(childName)}}\n",
                           ["3:8: error: 'upper' is not a transform Mustache knows: use one of capitalized, count, empty, enumerated, equalzero, even, first, index, last, lowercased, minusone, odd, plusone, reversed, sorted, uppercased, or write the field's name alone."])
    }

    func testColumnsCountBytesAfterTextThatIsNotASCII() throws {
        // “ and ” are three bytes each, é two: Mustache counts characters, editors and
        // every other diagnostic count bytes.
        try assertReported(Self.head + "Réf “{{childID}}”\nCafé “x” {{childName}\n",
                           ["4:15: error: this tag is not finished: close it with }} (or }}} for a triple tag); a name may use letters, digits and . - _ only."])
        try assertReported(Self.head + "Réf “{{childID}}”\n",
                           ["3:9: error: there is no field 'childID' here, so it would print nothing: did you mean 'childId'?"])
    }
}
