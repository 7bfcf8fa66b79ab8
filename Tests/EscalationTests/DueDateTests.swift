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
            "The policy says 5 days and does not say working days. Counted as calendar days: Saturday 26 December 2026. Working-day reading (not stated by the policy): Wednesday 30 December 2026.",
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
        // Hours run through nights, weekends and bank holidays: Thu 24 Dec 23:00 + 24 h = Fri 25 Dec 23:00.
        XCTAssertEqual(try statements("24 hours", RaisedAt(date: CalendarDate(year: 2026, month: 12, day: 24), minutes: 23 * 60)),
                       ["Response due within 24 hours: by Friday 25 December 2026 at 23:00."])
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

    func testSeveralTermsGiveOneSentenceEach() throws {
        let wording = "No longer than 7 working days; within 24 hours if the issue relates to child protection"
        // Mon 21 Dec + 7 working days: 22, 23, 24, 29, 30, 31 Dec, 1 Jan is a bank holiday, so Mon 4 Jan 2027.
        XCTAssertEqual(try statements(wording, RaisedAt(date: monday, minutes: 9 * 60)), [
            "Response due by Monday 4 January 2027 (7 working days after Monday 21 December 2026, not counting weekends or the bank holidays Christmas Day (Friday 25 December 2026), Boxing Day (substitute day) (Monday 28 December 2026), New Year’s Day (Friday 1 January 2027)).",
            "Response due within 24 hours: by Tuesday 22 December 2026 at 09:00.",
        ])
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
