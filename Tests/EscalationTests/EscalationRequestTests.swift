import XCTest
import Escalation
import PolicyModel

/// EscalationRequest.resolve: ids from the CLI or picker, with errors that list what is valid.
final class EscalationRequestTests: XCTestCase {
    private func resolve(_ route: String, _ criteria: [String], stage: String?, raised: String? = nil, raiser: String? = nil) throws -> EscalationRequest {
        try EscalationRequest.resolve(model: try RealContent.model(), route: route, criteria: criteria, stage: stage, raised: raised, placeholders: [:], raiser: raiser)
    }

    private func error(_ body: () throws -> Any) -> EscalationError? {
        do { _ = try body(); return nil } catch { return error as? EscalationError }
    }

    func testResolvesIdsToTheModel() throws {
        let r = try resolve("bexley/lac", ["concerns-about-progress-of-the-child", "allocation-of-social-worker"], stage: "2", raised: "2026-12-21")
        XCTAssertEqual(r.route.qualifiedID, "bexley/lac")
        XCTAssertEqual(r.policy.id, "bexley")
        // In the route's order, not the order asked.
        XCTAssertEqual(r.criteria.map(\.id), ["allocation-of-social-worker", "concerns-about-progress-of-the-child"])
        XCTAssertEqual(r.stage?.name, "Stage 2")
        XCTAssertEqual(r.raised, RaisedAt(date: CalendarDate(year: 2026, month: 12, day: 21)))
        let informal = try resolve("northamptonshire/iro-and-cp-chair", ["discriminatory-practice"], stage: "informal", raiser: "iro")
        XCTAssertEqual(informal.stage?.name, "Informal")
        let noStages = try resolve("positive-challenge-briefing/iro", ["escalation-of-risks-missing-episodes-contextual-risks"], stage: nil)
        XCTAssertNil(noStages.stage)
    }

    func testUnknownRouteListsEveryRoute() throws {
        let e = error { try self.resolve("bexley/iro", ["x"], stage: "1") }
        let valid = ["bexley/cp", "bexley/lac", "cumberland-westmorland-furness/multi-agency", "northamptonshire/iro-and-cp-chair",
                     "positive-challenge-briefing/cp-chair", "positive-challenge-briefing/iro"]
        XCTAssertEqual(e, .unknownRoute("bexley/iro", valid: valid))
        XCTAssertEqual(e?.description, "unknown route 'bexley/iro'. Valid routes: \(valid.joined(separator: ", ")). (See `policyguide escalate --list`.)")
    }

    func testUnknownCriterionListsTheRoutesCriteriaWithTitles() throws {
        let e = error { try self.resolve("bexley/cp", ["allocation"], stage: "1") }
        guard case .unknownCriterion(let id, let route, let valid)? = e else { return XCTFail("\(String(describing: e))") }
        XCTAssertEqual(id, "allocation")
        XCTAssertEqual(route, "bexley/cp")
        XCTAssertEqual(valid.count, 9)
        XCTAssertTrue(valid.contains("allocation-of-social-worker  (Allocation of social worker)"))
        XCTAssertTrue(e!.description.hasPrefix("unknown criterion 'allocation' for route bexley/cp. Valid criteria:\n  non-completion-of-child-protection-conference-decisions  (Non completion of child protection conference decisions)\n"))
    }

    func testStageErrorsListTheStageIds() throws {
        XCTAssertEqual(error { try self.resolve("bexley/cp", ["pre-proceedings-plan"], stage: "5") },
                       .unknownStage("5", route: "bexley/cp", valid: ["1", "2", "3", "4"]))
        XCTAssertEqual(error { try self.resolve("northamptonshire/iro-and-cp-chair", ["discriminatory-practice"], stage: nil, raiser: "cp-chair") },
                       .stageRequired(route: "northamptonshire/iro-and-cp-chair", valid: ["informal", "1", "2", "3", "4"]))
        XCTAssertEqual(error { try self.resolve("northamptonshire/iro-and-cp-chair", ["discriminatory-practice"], stage: nil, raiser: "cp-chair") }?.description,
                       "choose a --stage for route northamptonshire/iro-and-cp-chair. Valid stages: informal, 1, 2, 3, 4.")
        let none = error { try self.resolve("positive-challenge-briefing/cp-chair", ["escalation-of-risks"], stage: "1") }
        XCTAssertEqual(none, .unknownStage("1", route: "positive-challenge-briefing/cp-chair", valid: []))
        XCTAssertEqual(none?.description, "route positive-challenge-briefing/cp-chair has no stages: leave out --stage.")
    }

    func testNoCriteriaAndBadDates() throws {
        guard case .noCriteria(let route, let valid)? = error({ try self.resolve("bexley/lac", [], stage: "1") }) else { return XCTFail() }
        XCTAssertEqual(route, "bexley/lac")
        XCTAssertEqual(valid.count, 11)
        XCTAssertEqual(error { try self.resolve("bexley/lac", ["issues-of-human-rights"], stage: "1", raised: "21/12/2026") }, .badDate("21/12/2026"))
        XCTAssertEqual(error { try self.resolve("bexley/lac", ["issues-of-human-rights"], stage: "1", raised: "2026-02-30") }, .badDate("2026-02-30"))
    }
}
