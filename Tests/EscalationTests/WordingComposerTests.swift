import Foundation
import XCTest
import Escalation
import PolicyModel

/// WordingComposer with the real template: golden texts for every route × its first criterion
/// × every stage, plus the "what happens next" sentence and placeholders.
/// Set RECORD_GOLDEN=1 to rewrite the golden files (the test then fails, saying so).
final class WordingComposerTests: XCTestCase {
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden", isDirectory: true)
    static let raised = RaisedAt(date: CalendarDate(year: 2026, month: 12, day: 21), minutes: 14 * 60 + 30)

    private func composer() throws -> WordingComposer { try WordingComposer(template: try RealContent.model().wordingTemplate) }

    func testGoldenWordingForEveryRouteAndStage() throws {
        let model = try RealContent.model()
        let composer = try composer()
        let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
        var expectedFiles: Set<String> = []
        var recorded: [String] = []
        for route in model.routes {
            let policy = try XCTUnwrap(model.policy(route.policyID))
            let criterion = try XCTUnwrap(route.criteria.first, "\(route.qualifiedID) has no criteria")
            let stages: [Stage?] = route.stages.isEmpty ? [nil] : route.stages
            for stage in stages {
                let name = "\(route.policyID)__\(route.id)__\(stage?.id ?? "none").txt"
                expectedFiles.insert(name)
                let request = EscalationRequest(route: route, policy: policy, criteria: [criterion], stage: stage, raised: Self.raised, raiser: route.raisedBy[0])
                let text = try composer.compose(request).text
                let url = Self.goldenDirectory.appendingPathComponent(name)
                if record {
                    try FileManager.default.createDirectory(at: Self.goldenDirectory, withIntermediateDirectories: true)
                    try text.write(to: url, atomically: true, encoding: .utf8)
                    recorded.append(name)
                } else {
                    let golden = try String(contentsOf: url, encoding: .utf8)
                    XCTAssertEqual(text, golden, "\(name) differs from its golden file (RECORD_GOLDEN=1 rewrites it; then read it against the seeds)")
                }
            }
        }
        if record {
            XCTFail("recorded \(recorded.count) golden files in \(Self.goldenDirectory.path): check them by hand, then run again without RECORD_GOLDEN")
        } else {
            let present = Set(try FileManager.default.contentsOfDirectory(atPath: Self.goldenDirectory.path).filter { $0.hasSuffix(".txt") })
            XCTAssertEqual(present, expectedFiles, "stale or missing golden files")
            XCTAssertEqual(expectedFiles.count, 4 + 5 + 5 + 5 + 1 + 1)
        }
    }

    func testWordingStatesStageOfficerAndTimescaleExactlyAsThePolicy() throws {
        let model = try RealContent.model()
        let composer = try composer()
        for route in model.routes {
            let policy = try XCTUnwrap(model.policy(route.policyID))
            for stage in route.stages {
                let w = try composer.compose(EscalationRequest(route: route, policy: policy, criteria: [route.criteria[0]], stage: stage, raiser: route.raisedBy[0]))
                XCTAssertTrue(w.text.contains("Stage: \(stage.name) (\(WordingComposer.position(of: stage, in: route, raiser: route.raisedBy[0])))\n"), "\(route.qualifiedID) \(stage.name)")
                // Each kind in its own words: only an officer's stage says "Responsible officer … Response expected within".
                let who: String, when: String
                switch stage.kind {
                case .formal, .informal: (who, when) = ("Responsible officer: ", "Timescale: ")
                case .action: (who, when) = ("Action: ", "When: ")
                case .decision: (who, when) = ("Decided by: ", "Timescale: ")
                }
                XCTAssertTrue(w.text.contains("\(who)\(stage.officer ?? "Not stated in the policy")\n"), "\(route.qualifiedID) \(stage.name)")
                XCTAssertTrue(w.text.contains("\(when)\(stage.timescale?.wording ?? "Not stated in the policy")"), "\(route.qualifiedID) \(stage.name)")
                XCTAssertEqual(w.text.contains("Responsible officer:"), stage.kind == .formal || stage.kind == .informal, "\(route.qualifiedID) \(stage.name)")
                XCTAssertTrue(w.text.contains("- \(route.criteria[0].title)\n"))
                XCTAssertEqual(w.stage, stage.name)
                XCTAssertEqual(w.officer, stage.officer)
                XCTAssertEqual(w.timescale, stage.timescale?.wording)
                XCTAssertEqual(w.criteria, [route.criteria[0].id])
                XCTAssertEqual(w.due, [])
                XCTAssertFalse(w.text.contains("{{"), "unrendered Mustache in \(route.qualifiedID)")
                XCTAssertTrue(w.text.hasSuffix("\n") && !w.text.hasSuffix("\n\n"))
                XCTAssertFalse(w.text.contains("\n\n\n"))
            }
        }
    }

    func testWhatHappensNext() throws {
        let model = try RealContent.model()
        let lac = try XCTUnwrap(model.route("bexley/lac"))
        let further = " The policy says: “Once the escalation has been raised, the IRO can consider requests from managers for further time to provide a resolution to the escalation, before further escalation to the next stage.”"
        let cafcass = " The policy also names an action: Stage 5, Escalation to Cafcass (timescale as worded: “At any time”)."
        // The move keeps the policy's condition (managers may ask for further time first).
        XCTAssertEqual(WordingComposer.ifUnresolved(route: lac, stage: lac.stages[1]),
                       "the next stage in the policy is Stage 3: Assistant Director, response within 5 days." + further + cafcass)
        // Before the last level, the policy's Cafcass words follow it.
        XCTAssertEqual(WordingComposer.ifUnresolved(route: lac, stage: lac.stages[2]),
                       "the next stage in the policy is Stage 4: Director, response within 8 days." + further + " " + lac.finalStep! + cafcass)
        // Cafcass is an action the IRO may take at any time, never the next officer.
        XCTAssertEqual(WordingComposer.ifUnresolved(route: lac, stage: lac.stages[3]), "this is the last stage in the policy. " + lac.finalStep! + cafcass)
        XCTAssertEqual(WordingComposer.ifUnresolved(route: lac, stage: lac.stages[4]), "the policy says: “" + lac.finalStep! + "”")
        for stage in lac.stages {
            XCTAssertFalse(WordingComposer.ifUnresolved(route: lac, stage: stage).contains("next stage in the policy is Stage 5"), stage.name)
        }
        let cp = try XCTUnwrap(model.route("bexley/cp"))
        XCTAssertEqual(WordingComposer.ifUnresolved(route: cp, stage: cp.stages[3]), "this is the last stage in the policy; it names no further step.")
        let cumbria = try XCTUnwrap(model.route("cumberland-westmorland-furness/multi-agency"))
        XCTAssertEqual(WordingComposer.ifUnresolved(route: cumbria, stage: cumbria.stages[0]),
                       "the next stage in the policy is Level 2: The relevant line managers. The policy says: “The professionals involved should attempt to resolve differences through discussion, but if they are unable to do so, their disagreement must be reported by them to their line managers or equivalent.”")
        XCTAssertTrue(WordingComposer.ifUnresolved(route: cumbria, stage: cumbria.stages[3]).hasPrefix("the next stage in the policy is Formal process, a decision by: An SCP member who is not from either of the two agencies, identified by the SCP Chair"))
        let briefingCP = try XCTUnwrap(model.route("positive-challenge-briefing/cp-chair"))
        XCTAssertEqual(WordingComposer.ifUnresolved(route: briefingCP, stage: nil), "the policy does not say what happens next.")
        let briefingIRO = try XCTUnwrap(model.route("positive-challenge-briefing/iro"))
        XCTAssertEqual(WordingComposer.ifUnresolved(route: briefingIRO, stage: nil), "the policy says: “" + briefingIRO.finalStep! + "”")
        // Northamptonshire: informal → Level 1 only after agreement with the line manager;
        // the IRO-only Cafcass referral is never in a CP Chair's wording.
        let north = try XCTUnwrap(model.route("northamptonshire/iro-and-cp-chair"))
        XCTAssertTrue(WordingComposer.ifUnresolved(route: north, stage: north.stages[0], raiser: .cpChair)
            .hasSuffix("The policy says: “If informal resolution proves unsuccessful, the Independent Reviewing Officer will raise the concern through the formal escalation process following discussion and agreement with their immediate line manager who will ensure that all attempts have been made to resolve the issue at an informal stage”"))
        XCTAssertEqual(WordingComposer.ifUnresolved(route: north, stage: north.stages[4], raiser: .cpChair), "this is the last stage in the policy; it names no further step.")
        XCTAssertEqual(WordingComposer.ifUnresolved(route: north, stage: north.stages[4], raiser: .iro), "this is the last stage in the policy. " + north.finalStep!)
    }

    func testWhatHappensNextAlwaysContinuesTheTemplateSentence() throws {
        // The template says "If this is not resolved at this stage, {{ifUnresolved}}": the
        // sentence must carry on in lower case ("it moves to …", "this is the last stage …"),
        // never start a second sentence ("…at this stage, If the issues are not resolved…").
        let model = try RealContent.model()
        for route in model.routes {
            let stages: [Stage?] = route.stages.isEmpty ? [nil] : route.stages
            for stage in stages {
                let next = WordingComposer.ifUnresolved(route: route, stage: stage)
                XCTAssertEqual(next.first.map { $0.isLowercase }, true, "\(route.qualifiedID) \(stage?.name ?? "no stage"): “\(next)”")
            }
        }
    }

    func testNextStageTimescaleReadsAsEnglish() throws {
        // "response within 5 days" reads well; "response within At any time" and "response
        // within No longer than 7 working days; …" do not: a timescale worded as a phrase must
        // be quoted as the policy words it, not dropped after "within".
        let model = try RealContent.model()
        for route in model.routes {
            for stage in route.stages {
                let next = WordingComposer.ifUnresolved(route: route, stage: stage)
                if let r = next.range(of: "response within ") {
                    XCTAssertEqual(next[r.upperBound...].first?.isNumber, true, "\(route.qualifiedID) \(stage.name): “\(next)”")
                }
            }
        }
    }

    func testPlaceholdersAreMarkedUntilGiven() throws {
        let model = try RealContent.model()
        let route = try XCTUnwrap(model.route("bexley/lac"))
        let policy = try XCTUnwrap(model.policy("bexley"))
        let blank = try composer().compose(EscalationRequest(route: route, policy: policy, criteria: [route.criteria[0]], stage: route.stages[0]))
        for marker in WordingComposer.placeholders.map(\.marker) + ["[DATE RAISED]"] {
            XCTAssertTrue(blank.text.contains(marker), marker)
        }
        let filled = try composer().compose(EscalationRequest(route: route, policy: policy, criteria: [route.criteria[0]], stage: route.stages[0],
                                                              placeholders: ["childName": "  A. Child ", "evidence": "Visits missed on 1 and 8 Dec.", "impact": ""]))
        XCTAssertTrue(filled.text.contains("Child or young person: A. Child\n"))
        XCTAssertTrue(filled.text.contains("Evidence: Visits missed on 1 and 8 Dec.\n"))
        XCTAssertTrue(filled.text.contains("Impact on the child: [IMPACT ON THE CHILD]\n"), "an empty value stays marked")
        XCTAssertFalse(filled.text.contains("[CHILD OR YOUNG PERSON'S NAME]"))
    }

    func testTemplateValuesAreNotHTMLEscaped() throws {
        // The wording is plain text for a case record: "Children's" must not become "Children&#39;s".
        let model = try RealContent.model()
        let route = try XCTUnwrap(model.route("northamptonshire/iro-and-cp-chair"))
        let policy = try XCTUnwrap(model.policy(route.policyID))
        let w = try composer().compose(EscalationRequest(route: route, policy: policy, criteria: [route.criteria[1]], stage: route.stages[4],
                                                         placeholders: ["evidence": "A & B <said> \"no\""]))
        XCTAssertTrue(w.text.contains("Assistant Director Children's Services/ Director of Children's Services"), w.text)
        XCTAssertTrue(w.text.contains("Evidence: A & B <said> \"no\"\n"), w.text)
        XCTAssertFalse(w.text.contains("&#"), w.text)
        XCTAssertFalse(w.text.contains("&amp;"), w.text)
    }

    func testMultiParagraphDescriptionStaysIndentedUnderItsCriterion() throws {
        let model = try RealContent.model()
        let route = try XCTUnwrap(model.route("bexley/lac"))
        let policy = try XCTUnwrap(model.policy("bexley"))
        var c = try XCTUnwrap(route.criteria.first { $0.id == "concerns-about-progress-of-the-child" })
        c.description += "\n\nA second paragraph of the same criterion."
        let w = try composer().compose(EscalationRequest(route: route, policy: policy, criteria: [c], stage: route.stages[0]))
        let paragraphs = c.description.components(separatedBy: "\n\n")
        XCTAssertEqual(paragraphs.count, 2)
        XCTAssertTrue(w.text.contains("- Concerns about progress of the child\n  \(paragraphs[0])\n  \(paragraphs[1])\n"), w.text)
    }

    func testInvalidTemplateIsReported() {
        XCTAssertThrowsError(try WordingComposer(template: "{{#stage}} never closed")) { error in
            guard case .template? = error as? EscalationError else { return XCTFail("\(error)") }
        }
    }

    func testDatesOutsideTheDataBecomeAClearError() throws {
        let model = try RealContent.model()
        let route = try XCTUnwrap(model.route("bexley/lac"))
        let request = EscalationRequest(route: route, policy: try XCTUnwrap(model.policy("bexley")), criteria: [route.criteria[0]], stage: route.stages[0],
                                        raised: RaisedAt(date: CalendarDate(year: 2031, month: 1, day: 6)))
        XCTAssertThrowsError(try composer().compose(request)) { error in
            XCTAssertEqual(error as? EscalationError, .dateOutOfRange("2031-01-06 is outside the years with bank holiday data (2018–2030): working days cannot be counted reliably."))
        }
    }
}

extension WordingComposerTests {
    func testADecisionStagesDueDateIsADecisionAndPerRoutePartsStayOnTheirRoute() throws {
        let model = try RealContent.model()
        let composer = try WordingComposer(template: model.wordingTemplate)
        var route = try XCTUnwrap(model.route("cumberland-westmorland-furness/multi-agency"))
        let policy = try XCTUnwrap(model.policy(route.policyID))
        let last = route.stages.count - 1
        XCTAssertEqual(route.stages[last].kind, .decision)
        route.stages[last].timescale = Timescale(wording: "5 working days")
        let raised = RaisedAt(date: CalendarDate(year: 2026, month: 6, day: 8))
        let w = try composer.compose(EscalationRequest(route: route, policy: policy, criteria: [route.criteria[0]], stage: route.stages[last], raised: raised))
        XCTAssertEqual(w.due, ["Decision due by Monday 15 June 2026 (5 working days after Monday 8 June 2026, not counting weekends)."])
        // A cell with parts for each route gives this route's part only (LAC on an IRO route).
        var lac = try XCTUnwrap(model.route("bexley/lac"))
        lac.stages[0].timescale = Timescale(wording: "5 working days (LAC); 10 working days (CP)")
        let bexley = try XCTUnwrap(model.policy("bexley"))
        let v = try composer.compose(EscalationRequest(route: lac, policy: bexley, criteria: [lac.criteria[0]], stage: lac.stages[0], raised: raised))
        XCTAssertEqual(v.due, ["For “LAC” (the policy's label): Response due by Monday 15 June 2026 (5 working days after Monday 8 June 2026, not counting weekends)."])
        XCTAssertEqual(v.dueDates.map(\.scope), ["LAC"])
        XCTAssertTrue(v.text.contains("“5 working days” is labelled “LAC” by the policy"), v.text)
        XCTAssertFalse(v.text.contains("“10 working days” is labelled"), v.text)
    }
}
