import Foundation
import XCTest
@testable import ContentLoading
import PolicyModel
import TestSupport

/// The shapes real policies take, read as the policy says them (fixture `shapes`): sub-steps,
/// an informal stage, an action, a decision, a table compiled from prose, a route with no
/// criteria, criteria in nested lists, items for one raiser only, and a separate item after
/// a criterion's description.
final class PolicyStructureTests: XCTestCase {
    private let file = "content/policies/protocol/policy.md"

    private func route(_ id: String) throws -> Route {
        let result = Fixtures.load("shapes")
        XCTAssertFalse(result.hasErrors, result.diagnostics.map(\.description).joined(separator: "\n"))
        return try XCTUnwrap(result.model?.route("protocol/\(id)"))
    }

    /// The fixture with `policy.md` edited by `change`, loaded.
    private func loadEdited(_ change: (String) -> String) throws -> LoadResult {
        let temp = try workFolder(withContent: Fixtures.tree("shapes"))
        let content = temp.appendingPathComponent("content", isDirectory: true)
        let url = content.appendingPathComponent("policies/protocol/policy.md")
        try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        return ContentLoader(root: content, displayRoot: "content").load()
    }

    func testSubStepsAreStagesOfTheirOwn() throws {
        // "Step 3a" and "Step 3b" were refused as a duplicate stage "3".
        XCTAssertEqual(try route("shared").stages.map(\.id), ["informal", "1", "2", "3a", "3b", "5"])
        XCTAssertEqual(PolicyLoader.stageID("Step 4a"), "4a")
        XCTAssertEqual(PolicyLoader.stageID("Level 2"), "2")
        XCTAssertEqual(PolicyLoader.stageID("Stage 4 and after"), "4")
        // A true duplicate is still reported, naming how to write a sub-step.
        let result = try loadEdited { $0.replacingOccurrences(of: "| Step 3b |", with: "| Step 3 |").replacingOccurrences(of: "| Step 3a |", with: "| Step 3 |") }
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.description),
                       ["\(file):43:1: error: duplicate stage id '3' ('Step 3', as 'Step 3' on line 42): stage names must give distinct numbers or names. A sub-step is written with its letter, e.g. 'Step 4a' and 'Step 4b'."])
    }

    func testInformalStagesAndActionsAreNotCountedAsLevels() throws {
        let r = try route("shared")
        XCTAssertEqual(r.stages.map(\.kind), [.informal, .formal, .formal, .formal, .formal, .action])
        XCTAssertNil(r.formalPosition(of: r.stages[0]))
        XCTAssertEqual(r.formalPosition(of: r.stages[1])?.order, 1)
        XCTAssertEqual(r.formalPosition(of: r.stages[4])?.count, 4)
        XCTAssertNil(r.formalPosition(of: r.stages[5]))
        XCTAssertEqual(r.stageCountPhrase, "4 formal stages, 1 informal stage and 1 action")
    }

    func testADecisionAndATableCompiledFromProse() throws {
        let r = try route("partnership")
        XCTAssertEqual(r.stages.map(\.kind), [.formal, .formal, .decision])
        XCTAssertEqual(r.stagesCompiled, Route.compiledCaveat)
        // Any words given instead of `true` are the caveat shown.
        let own = try loadEdited { $0.replacingOccurrences(of: "stagesCompiled: true", with: "stagesCompiled: \"Compiled from section 3.\"") }
        XCTAssertEqual(own.model?.route("protocol/partnership")?.stagesCompiled, "Compiled from section 3.")
    }

    func testAStageListedUnderAKindMustExist() throws {
        let result = try loadEdited { $0.replacingOccurrences(of: "actionStages: [\"5\"]", with: "actionStages: [\"6\"]") }
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.description),
                       ["\(file):14:20: error: actionStages: no stage '6' in this route. Write the stage's id: informal, 1, 2, 3a, 3b, 5."])
    }

    func testNextStageWordsAreKeptWithTheirStage() throws {
        let r = try route("shared")
        XCTAssertEqual(r.nextStageNotes.map(\.after), ["informal", nil])
        let result = try loadEdited { $0.replacingOccurrences(of: "- after: informal", with: "- after: informl") }
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.description),
                       ["\(file):18:9: error: nextStage: no stage 'informl' in this route. Write 'after:' with a stage id (informal, 1, 2, 3a, 3b, 5) or 'every' for words that apply after every stage."])
    }

    func testItemsForOneRaiserOnly() throws {
        let r = try route("shared")
        let applies = Dictionary(uniqueKeysWithValues: r.criteria.map { ($0.id, $0.appliesTo) })
        XCTAssertEqual(applies["drift-or-delay-in-the-care-plan"], [.iro, .cpChair])
        XCTAssertEqual(applies["no-up-to-date-pep-lac-only"], [.iro])
        XCTAssertEqual(applies["conference-report-not-shared-with-the-family-cp-only"], [.cpChair])
        // A group headed "For IRO only" is for the IRO only.
        XCTAssertEqual(applies["iro-not-consulted-about-the-final-care-plan-court"], [.iro])
        XCTAssertEqual(r.stages.last?.appliesTo, [.iro])
        XCTAssertEqual(r.stages.first?.appliesTo, [])
        XCTAssertEqual(r.finalStepFor, [.iro])
        XCTAssertFalse(r.finalStepApplies(to: .cpChair))
        // Only such items make the wording differ by raiser (and a raiser be asked for).
        XCTAssertTrue(r.hasItemsForOneRaiser)
        var same = r
        same.criteria = r.criteria.filter { Set($0.appliesTo) == Set(r.raisedBy) }
        same.stages.removeLast()
        XCTAssertTrue(same.hasItemsForOneRaiser, "the final step is still the IRO's")
        same.finalStepFor = []
        XCTAssertFalse(same.hasItemsForOneRaiser)
    }

    func testCriteriaInListsNestedInANumberedListAreRead() throws {
        // The numbered paragraphs name groups; the items inside them are the criteria.
        let r = try route("shared")
        XCTAssertEqual(r.criteria.prefix(3).map(\.title), ["Drift or delay in the care plan;", "No up to date PEP (LAC only);",
                                                           "Conference report not shared with the family (CP only)."])
        XCTAssertEqual(r.criteria[0].group, "General: Where the child's plan is not progressed:")
        XCTAssertFalse(r.criteria.contains { $0.title.hasPrefix("Where the") })
        // A third level cannot be read: reported at its line, saying what to write.
        let deeper = try loadEdited { $0.replacingOccurrences(of: "   - Drift or delay in the care plan;\n", with: "   - Drift or delay in the care plan;\n     - in permanence planning\n") }
        XCTAssertEqual(deeper.diagnostics.filter { $0.severity == .error }.map(\.description),
                       ["\(file):52:6: error: criteria nested more than two lists deep cannot be read: make the items of this list criteria of their own (one list under a heading), or put them under a sub-heading of the criteria heading."])
    }

    func testASeparateItemIsNeverMergedIntoACriterion() throws {
        let result = Fixtures.load("shapes")
        let c = try XCTUnwrap(result.model?.route("protocol/shared")?.criteria.first { $0.id == "allocation-of-social-worker" })
        XCTAssertEqual(c.description, "Children have not been provided with a stable and consistent social worker.")
        XCTAssertTrue(result.diagnostics.contains(Diagnostic(.note, SourceLocation(file: file, line: 64, column: 1),
            "this list follows the description of criterion 'Allocation of social worker' and is read as neither part of it nor as criteria (it stays in the full text). If its items are criteria, end the paragraph before it with a colon ('… the following:') or start the section with the list.")),
            result.diagnostics.map(\.description).joined(separator: "\n"))
        // A lead-in ending in a colon makes the list the criteria of a group.
        let lead = try loadEdited { $0.replacingOccurrences(of: "stable and consistent social worker.\n", with: "stable and consistent social worker, where:\n") }
        let group = try XCTUnwrap(lead.model?.route("protocol/shared")?.criteria.last)
        XCTAssertEqual(group.title, "The IRO is able to request a collaborative audit of the child's record.")
        XCTAssertEqual(group.group, "Allocation of social worker")
    }

    func testARouteWithNoCriteriaIsNotSilent() throws {
        let result = Fixtures.load("shapes")
        XCTAssertEqual(try route("partnership").criteria, [])
        XCTAssertTrue(result.diagnostics.contains(Diagnostic(.note, SourceLocation(file: file, line: 22, column: 5),
            "route 'partnership' lists no criteria: the picker and `policyguide escalate` give the stage wording with a [REASON FOR ESCALATION] placeholder. If the policy lists reasons for escalating, add 'criteria:' naming the heading they are under.")))
        // A note never fails a build.
        XCTAssertFalse(result.hasErrors)
    }
}
