import Foundation
import XCTest
@testable import ContentLoading
import PolicyModel
import TestSupport

/// ContentLoader over fixture trees: a valid tree loads into the model the README describes,
/// and each invalid tree (one problem each) gives exactly one diagnostic, with its file, line,
/// column and wording checked by hand against the fixture.
final class ContentLoaderTests: XCTestCase {
    let policyFile = "content/policies/example/policy.md"

    private func assertOnly(_ expected: Diagnostic, in fixture: String, file: StaticString = #filePath, line: UInt = #line) {
        let result = Fixtures.load(fixture)
        // Notes (a route that lists no criteria) are information, asserted where they are meant.
        XCTAssertEqual(result.diagnostics.filter { $0.severity != .note }, [expected], "fixture \(fixture):\n" + result.diagnostics.map(\.description).joined(separator: "\n"), file: file, line: line)
        XCTAssertEqual(result.hasErrors, expected.severity == .error, file: file, line: line)
    }

    // MARK: the valid tree

    func testValidTreeLoadsWithNoDiagnostics() throws {
        let result = Fixtures.load("valid")
        XCTAssertEqual(result.diagnostics.map(\.description), [])
        XCTAssertFalse(result.hasErrors)
        let model = try XCTUnwrap(result.model)
        XCTAssertEqual(model.settings.title, "Fixture Guide")
        XCTAssertEqual(model.settings.version, "1.0")
        XCTAssertEqual(model.settings.published, PolicyDate(year: 2019, month: 1, day: 15))
        XCTAssertEqual(model.settings.reviewPeriodYears, 3)
        XCTAssertEqual(model.wordingTemplate, try String(contentsOf: Fixtures.repository.appendingPathComponent("content/wording/escalation.mustache"), encoding: .utf8))
        XCTAssertEqual(model.wordingTemplateFile, "content/wording/escalation.mustache")
    }

    func testValidPolicyProvenance() throws {
        let policy = try XCTUnwrap(Fixtures.load("valid").model?.policy("example"))
        XCTAssertEqual(policy.authority, "London Borough of Example")
        XCTAssertEqual(policy.title, "Escalation policy for looked after children")
        XCTAssertEqual(policy.source, "Escalation policy (PDF), London Borough of Example intranet")
        XCTAssertEqual(policy.version, "Updated November 2018")
        XCTAssertEqual(policy.updated, PolicyDate(year: 2018, month: 11))
        XCTAssertNil(policy.added)
        XCTAssertNil(policy.reviewDue)
        XCTAssertEqual(policy.file, policyFile)
        XCTAssertEqual(policy.headings.map(\.text), ["Looked after children", "Timescales for responding", "Criteria for escalation",
                                                     "Allocation of social worker", "Failure to meet statutory requirements"])
        XCTAssertEqual(policy.headings.map(\.anchor), ["looked-after-children", "timescales-for-responding", "criteria-for-escalation",
                                                       "allocation-of-social-worker", "failure-to-meet-statutory-requirements"])
        XCTAssertEqual(policy.headings[1].location, SourceLocation(file: policyFile, line: 18, column: 1))
    }

    func testValidRouteStagesFromTheTable() throws {
        let model = try XCTUnwrap(Fixtures.load("valid").model)
        let route = try XCTUnwrap(model.route("example/lac"))
        XCTAssertEqual(route.title, "Looked after children")
        XCTAssertEqual(route.raisedBy, [.iro, .cpChair])
        XCTAssertEqual(route.location, SourceLocation(file: policyFile, line: 8, column: 5))
        XCTAssertEqual(route.finalStep, "The IRO has the power to refer the matter to Cafcass at any point.")
        XCTAssertNil(route.bypass)
        XCTAssertNil(route.rights)
        XCTAssertEqual(route.stages.map(\.id), ["1", "2", "3"])
        XCTAssertEqual(route.stages.map(\.order), [1, 2, 3])
        XCTAssertEqual(route.stages.map(\.name), ["Stage 1", "Stage 2", "Stage 3"])
        XCTAssertEqual(route.stages.map(\.officer), ["Team manager", "Head of service", "Cafcass"])
        XCTAssertEqual(route.stages.map { $0.timescale?.wording }, ["5 days", "5 working days", "At any time"])
        XCTAssertEqual(route.stages.map { $0.timescale?.terms }, [[.days(5)], [.workingDays(5)], [.anyTime]])
        XCTAssertEqual(route.stages.map(\.location.line), [22, 23, 24])
        // 5 "days" + 5 working days are never added together: each unit keeps its own total.
        XCTAssertTrue(route.total.isMixed)
        XCTAssertEqual(route.total.perUnit.map(\.unit), ["days", "working days"])
        XCTAssertEqual(route.total.sentence, "Stage timescales are in different units and cannot be added together: 5 days; 5 working days. Not counted: Stage 3 (at any time).")
    }

    func testValidRouteCriteriaHeadingStyleAndListStyle() throws {
        let route = try XCTUnwrap(Fixtures.load("valid").model?.route("example/lac"))
        XCTAssertEqual(route.criteria.map(\.id), ["allocation-of-social-worker", "no-allocated-social-worker", "no-up-to-date-pep-lac-only"])
        XCTAssertEqual(route.criteria.map(\.title), ["Allocation of social worker", "No allocated social worker;", "No up to date PEP. (LAC only);"])
        // Heading style: the paragraphs are the description; no group.
        XCTAssertEqual(route.criteria[0].description, "Children have not been provided with a stable and consistent social worker.\n\nThe allocated social worker has changed more than twice.")
        XCTAssertNil(route.criteria[0].group)
        XCTAssertEqual(route.criteria[0].location, SourceLocation(file: policyFile, line: 28, column: 1))
        // List style: each item is a criterion grouped under its heading, with no description.
        XCTAssertEqual(route.criteria[1].group, "Failure to meet statutory requirements")
        XCTAssertEqual(route.criteria[1].description, "")
        XCTAssertEqual(route.criteria[1].location, SourceLocation(file: policyFile, line: 36, column: 1))
        // "(LAC only)" narrows a shared route to the IRO.
        XCTAssertEqual(route.criteria.map(\.appliesTo), [[.iro, .cpChair], [.iro, .cpChair], [.iro]])
    }

    func testValidChecklistAndGlossary() throws {
        let model = try XCTUnwrap(Fixtures.load("valid").model)
        XCTAssertEqual(model.checklists.count, 1)
        let checklist = model.checklists[0]
        XCTAssertEqual(checklist.id, "one")
        XCTAssertEqual(checklist.title, "One checklist")
        XCTAssertEqual(checklist.audience, "Social workers")
        XCTAssertEqual(checklist.summary, "One thing to tell the IRO.")
        XCTAssertEqual(checklist.order, 1)
        XCTAssertEqual(checklist.file, "content/checklists/one.md")
        XCTAssertEqual(checklist.sections.map(\.title), ["Placements"])
        XCTAssertEqual(checklist.items.count, 1)
        let item = checklist.items[0]
        // The source link and its brackets are taken out of the item's text.
        XCTAssertEqual(item.text, "Tell the IRO about a proposed change of placement")
        XCTAssertEqual(item.source, SourceRef(label: "Example, criteria", policyID: "example", anchor: "criteria-for-escalation"))
        XCTAssertEqual(item.location, SourceLocation(file: "content/checklists/one.md", line: 10, column: 1))

        XCTAssertEqual(model.glossary.count, 1)
        XCTAssertEqual(model.glossary[0].term, "IRO")
        XCTAssertEqual(model.glossary[0].expansion, "Independent Reviewing Officer")
        XCTAssertEqual(model.glossary[0].aliases, ["IROs"])
        XCTAssertEqual(model.glossary[0].anchor, "term-iro")
    }

    func testDisplayRootDefaultsToThePathAsGiven() throws {
        let temp = try workFolder(withContent: Fixtures.tree("empty-policy"))
        let root = temp.appendingPathComponent("content", isDirectory: true)
        let result = ContentLoader(root: root).load()
        XCTAssertEqual(result.diagnostics.map(\.location.file), [root.path + "/policies/example/policy.md"])
    }

    // MARK: errors, one per fixture

    func testMalformedYAML() {
        // "title: Escalation policy: looked…": the second ": " is at column 25 of file line 3.
        assertOnly(Diagnostic(.error, SourceLocation(file: policyFile, line: 3, column: 25),
                              "malformed YAML: mapping values are not allowed in this context. Check indentation, and quote values containing ': ' or '#'."),
                   in: "malformed-yaml")
    }

    func testMissingRequiredField() {
        // Reported at the front matter mapping, which starts on file line 2.
        assertOnly(Diagnostic(.error, SourceLocation(file: policyFile, line: 2, column: 1), "missing required field 'source'."),
                   in: "missing-required-field")
    }

    func testUnknownFieldSuggestsTheKnownOne() {
        assertOnly(Diagnostic(.error, SourceLocation(file: policyFile, line: 13, column: 5),
                              "unknown field 'finalstep' in a route. Did you mean 'finalStep'? Known fields: id, title, raisedBy, section, stages, criteria, bypass, finalStep, finalStepFor, rights, stagesCompiled, informalStages, actionStages, decisionStages, nextStage."),
                   in: "unknown-field")
    }

    func testDuplicateCriterionID() {
        assertOnly(Diagnostic(.error, SourceLocation(file: policyFile, line: 39, column: 1),
                              "duplicate criterion id 'allocation-of-social-worker' in this route: two criteria have the same title."),
                   in: "duplicate-criterion")
    }

    func testDuplicateRouteID() {
        assertOnly(Diagnostic(.error, SourceLocation(file: policyFile, line: 14, column: 5),
                              "duplicate route id 'lac' in this policy: each route needs its own id."),
                   in: "duplicate-route")
    }

    func testStageTableWithWrongColumns() {
        assertOnly(Diagnostic(.error, SourceLocation(file: policyFile, line: 20, column: 1),
                              "the stages table has columns 'Stage', 'Officer', 'Timescale'; the convention is exactly Stage | Responsible officer | Timescale."),
                   in: "stage-columns")
    }

    func testTimescaleWithoutUnitIsPublishedAsWordedWithAWarning() throws {
        // "| Stage 2 | Head of service | 5 |": the cell holding "5" starts (with its leading
        // space) at byte column 30. A warning that says what to write, never an error that stops
        // the build; and the row is not also reported by the lint as a stage that "states none".
        assertOnly(Diagnostic(.warning, SourceLocation(file: policyFile, line: 23, column: 30),
                              "timescale '5' has a number with no unit: it is published as worded, with no due date. Write the unit the policy states, even where the policy puts it in a column header: '5 working days', '5 days', '5 calendar days' or '5 hours'."),
                   in: "bare-timescale")
        let stage = try XCTUnwrap(Fixtures.load("bare-timescale").model?.policies.first?.routes.first?.stages[1])
        XCTAssertEqual(stage.timescale?.wording, "5")
    }

    func testEveryWordedTimescaleLoadsWithoutADiagnostic() throws {
        // The wordings real policies use, each in its own stage row: none is refused or warned
        // about. The one finding is the lint's: the stages' units are listed, never added.
        let result = Fixtures.load("worded-timescales")
        XCTAssertEqual(result.diagnostics.map(\.description), [
            "content/policies/example/policy.md:8:5: warning: The stage timescales of this route are in different units (10 working days; 2 weeks; 1 month; 10 calendar days; 96 hours) and are not added together, so whether the route keeps to the 20 working days the IRO Handbook sets depends on how the policy counts them: it does not say. If the policy means one unit throughout, ask its owner to say so. (rule: IRO Handbook 2010, para 6.2, for routes IROs raise)",
        ])
        let stages = try XCTUnwrap(result.model?.policies.first?.routes.first?.stages)
        XCTAssertEqual(stages.map { $0.timescale?.terms ?? [] }, [
            [.workingDays(5)], [.workingDays(5)], [.weeks(2)], [.months(1)], [.sameDay], [.immediately], [.nextWorkingDay],
            [.calendarDays(10)], [.hours(48)], [.immediately], [.qualitative], [.hours(48)], [.agreed],
            [.hours(48), .workingDays(2)], [.workingDays(5), .workingDays(10)],
        ])
    }

    func testAPartlyReadTimescaleNamesThePartItCouldNotRead() {
        assertOnly(Diagnostic(.warning, SourceLocation(file: policyFile, line: 23, column: 30),
                              "timescale 'see the manager's note' in '5 working days; see the manager's note' could not be read as a time: it is published as worded, with no due date for it. The model reads a number with its unit ('5 working days', 'five days', '10 calendar days', '48hrs', '2 weeks', '1 month'), 'Same day', 'Next working day', 'Immediately' or 'without delay', 'At any time', a timescale that is agreed ('Timescale agreed between IRO and SW') or a timescale in words ('A timescale that is appropriate to the child's needs'); if the policy says exactly this, leave it as it is."),
                   in: "unread-timescale")
    }

    func testHeadingNamedInFrontMatterNotFound() {
        assertOnly(Diagnostic(.error, SourceLocation(file: policyFile, line: 11, column: 5),
                              "no heading 'Timescales for respondng' in this route's part of the text (stages). Did you mean 'Timescales for responding'?"),
                   in: "heading-not-found")
    }

    func testBrokenInternalLink() {
        assertOnly(Diagnostic(.error, SourceLocation(file: policyFile, line: 39, column: 5),
                              "broken link: no policy 'other'. Policies: example."),
                   in: "broken-link")
    }

    func testBrokenAnchorSuggestsTheClosest() {
        assertOnly(Diagnostic(.error, SourceLocation(file: policyFile, line: 39, column: 5),
                              "broken anchor '#criteria-for-escalaton': no heading on this page has that anchor. Did you mean 'criteria-for-escalation'?"),
                   in: "broken-anchor")
    }

    func testUnsafeJavascriptLink() {
        assertOnly(Diagnostic(.error, SourceLocation(file: policyFile, line: 39, column: 8),
                              "unsafe link 'javascript:alert(1)': only http, https and mailto addresses and relative links to content files are allowed."),
                   in: "unsafe-link")
    }

    func testLinkToAnAnchorInAChecklistIsRefused() {
        // A checklist page has no heading anchors: a link to one would be dead on the site.
        assertOnly(Diagnostic(.error, SourceLocation(file: policyFile, line: 39, column: 5),
                              "checklist pages have no anchors to link to: link to the checklist itself."),
                   in: "checklist-anchor")
    }

    func testEmptyPolicy() {
        assertOnly(Diagnostic(.error, SourceLocation(file: policyFile, line: 1, column: 1),
                              "empty policy: it has no text and no routes. Add the policy's full text below the front matter."),
                   in: "empty-policy")
    }

    func testZeroBytePolicyFileHasNoFrontMatter() throws {
        let temp = try workFolder(withContent: Fixtures.tree("empty-policy"))
        let root = temp.appendingPathComponent("content", isDirectory: true)
        try Data().write(to: root.appendingPathComponent("policies/example/policy.md"))
        let result = ContentLoader(root: root, displayRoot: "content").load()
        XCTAssertEqual(result.diagnostics, [Diagnostic(.error, SourceLocation(file: policyFile, line: 1, column: 1),
            "missing front matter: start the file with '---', the fields authority, title, source and routes, then '---'.")])
    }

    func testInvalidPolicyFolderName() {
        assertOnly(Diagnostic(.error, SourceLocation(file: "content/policies/Bad_Name", line: 1, column: 1),
                              "policy folder name 'Bad_Name' is not a valid id: use lower-case letters, digits and hyphens only (it becomes part of every page address)."),
                   in: "bad-folder-name")
    }

    func testFileThatIsNotUTF8PointsAtTheFirstBadByte() throws {
        let temp = try workFolder(withContent: Fixtures.tree("valid"))
        let root = temp.appendingPathComponent("content", isDirectory: true)
        // Line 2 is "title: Naïve Caf\u{E9}" saved as Latin-1 after "Naïve" in UTF-8: "title: Na" is
        // 9 bytes, "ï" 2, "ve Caf" 6, so the bad byte 0xE9 is at byte column 18.
        var bytes = Array("---\ntitle: Na".utf8) + [0xC3, 0xAF] + Array("ve Caf".utf8) + [0xE9]
        bytes += Array("\n---\n\n- [ ] Item ([Example](../policies/example/policy.md))\n".utf8)
        try Data(bytes).write(to: root.appendingPathComponent("checklists/one.md"))
        let result = ContentLoader(root: root, displayRoot: "content").load()
        XCTAssertEqual(result.diagnostics, [Diagnostic(.error, SourceLocation(file: "content/checklists/one.md", line: 2, column: 18),
            "this file is not valid UTF-8 (byte 0xE9 here): save it as UTF-8 in your editor.")])
    }

    func testByteOrderMarkIsAccepted() throws {
        let temp = try workFolder(withContent: Fixtures.tree("valid"))
        let root = temp.appendingPathComponent("content", isDirectory: true)
        let url = root.appendingPathComponent("checklists/one.md")
        let original = try Data(contentsOf: url)
        try (Data([0xEF, 0xBB, 0xBF]) + original).write(to: url)
        let result = ContentLoader(root: root, displayRoot: "content").load()
        XCTAssertEqual(result.diagnostics.map(\.description), [])
        XCTAssertEqual(result.model?.checklists.first?.title, "One checklist")
    }

    func testSymlinkLeavingContentIsRefused() throws {
        let temp = try workFolder(withContent: Fixtures.tree("valid"))
        let root = temp.appendingPathComponent("content", isDirectory: true)
        let outside = temp.appendingPathComponent("outside.md")
        try FileManager.default.copyItem(at: root.appendingPathComponent("checklists/one.md"), to: outside)
        let link = root.appendingPathComponent("checklists/one.md")
        try FileManager.default.removeItem(at: link)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: outside)
        let result = ContentLoader(root: root, displayRoot: "content").load()
        XCTAssertEqual(result.diagnostics, [Diagnostic(.error, SourceLocation(file: "content/checklists/one.md", line: 1, column: 1),
            "this is a symbolic link to '\(outside.path)', outside the content folder: links that leave content/ are refused. Copy the file in instead.")])
        XCTAssertEqual(result.model?.checklists.count, 0)
    }

    /// A link out of content/ is refused before anything is opened, so one that leads to a
    /// named pipe cannot make the build wait for a writer; a pipe inside content/ is refused
    /// as not a plain file.
    func testLinksToPipesAreRefusedWithoutWaiting() throws {
        let temp = try workFolder(withContent: Fixtures.tree("valid"))
        let root = temp.appendingPathComponent("content", isDirectory: true)
        let pipe = temp.appendingPathComponent("pipe")
        XCTAssertEqual(mkfifo(pipe.path, 0o600), 0)
        let link = root.appendingPathComponent("checklists/one.md")
        try FileManager.default.removeItem(at: link)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: pipe)
        let inside = root.appendingPathComponent("checklists/two.md")
        XCTAssertEqual(mkfifo(inside.path, 0o600), 0)
        let result = ContentLoader(root: root, displayRoot: "content").load()
        XCTAssertEqual(result.diagnostics.map(\.description), [
            "content/checklists/one.md:1:1: error: this is a symbolic link to '\(pipe.path)', outside the content folder: links that leave content/ are refused. Copy the file in instead.",
            "content/checklists/two.md:1:1: error: cannot read this file (check it exists, is readable, and is a plain file).",
        ])
    }

    func testSymlinkedPolicyFolderLeavingContentIsRefused() throws {
        let temp = try workFolder(withContent: Fixtures.tree("valid"))
        let root = temp.appendingPathComponent("content", isDirectory: true)
        let outside = temp.appendingPathComponent("elsewhere", isDirectory: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: root.appendingPathComponent("policies/example/policy.md"), to: outside.appendingPathComponent("policy.md"))
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("policies/other"), withDestinationURL: outside)
        let result = ContentLoader(root: root, displayRoot: "content").load()
        XCTAssertEqual(result.diagnostics, [Diagnostic(.error, SourceLocation(file: "content/policies/other/policy.md", line: 1, column: 1),
            "this is a symbolic link to '\(outside.path)/policy.md', outside the content folder: links that leave content/ are refused. Copy the file in instead.")])
        XCTAssertEqual(result.model?.policies.map(\.id), ["example"])
    }

    func testSymlinkStayingInsideContentIsFollowed() throws {
        let temp = try workFolder(withContent: Fixtures.tree("valid"))
        let root = temp.appendingPathComponent("content", isDirectory: true)
        let shared = root.appendingPathComponent("shared", isDirectory: true)
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: root.appendingPathComponent("checklists/one.md"), to: shared.appendingPathComponent("two.md"))
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("checklists/two.md").path, withDestinationPath: "../shared/two.md")
        let result = ContentLoader(root: root, displayRoot: "content").load()
        XCTAssertEqual(result.diagnostics.map(\.description), [])
        XCTAssertEqual(result.model?.checklists.map(\.id), ["one", "two"])
    }

    func testMissingFolderIsOneClearError() {
        let result = ContentLoader(root: URL(fileURLWithPath: "/nonexistent/policyguide-content"), displayRoot: "nowhere").load()
        XCTAssertNil(result.model)
        XCTAssertEqual(result.diagnostics, [Diagnostic(.error, SourceLocation(file: "nowhere", line: 1, column: 1),
            "no content folder here: pass --content PATH to a folder containing site.yml and policies/.")])
    }

    // MARK: lint warnings, one per fixture

    func testLintRouteTotalOverTwentyWorkingDays() {
        assertOnly(Diagnostic(.warning, SourceLocation(file: policyFile, line: 8, column: 5),
                              "The stage timescales of this route add up to 5 + 5 + 5 + 5 + 5 = 25 working days, more than the 20 working days the IRO Handbook sets for the whole formal process. (rule: IRO Handbook 2010, para 6.2, for routes IROs raise)"),
                   in: "lint-route-total")
    }

    func testLintReviewDue() {
        // Updated November 2018; site.yml publishes on 1 June 2030, over 3 years later.
        assertOnly(Diagnostic(.warning, SourceLocation(file: policyFile, line: 1, column: 1),
                              "Policy review due: the policy is dated “Updated November 2018”, more than 3 years before this guidance was published (1 June 2030). Check with the policy owner that it is still current. (rule: reviewPeriodYears in site.yml)"),
                   in: "lint-review-due")
    }

    func testLintStageWithNoTimescale() {
        assertOnly(Diagnostic(.warning, SourceLocation(file: policyFile, line: 23, column: 1),
                              "stage 'Stage 2' of route 'example/lac' has no timescale: the policy states none, so practitioners cannot know when to expect a response."),
                   in: "lint-no-timescale")
    }

    func testLintChecklistItemWithNoSource() {
        assertOnly(Diagnostic(.warning, SourceLocation(file: "content/checklists/one.md", line: 11, column: 1),
                              "checklist item has no source: end it with a link to the policy section it comes from, e.g. ([Bexley, section 4](../policies/bexley/policy.md#...))."),
                   in: "lint-no-source")
    }

    // MARK: every fixture

    func testEveryFixtureTreeIsCoveredByATest() throws {
        // A new fixture needs its own test above; this list is what those tests load
        // (real-policies is the corpus RealPolicyCorpusTests loads, one policy at a time).
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.root.path).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertEqual(names, ["bad-folder-name", "bare-timescale", "broken-anchor", "broken-link", "checklist-anchor", "duplicate-criterion", "duplicate-route",
                               "empty-policy", "heading-not-found", "lint-no-source", "lint-no-timescale", "lint-review-due", "lint-route-total",
                               "malformed-yaml", "missing-required-field", "real-policies", "shapes", "stage-columns", "unknown-field", "unread-timescale",
                               "unsafe-link", "valid", "worded-timescales"])
    }
}
