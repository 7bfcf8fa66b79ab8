import Foundation
import XCTest
import ContentLoading
import Escalation
import PolicyModel

/// The wording says what the policy says about its structure (fixture `shapes` of the
/// ContentLoading tests): an action is not an officer answering by a deadline, a decision is
/// said as one, an informal stage is not counted, items for one raiser only stay out of the
/// other's wording, and a route with no criteria gives wording with a placeholder.
final class StructureWordingTests: XCTestCase {
    static let shapes: LoadResult = ContentLoader(
        root: RealContent.repository.appendingPathComponent("Tests/ContentLoadingTests/Fixtures/shapes", isDirectory: true),
        displayRoot: "content").load()

    private func model() throws -> ContentModel { try XCTUnwrap(Self.shapes.model) }

    private func wording(_ route: String, _ criteria: [String], stage: String?, raiser: String? = nil) throws -> String {
        let model = try model()
        let request = try EscalationRequest.resolve(model: model, route: route, criteria: criteria, stage: stage, raised: nil, placeholders: [:], raiser: raiser)
        return try WordingComposer(template: model.wordingTemplate).compose(request).text
    }

    private func error(_ body: () throws -> Any) -> EscalationError? {
        do { _ = try body(); return nil } catch { return error as? EscalationError }
    }

    func testAnActionIsNotAnOfficerWithADeadline() throws {
        let text = try wording("protocol/shared", ["drift-or-delay-in-the-care-plan"], stage: "5", raiser: "iro")
        XCTAssertTrue(text.contains("Stage: Step 5 (an action the IRO may take; not a level of escalation)\nAction: Referral to Cafcass (IRO only)\nWhen: At any time"), text)
        XCTAssertFalse(text.contains("Responsible officer"), text)
        XCTAssertFalse(text.contains("Response expected within"), text)
        // From the last level, the action is named as an action, never as the next officer.
        let last = try wording("protocol/shared", ["drift-or-delay-in-the-care-plan"], stage: "3b", raiser: "iro")
        XCTAssertFalse(last.contains("next stage in the policy is Step 5"), last)
        XCTAssertTrue(last.contains("The policy also names an action: Step 5, Referral to Cafcass (IRO only) (timescale as worded: “At any time”)."), last)
    }

    func testADecisionIsSaidAsOne() throws {
        let text = try wording("protocol/partnership", [], stage: "panel")
        XCTAssertTrue(text.contains("Stage: Panel (stage 3 of 3, a decision)\nDecided by: A panel member from neither agency\nTimescale: No longer than 7 working days"), text)
        XCTAssertFalse(text.contains("Responsible officer"), text)
    }

    func testAnInformalStageIsNotCountedAndItsMoveKeepsThePolicysCondition() throws {
        let text = try wording("protocol/shared", ["drift-or-delay-in-the-care-plan"], stage: "informal", raiser: "cp-chair")
        XCTAssertTrue(text.contains("Stage: Informal (informal stage, not counted among the 4 formal stages)\n"), text)
        XCTAssertTrue(text.contains("the next stage in the policy is Step 1: Team manager, response within 5 working days. The policy says: “If informal resolution proves unsuccessful, the IRO or CP Chair will move to Step 1 following agreement with their line manager.” The policy says: “Managers may ask for further time before the matter moves on.”"), text)
        let level = try wording("protocol/shared", ["drift-or-delay-in-the-care-plan"], stage: "1", raiser: "cp-chair")
        XCTAssertTrue(level.contains("Stage: Step 1 (stage 1 of 4)\n"), level)
        XCTAssertFalse(level.contains("following agreement with their line manager"), "the informal stage's words are not said after Step 1")
    }

    func testItemsForTheIROOnlyStayOutOfTheCPChairsWording() throws {
        let cp = try wording("protocol/shared", ["drift-or-delay-in-the-care-plan"], stage: "3b", raiser: "cp-chair")
        XCTAssertFalse(cp.contains("Cafcass"), cp)
        XCTAssertTrue(cp.contains("this is the last stage in the policy; it names no further step."), cp)
        let iro = try wording("protocol/shared", ["drift-or-delay-in-the-care-plan"], stage: "3b", raiser: "iro")
        XCTAssertTrue(iro.contains("this is the last stage in the policy. The IRO may refer the matter to Cafcass at any point in the process."), iro)
        // A CP Chair cannot choose an IRO-only criterion or stage; the IRO cannot choose a CP-only one.
        XCTAssertEqual(error { try self.wording("protocol/shared", ["no-up-to-date-pep-lac-only"], stage: "1", raiser: "cp-chair") }?.description.components(separatedBy: "\n").first,
                       "criterion 'no-up-to-date-pep-lac-only' is for the IRO only, not the CP Chair. Valid criteria for the CP Chair:")
        XCTAssertEqual(error { try self.wording("protocol/shared", ["drift-or-delay-in-the-care-plan"], stage: "5", raiser: "cp-chair") },
                       .unknownStage("5", route: "protocol/shared", valid: ["informal", "1", "2", "3a", "3b"]))
        XCTAssertNotNil(error { try self.wording("protocol/shared", ["conference-report-not-shared-with-the-family-cp-only"], stage: "1", raiser: "iro") })
        // On a shared route the raiser must be chosen.
        XCTAssertEqual(error { try self.wording("protocol/shared", ["drift-or-delay-in-the-care-plan"], stage: "1") },
                       .raiserRequired(route: "protocol/shared", valid: ["iro", "cp-chair"]))
        // The wording names the raiser chosen, not every raiser of the route.
        XCTAssertTrue(cp.contains("ESCALATION: IRO and CP Chair\n"), cp)
    }

    func testARouteWithNoCriteriaGivesWordingWithAPlaceholder() throws {
        let text = try wording("protocol/partnership", [], stage: "1")
        XCTAssertTrue(text.contains("Reason for escalation, in the words of the policy:\n- " + WordingComposer.noCriteriaMarker + "\n"), text)
        XCTAssertEqual(error { try self.wording("protocol/partnership", ["anything"], stage: "1") },
                       .routeHasNoCriteria("anything", route: "protocol/partnership"))
        XCTAssertEqual(EscalationError.routeHasNoCriteria("anything", route: "protocol/partnership").description,
                       "route protocol/partnership lists no criteria, so there is no criterion 'anything': leave out --criterion; the wording has a [REASON FOR ESCALATION] placeholder for your reason.")
    }
}
