import XCTest
import Escalation
import PolicyModel

/// DueDate: one sentence per timescale term, never hiding the policy's own unit.
final class DueDateTests: XCTestCase {
    let monday = CalendarDate(year: 2026, month: 12, day: 21)

    private func statements(_ wording: String, _ raised: RaisedAt) throws -> [String] {
        let timescale = try XCTUnwrap(Timescale(parsing: wording), wording)
        return try DueDate.statements(for: timescale, raised: raised)
    }

    func testDaysGiveBothReadingsEachLabelled() throws {
        // Bexley's "5 days": calendar Sat 26 Dec; working-day reading Wed 30 Dec (25 and 28 are bank holidays).
        XCTAssertEqual(try statements("5 days", RaisedAt(date: monday)), [
            "The policy says 5 days and does not say working days. Counted as calendar days: Saturday 26 December 2026 (a weekend day and Boxing Day). Working-day reading (not stated by the policy): Wednesday 30 December 2026.",
        ])
    }

    func testWorkingDaysNameTheBankHolidaysSkipped() throws {
        XCTAssertEqual(try statements("5 working days", RaisedAt(date: monday)), [
            "Response due by Wednesday 30 December 2026 (5 working days after Monday 21 December 2026, not counting weekends or the bank holidays Christmas Day (Friday 25 December 2026), Boxing Day (substitute day) (Monday 28 December 2026)).",
        ])
        XCTAssertEqual(try statements("5 working days", RaisedAt(date: CalendarDate(year: 2026, month: 6, day: 8))), [
            "Response due by Monday 15 June 2026 (5 working days after Monday 8 June 2026, not counting weekends).",
        ])
    }

    func testHoursWithATimeGiveAnExactDeadline() throws {
        XCTAssertEqual(try statements("within 24 hours", RaisedAt(date: monday, minutes: 14 * 60 + 30)),
                       ["Response due within 24 hours: by Tuesday 22 December 2026 at 14:30."])
        // Hours run through nights, weekends and bank holidays: Thu 24 Dec 23:00 + 24 h = Fri 25 Dec 23:00,
        // and a deadline on a bank holiday says so.
        XCTAssertEqual(try statements("24 hours", RaisedAt(date: CalendarDate(year: 2026, month: 12, day: 24), minutes: 23 * 60)),
                       ["Response due within 24 hours: by Friday 25 December 2026 at 23:00 (Christmas Day, a bank holiday: hours run through nights, weekends and bank holidays)."])
        XCTAssertEqual(try statements("48 hours", RaisedAt(date: monday, minutes: 0)),
                       ["Response due within 48 hours: by Wednesday 23 December 2026 at 00:00."])
    }

    func testHoursWithoutATimeAskForOne() throws {
        XCTAssertEqual(try statements("24 hours", RaisedAt(date: monday)), [
            "Response due within 24 hours of the time it was raised (by that time on Tuesday 22 December 2026); give --raised with a time (YYYY-MM-DDTHH:MM) for an exact deadline.",
        ])
    }

    func testAgreedAndAnyTimeHaveNoDate() throws {
        XCTAssertEqual(try statements("Timescale agreed between IRO and SW/PM", RaisedAt(date: monday)),
                       ["No fixed timescale: the policy says it is agreed (“Timescale agreed between IRO and SW/PM”). Record the agreed date."])
        XCTAssertEqual(try statements("At any time", RaisedAt(date: monday)), ["“At any time”: no response date applies."])
    }

    func testAMaximumIsAtTheLatestAndAConditionIsCarried() throws {
        let wording = "No longer than 7 working days; within 24 hours if the issue relates to child protection"
        // Mon 21 Dec + 7 working days: 22, 23, 24, 29, 30, 31 Dec, 1 Jan is a bank holiday, so Mon 4 Jan 2027.
        XCTAssertEqual(try statements(wording, RaisedAt(date: monday, minutes: 9 * 60)), [
            "At the latest by Monday 4 January 2027 (7 working days after Monday 21 December 2026, not counting weekends or the bank holidays Christmas Day (Friday 25 December 2026), Boxing Day (substitute day) (Monday 28 December 2026), New Year’s Day (Friday 1 January 2027)): “7 working days” is a maximum in the policy, not a fixed date.",
            "Only if the policy's condition holds (“if the issue relates to child protection”): response due within 24 hours: by Tuesday 22 December 2026 at 09:00.",
        ])
    }

    func testCumberlandsDeterminedIsQuotedNotTurnedIntoAResponse() throws {
        let seed = "An assessment about the degree of urgency will be determined by the Executive Manager/Lead and an appropriate timescale lasting no longer than 7 working days to be applied. If the issue relates to child protection then this should be determined within 24 hours."
        let out = try statements(seed, RaisedAt(date: CalendarDate(year: 2026, month: 6, day: 8), minutes: 10 * 60))
        XCTAssertEqual(out, [
            "The policy says “An assessment about the degree of urgency will be determined by the Executive Manager/Lead and an appropriate timescale lasting no longer than 7 working days to be applied”; read as “7 working days”: at the latest by Wednesday 17 June 2026 (7 working days after Monday 8 June 2026, not counting weekends): “7 working days” is a maximum in the policy, not a fixed date.",
            "Only if the policy's condition holds (“If the issue relates to child protection”): the policy says “If the issue relates to child protection then this should be determined within 24 hours”; read as “24 hours”: by Tuesday 9 June 2026 at 10:00.",
        ])
        XCTAssertFalse(out.joined().contains("esponse"), "the policy says determined, not response")
    }

    func testChristmas2026TwoReadingsAreBothGivenAndLabelled() throws {
        // Raised Thursday 24 December 2026 at 16:00. 48 hours run to Saturday 26th (Boxing Day itself;
        // its bank holiday moves to Monday 28th); two working days skip 25th, the weekend and 28th.
        let raised = RaisedAt(date: CalendarDate(year: 2026, month: 12, day: 24), minutes: 16 * 60)
        XCTAssertEqual(try statements("48 hours (two working days)", raised), [
            "Reading 1 of 2, as “48 hours”: Response due within 48 hours: by Saturday 26 December 2026 at 16:00 (a weekend day and Boxing Day: hours run through nights, weekends and bank holidays).",
            "Reading 2 of 2, as “two working days”: Response due by Wednesday 30 December 2026 (2 working days after Thursday 24 December 2026, not counting weekends or the bank holidays Christmas Day (Friday 25 December 2026), Boxing Day (substitute day) (Monday 28 December 2026)).",
            "The policy gives 2 readings (“48 hours (two working days)”) and does not say which applies; they give different days here. The earlier is Saturday 26 December 2026, from the policy's words “48 hours”.",
        ])
        let json = try DueDate.readings(for: Timescale(wording: "48 hours (two working days)"), raised: raised)
        XCTAssertEqual(json.map(\.due), ["2026-12-26", "2026-12-30", nil])
        XCTAssertEqual(json.map(\.reading), ["hours", "working days", "comparison"])
    }

    func testEasterWorkingDaysSkipGoodFridayAndEasterMonday() throws {
        // Thursday 2 April 2026; Good Friday 3rd and Easter Monday 6th are bank holidays.
        let thursday = RaisedAt(date: CalendarDate(year: 2026, month: 4, day: 2))
        XCTAssertEqual(try statements("Next working day", thursday), [
            "Response due by Tuesday 7 April 2026 (the next working day after Thursday 2 April 2026, not counting weekends or the bank holidays Good Friday (Friday 3 April 2026), Easter Monday (Monday 6 April 2026)).",
        ])
        XCTAssertEqual(try statements("10 calendar days", thursday), [
            "Response due by Sunday 12 April 2026 (10 calendar days after Thursday 2 April 2026, weekends and bank holidays counted; that day is a weekend day: the policy does not say whether it moves to a working day).",
        ])
        XCTAssertEqual(try statements("Same day", RaisedAt(date: CalendarDate(year: 2026, month: 4, day: 3))), [
            "Response due the same day: Friday 3 April 2026 (Good Friday, a bank holiday).",
        ])
    }

    func testYearEndWeeksAndMonthsCountOnTheCalendar() throws {
        let newYearsEve = RaisedAt(date: CalendarDate(year: 2026, month: 12, day: 31))
        XCTAssertEqual(try statements("2 weeks", newYearsEve), [
            "Response due by Thursday 14 January 2027 (2 weeks after Thursday 31 December 2026, counted on the calendar).",
        ])
        // 31 December + 2 months: February has no 31st, so its last day.
        XCTAssertEqual(try statements("2 months", newYearsEve), [
            "Response due by Sunday 28 February 2027 (2 months after Thursday 31 December 2026, counted on the calendar; that day is a weekend day: the policy does not say whether it moves to a working day).",
        ])
        XCTAssertEqual(try statements("A maximum of five working days", newYearsEve), [
            "At the latest by Friday 8 January 2027 (5 working days after Thursday 31 December 2026, not counting weekends or the bank holidays New Year’s Day (Friday 1 January 2027)): “five working days” is a maximum in the policy, not a fixed date.",
        ])
    }

    func testAnAnchorIsNamedAndPerRoutePartsShowOnlyOnTheirRoute() throws {
        XCTAssertEqual(try statements("Within five working days of step 1", RaisedAt(date: CalendarDate(year: 2026, month: 6, day: 8))), [
            "Response due by Monday 15 June 2026 (5 working days after Monday 8 June 2026, not counting weekends). Counted from the date raised (Monday 8 June 2026); the policy counts it from what it names (“of step 1”): if that was another day, give its date with --raised.",
        ])
        let perRoute = Timescale(wording: "5 working days (LAC); 10 working days (CP)")
        let june = RaisedAt(date: CalendarDate(year: 2026, month: 6, day: 8))
        XCTAssertEqual(try DueDate.statements(for: perRoute, raised: june, raisers: [.iro]), [
            "For “LAC” (the policy's label): Response due by Monday 15 June 2026 (5 working days after Monday 8 June 2026, not counting weekends).",
        ])
        XCTAssertEqual(try DueDate.statements(for: perRoute, raised: june, raisers: [.cpChair]), [
            "For “CP” (the policy's label): Response due by Monday 22 June 2026 (10 working days after Monday 8 June 2026, not counting weekends).",
        ])
    }

    func testReadingsThatSetNoDateSayWhy() throws {
        XCTAssertEqual(try statements("without delay", RaisedAt(date: monday)),
                       ["“without delay”: the policy asks for this at once; it sets no number of days, so no date is counted."])
        XCTAssertEqual(try statements("A timescale that is appropriate to the child's needs", RaisedAt(date: monday)),
                       ["“A timescale that is appropriate to the child's needs”: a timescale in words with no number of days or hours, so no date is counted. Follow the policy's words."])
        XCTAssertEqual(try DueDate.statements(for: Timescale(wording: "5"), raised: RaisedAt(date: monday)),
                       ["“5”: this part of the timescale could not be read as a time, so no date is given for it. Follow the policy's words."])
    }

    func testAReadingWithNoDateNeedsNoHolidayData() throws {
        let later = RaisedAt(date: CalendarDate(year: 2031, month: 3, day: 3))
        XCTAssertEqual(try statements("At any time", later), ["“At any time”: no response date applies."])
        XCTAssertThrowsError(try statements("Same day", later))
        XCTAssertThrowsError(try statements("48 hours", RaisedAt(date: CalendarDate(year: 2031, month: 3, day: 3), minutes: 60)))
    }

    func testAHugeNumberOfMonthsIsOutOfRangeNotAHang() throws {
        XCTAssertThrowsError(try statements("9999 months", RaisedAt(date: monday)))
        XCTAssertThrowsError(try statements("9999 working days", RaisedAt(date: monday)))
    }

    func testDatesOutsideTheHolidayDataThrow() throws {
        let timescale = try XCTUnwrap(Timescale(parsing: "5 days"))
        XCTAssertThrowsError(try DueDate.statements(for: timescale, raised: RaisedAt(date: CalendarDate(year: 2031, month: 3, day: 3))))
        // The calendar reading lands in 2031 although the raised date is covered: still refused.
        XCTAssertThrowsError(try DueDate.statements(for: timescale, raised: RaisedAt(date: CalendarDate(year: 2030, month: 12, day: 30))))
        let hours = try XCTUnwrap(Timescale(parsing: "24 hours"))
        XCTAssertThrowsError(try DueDate.statements(for: hours, raised: RaisedAt(date: CalendarDate(year: 2017, month: 6, day: 1), minutes: 600)))
    }
}

extension DueDateTests {
    func testADecisionStageSaysADecisionIsDueNotAResponse() throws {
        let june = RaisedAt(date: CalendarDate(year: 2026, month: 6, day: 8))
        XCTAssertEqual(try DueDate.statements(for: Timescale(wording: "5 working days"), raised: june, subject: "Decision"),
                       ["Decision due by Monday 15 June 2026 (5 working days after Monday 8 June 2026, not counting weekends)."])
    }
}
