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
        XCTAssertEqual(dayAfter.reviewNotice(p2), "Policy review due: this policy was last updated November 2018, more than 3 years before this guidance was published (1 December 2021). Check with the policy owner that it is still current.")
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

    func testTimescaleParsingFindsEveryTermInOrder() {
        XCTAssertEqual(Timescale(parsing: "No longer than 7 working days; within 24 hours if the issue relates to child protection")?.terms, [.workingDays(7), .hours(24)])
        XCTAssertEqual(Timescale(parsing: "5 days")?.terms, [.days(5)])
        XCTAssertEqual(Timescale(parsing: "1 working day")?.terms, [.workingDays(1)])
        XCTAssertEqual(Timescale(parsing: "Timescale agreed between IRO and SW/PM")?.terms, [.agreed])
        XCTAssertEqual(Timescale(parsing: "At any time")?.terms, [.anyTime])
        XCTAssertNil(Timescale(parsing: "5"))
        // A timescale in words is read as one, not refused.
        XCTAssertEqual(Timescale(parsing: "as soon as possible")?.terms, [.qualitative])
    }
}
