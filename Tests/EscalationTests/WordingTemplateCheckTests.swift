import XCTest
import ContentLoading
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

    func testLongDelimitersAndNamesCostLinearTime() {
        // A long delimiter compared at every byte, and a long name compared with every field
        // for a suggestion, each took time in the square of the text's length.
        let k = 100_000
        let delimiters = "{{=ab " + String(repeating: "a", count: k) + "c=}}ab" + String(repeating: "a", count: 2 * k)
        XCTAssertEqual(check(delimiters), "content/wording/escalation.mustache:1:1: error: this set-delimiter tag is malformed: write it as {{=<% %>=}}.")
        let name = String(repeating: "x", count: 3 * k)
        XCTAssertEqual(check("{{" + name + "}}")?.hasPrefix("content/wording/escalation.mustache:1:1: error: there is no field '\(name)' here, so it would print nothing: write one of"), true)
    }

    /// The loader parses the template once and hands the build its composer: one exactly
    /// when Mustache can parse the template, and then it composes what parsing it anew does.
    func testReadingGivesAComposerExactlyWhenTheTemplateParses() throws {
        for broken in ["a {{#stage}}", "{{#stage}}{{/due}}", String(repeating: "{{#a}}", count: 60) + String(repeating: "{{/a}}", count: 60)] {
            let read = WordingTemplateCheck.read(broken, file: "t")
            XCTAssertNil(read.composer, broken)
            XCTAssertEqual(read.problems.count, 1, broken)
        }
        // An unknown name is a problem, but the template parses.
        let misspelt = WordingTemplateCheck.read("{{chldName}}\n", file: "t")
        XCTAssertNotNil(misspelt.composer)
        XCTAssertEqual(misspelt.problems.count, 1)

        let model = try RealContent.model()
        let loaded = try XCTUnwrap(RealContent.result.wordingComposer, "the loader gave no composer for the real template")
        let parsed = try WordingComposer(template: model.wordingTemplate)
        let route = try XCTUnwrap(model.routes.first { !$0.stages.isEmpty && !$0.criteria.isEmpty })
        let policy = try XCTUnwrap(model.policy(route.policyID))
        let request = EscalationRequest(route: route, policy: policy, criteria: [route.criteria[0]], stage: route.stages[0])
        XCTAssertEqual(try loaded.compose(request), try parsed.compose(request))
    }

    // MARK: names the composer does not fill (Mustache prints nothing for them)

    func testTheRealTemplateHasNoProblem() throws {
        XCTAssertEqual(WordingTemplateCheck.problems(in: try RealContent.model().wordingTemplate, file: "t"), [])
    }

    func testEveryFieldTheComposerFillsIsOneTheCheckKnows() throws {
        // Else a field added to the composer would be refused in the template.
        let shapes = ContentLoader(root: RealContent.repository.appendingPathComponent("Tests/ContentLoadingTests/Fixtures/shapes"), displayRoot: "content").load()
        let composer = try WordingComposer(template: "")
        var requests = 0
        for model in [try RealContent.model(), try XCTUnwrap(shapes.model)] {
            for policy in model.policies {
                for route in policy.routes {
                    for stage in [nil] + route.stages.map(Optional.some) {
                        let request = EscalationRequest(route: route, policy: policy, criteria: route.criteria, stage: stage)
                        assertKnown(try composer.context(for: request).context, by: .template, at: route.qualifiedID)
                        requests += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(requests, 30)
    }

    func assertKnown(_ value: Any, by field: WordingField, at path: String, file: StaticString = #filePath, line: UInt = #line) {
        switch value {
        case let values as [String: Any] where !field.isList && !field.fields.isEmpty:
            for (key, inner) in values {
                guard let known = field.fields[key] else { XCTFail("\(path).\(key) is filled but unknown to the check", file: file, line: line); continue }
                assertKnown(inner, by: known, at: path + "." + key, file: file, line: line)
            }
        case let items as [Any] where field.isList:
            for i in items { assertKnown(i, by: field.opened, at: path + "[]", file: file, line: line) }
        case is String where field == .text, is Int where field == .text:
            break
        default:
            XCTFail("\(path) is \(type(of: value)), the check expects \(field)", file: file, line: line)
        }
    }

    func testAMisspeltFieldSuggestsTheFieldInItsOwnScope() {
        XCTAssertEqual(check("A\n{{stage.nme}}\n"),
                       "content/wording/escalation.mustache:2:1: error: there is no field 'stage.nme' here, so it would print nothing: did you mean 'stage.name'?")
        XCTAssertEqual(check("{{#criteria}}{{titel}}{{/criteria}}"),
                       "content/wording/escalation.mustache:1:14: error: there is no field 'titel' here, so it would print nothing: did you mean 'title'?")
    }

    func testAFieldWithNoNearMissListsTheFieldsThereAre() throws {
        let found = try XCTUnwrap(check("{{#criteria}}{{zzzzzzzz}}{{/criteria}}"))
        XCTAssertTrue(found.hasPrefix("content/wording/escalation.mustache:1:14: error: there is no field 'zzzzzzzz' here, so it would print nothing: write one of action, authority, bypass, childId, childName, criteria, dateRaised, description, due, evidence, group, id, ifUnresolved,"), found)
    }

    func testEveryUnknownNameIsReportedNotOnlyTheFirst() {
        let found = WordingTemplateCheck.problems(in: "{{chldName}}\n{{#stage}}{{nmae}}{{/stage}} {{title}}\n", file: "t").map(\.description)
        XCTAssertEqual(found, ["t:1:1: error: there is no field 'chldName' here, so it would print nothing: did you mean 'childName'?",
                               "t:2:11: error: there is no field 'nmae' here, so it would print nothing: did you mean 'name'?",
                               "t:2:30: error: 'title' is a field of criteria, so here it would print nothing: write it inside {{#criteria}} … {{/criteria}}."])
    }

    func testWhatMustacheLooksUpIsAccepted() {
        // Outer fields inside a section, the current value, dotted names, transforms, triple
        // and ampersand tags, inverted sections, comments, changed delimiters.
        XCTAssertNil(check("""
        {{% CONTENT_TYPE: TEXT}}{{! {{notAField}} }}
        {{#stage}}{{name}} {{routeTitle}} {{.name}}{{/stage}} {{stage.officer}}
        {{#criteria}}{{index()}} {{uppercased(title)}} {{#description}}{{.}}{{/description}}{{/criteria}}
        {{#due}}{{.}}{{/due}}{{^stage}}{{noStages}}{{/stage}} {{{childName}}} {{&raisedBy}}
        {{=<% %>=}}<%routeId%> {{notATag}} <%={{ }}=%>{{authority}}
        """))
        XCTAssertEqual(check("{{=<% %>=}}\n{{x}} <%chldName%>"),
                       "content/wording/escalation.mustache:2:7: error: there is no field 'chldName' here, so it would print nothing: did you mean 'childName'?")
    }

    func testAnInvertedSectionDoesNotOpenItsValue() {
        // {{^stage}} shows its text when there is no stage: stage's fields are not there.
        XCTAssertEqual(check("{{^stage}}{{officer}}{{/stage}}"),
                       "content/wording/escalation.mustache:1:11: error: 'officer' is a field of stage, so here it would print nothing: write it inside {{#stage}} … {{/stage}}.")
    }

    // MARK: positions

    func testColumnsCountBytesAfterTextThatIsNotASCII() {
        // “ is three bytes; é two. Mustache's parser counts characters; diagnostics count bytes.
        XCTAssertEqual(check("Note: “{{chldName}}”\n"),
                       "content/wording/escalation.mustache:1:10: error: there is no field 'chldName' here, so it would print nothing: did you mean 'childName'?")
        XCTAssertEqual(check("A\nCafé “x” {{childName}\n"),
                       "content/wording/escalation.mustache:2:15: error: this tag is not finished: close it with }} (or }}} for a triple tag); a name may use letters, digits and . - _ only.")
    }

    func testWindowsLineEndsCountOneLineEach() {
        XCTAssertEqual(check("A\r\nB\r\nC {{name}\r\n"),
                       "content/wording/escalation.mustache:3:3: error: this tag is not finished: close it with }} (or }}} for a triple tag); a name may use letters, digits and . - _ only.")
    }

    func testAParserErrorPointsAtTheTagsOpeningBraces() {
        XCTAssertEqual(check("A\n  x {{=<% %>}}\n"),
                       "content/wording/escalation.mustache:2:5: error: this set-delimiter tag is malformed: write it as {{=<% %>=}}.")
        XCTAssertEqual(check("A\nB {{{childName"),
                       "content/wording/escalation.mustache:2:3: error: this tag is never finished: close it with }} (or }}} for a triple tag).")
    }
}
