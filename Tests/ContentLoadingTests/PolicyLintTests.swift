import Foundation
import XCTest
import ContentLoading
import PolicyModel

/// PolicyLint's date and total rules at their boundaries, on the valid fixture's model.
final class PolicyLintTests: XCTestCase {
    private func model() throws -> ContentModel { try XCTUnwrap(Fixtures.load("valid").model) }

    private func withPublished(_ date: PolicyDate, _ edit: (inout Policy) -> Void = { _ in }) throws -> (PolicyLint, Policy) {
        var m = try model()
        m.settings.published = date
        edit(&m.policies[0])
        return (PolicyLint(model: m), m.policies[0])
    }

    func testReviewIsDueOnlyAfterTheFullPeriodFromTheEndOfTheStatedMonth() throws {
        // "updated: 2018-11" could mean 30 November 2018, so 3 years end on 30 November 2021.
        let (onTheDay, p1) = try withPublished(PolicyDate(year: 2021, month: 11, day: 30))
        XCTAssertNil(onTheDay.reviewNotice(p1))
        let (dayAfter, p2) = try withPublished(PolicyDate(year: 2021, month: 12, day: 1))
        XCTAssertEqual(dayAfter.reviewNotice(p2), "Policy review due: the policy is dated “Updated November 2018”, more than 3 years before this guidance was published (1 December 2021). Check with the policy owner that it is still current.")
    }

    func testTheNoticeUsesThePolicysOwnDateWords() throws {
        // Only "added" (Northamptonshire: "This chapter was added to the manual in February 2018"):
        // never "last updated".
        let (quoted, p1) = try withPublished(PolicyDate(year: 2024, month: 1, day: 1)) {
            $0.updated = nil; $0.added = PolicyDate(year: 2018, month: 2); $0.version = "Added February 2018"
        }
        XCTAssertEqual(quoted.reviewNotice(p1), "Policy review due: the policy is dated “Added February 2018”, more than 3 years before this guidance was published (1 January 2024). Check with the policy owner that it is still current.")
        let (added, p2) = try withPublished(PolicyDate(year: 2024, month: 1, day: 1)) {
            $0.updated = nil; $0.added = PolicyDate(year: 2018, month: 2); $0.version = nil
        }
        XCTAssertEqual(added.reviewNotice(p2), "Policy review due: this policy was added in February 2018 and states no later update, more than 3 years before this guidance was published (1 January 2024). Check with the policy owner that it is still current.")
    }

    func testAStatedFutureReviewDateSuppressesTheNotice() throws {
        let (lint, p) = try withPublished(PolicyDate(year: 2023, month: 1, day: 1)) { $0.reviewDue = PolicyDate(year: 2023, month: 6) }
        XCTAssertNil(lint.reviewNotice(p))
    }

    func testAPolicyWithNoDatesIsNeverDue() throws {
        let (lint, p) = try withPublished(PolicyDate(year: 2030)) { $0.updated = nil; $0.added = nil }
        XCTAssertNil(lint.reviewNotice(p))
    }

    func testReviewPeriodComesFromSiteSettings() throws {
        var m = try model()
        m.settings.published = PolicyDate(year: 2020, month: 1, day: 1)
        XCTAssertNil(PolicyLint(model: m).reviewNotice(m.policies[0]))
        m.settings.reviewPeriodYears = 1
        XCTAssertNotNil(PolicyLint(model: m).reviewNotice(m.policies[0]))
    }

    func testTotalOfExactlyTwentyWorkingDaysIsNotFlagged() throws {
        var m = try model()
        let loc = m.policies[0].routes[0].location
        m.policies[0].routes[0].stages = (1...4).map {
            Stage(id: "\($0)", order: $0, name: "Level \($0)", officer: "Manager", timescale: Timescale(parsing: "5 working days"), location: loc)
        }
        XCTAssertNil(PolicyLint(model: m).totalNotice(m.policies[0].routes[0]))
        m.policies[0].routes[0].stages[3].timescale = Timescale(parsing: "6 working days")
        XCTAssertEqual(PolicyLint(model: m).totalNotice(m.policies[0].routes[0]),
                       "The stage timescales of this route add up to 5 + 5 + 5 + 6 = 21 working days, more than the 20 working days the IRO Handbook sets for the whole formal process.")
    }

    func testMultiAgencyRoutesAreNotHeldToTheIROHandbook() throws {
        var m = try model()
        m.policies[0].routes[0].raisedBy = [.multiAgency]
        m.policies[0].routes[0].stages[0].timescale = Timescale(parsing: "30 working days")
        XCTAssertNil(PolicyLint(model: m).totalNotice(m.policies[0].routes[0]))
    }

    private func route(_ wordings: [String], raisedBy: [Raiser] = [.iro]) throws -> (PolicyLint, Route) {
        var m = try model()
        let loc = m.policies[0].routes[0].location
        m.policies[0].routes[0].raisedBy = raisedBy
        m.policies[0].routes[0].stages = wordings.enumerated().map {
            Stage(id: "\($0.offset + 1)", order: $0.offset + 1, name: "Level \($0.offset + 1)", officer: "Manager", timescale: Timescale(wording: $0.element), location: loc)
        }
        return (PolicyLint(model: m), m.policies[0].routes[0])
    }

    func testTheHandbookRuleAppliesOnlyToRoutesIROsRaise() throws {
        let over = Array(repeating: "6 working days", count: 4)
        XCTAssertNil(try route(over, raisedBy: [.cpChair]).0.totalNotice(try route(over, raisedBy: [.cpChair]).1), "CP Chairs are not governed by the IRO Handbook")
        let (lint, r) = try route(over, raisedBy: [.iro, .cpChair])
        XCTAssertEqual(lint.totalNotice(r), "The stage timescales of this route add up to 6 + 6 + 6 + 6 = 24 working days, more than the 20 working days the IRO Handbook sets for the whole formal process.")
    }

    func testMixedUnitsAreNeverAddedTogether() throws {
        // "1 Day + 1 Day + 5 working days" is not "7 days"; 48-hour steps and a working-day step are not "5 working days".
        let (lint, r) = try route(["1 Day", "1 Day", "5 working days"])
        XCTAssertNil(lint.totalNotice(r))
        XCTAssertEqual(r.total.sentence, "Stage timescales are in different units and cannot be added together: 2 days; 5 working days.")
        let (lint2, r2) = try route(["48 hours", "48 hours", "5 working days"])
        XCTAssertNil(lint2.totalNotice(r2))
        XCTAssertNil(lint2.unstatedDaysNotice(r2), "at most 9 working days: nothing to say")
        // Units that together could exceed 20 working days: listed per unit, never added.
        let (lint4, r4) = try route(["12 days", "10 working days", "48 hours"])
        XCTAssertEqual(lint4.unstatedDaysNotice(r4), "The stage timescales of this route are in different units (12 days; 10 working days; 48 hours) and are not added together, so whether the route keeps to the 20 working days the IRO Handbook sets depends on how the policy counts them: it does not say. If the policy means one unit throughout, ask its owner to say so.")
        XCTAssertEqual(r2.total.sentence, "Stage timescales are in different units and cannot be added together: 96 hours; 5 working days.")
        // The working days alone still over 20 are flagged, saying the rest were not added.
        let (lint3, r3) = try route(["48 hours", "12 working days", "10 working days"])
        XCTAssertEqual(lint3.totalNotice(r3), "The stage timescales of this route add up to 12 + 10 = 22 working days (stages in other units are not added to them), more than the 20 working days the IRO Handbook sets for the whole formal process.")
    }

    func testDaysNotStatedAsWorkingDaysAreNotComparedAsIfEqual() throws {
        let (lint, r) = try route(["5 days", "5 days", "5 days", "8 days"])
        XCTAssertNil(lint.totalNotice(r), "23 days may be 17 working days: no over-claim")
        XCTAssertEqual(lint.unstatedDaysNotice(r), "The stage timescales of this route add up to 5 + 5 + 5 + 8 = 23 days, and the policy does not say whether they are working days, so they cannot be compared with the 20 working days the IRO Handbook sets as if they were: read as working days they are more than 20; read as calendar days they are at most 17 working days. If the policy means working days, ask its owner to say so.")
        // 30 days: not more than 20 working days "either way" (30 calendar days can be 20 working
        // days, fewer with bank holidays): still no badge, and the finding gives both readings.
        let (lint2, r2) = try route(["15 days", "15 days"])
        XCTAssertNil(lint2.totalNotice(r2))
        XCTAssertEqual(lint2.unstatedDaysNotice(r2), "The stage timescales of this route add up to 15 + 15 = 30 days, and the policy does not say whether they are working days, so they cannot be compared with the 20 working days the IRO Handbook sets as if they were: read as working days they are more than 20; read as calendar days they are at most 22 working days (fewer with bank holidays), so whether they exceed it depends on the dates. If the policy means working days, ask its owner to say so.")
    }

    func testInformalStagesAndActionsAreNotPartOfTheFormalTotal() throws {
        var (_, r) = try route(["5 working days", "5 working days", "At any time", "5 working days"])
        r.stages[0].kind = .informal
        r.stages[2].kind = .action
        XCTAssertEqual(r.total.sentence, "Stage timescales that state a number add up to 5 + 5 = 10 working days. Not counted: Level 1 (informal stage), Level 3 (action).")
    }

    func testStagesWithNoNumberAreListedNotCountedAsNone() throws {
        let (_, r) = try route(["Timescale agreed between IRO and SW", "5 working days", "A timescale that is appropriate to the child's needs", "48 hours (two working days)"])
        XCTAssertEqual(r.total.sentence, "Stage timescales that state a number add up to 5 working days. Not counted: Level 1 (agreed), Level 3 (qualitative), Level 4 (two readings, “48 hours” and “two working days”).")
    }
}
