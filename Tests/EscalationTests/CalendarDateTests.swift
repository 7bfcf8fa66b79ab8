import XCTest
import Escalation

/// CalendarDate: civil dates with no time zone, so due dates are the same on every machine.
final class CalendarDateTests: XCTestCase {
    func testKnownOrdinalsAndWeekdays() {
        XCTAssertEqual(CalendarDate(year: 1970, month: 1, day: 1).ordinal, 0)
        XCTAssertEqual(CalendarDate(year: 1970, month: 1, day: 1).weekday, 4)   // Thursday
        XCTAssertEqual(CalendarDate(year: 2026, month: 12, day: 21).weekday, 1) // Monday
        XCTAssertEqual(CalendarDate(year: 2026, month: 12, day: 27).weekday, 7) // Sunday
        XCTAssertEqual(CalendarDate(year: 2000, month: 2, day: 29).weekday, 2)  // Tuesday
        XCTAssertEqual(CalendarDate(year: 2024, month: 2, day: 29).weekday, 4)  // Thursday
        XCTAssertEqual(CalendarDate(year: 1969, month: 12, day: 31).ordinal, -1)
        XCTAssertEqual(CalendarDate(year: 1969, month: 12, day: 31).weekday, 3) // Wednesday
        XCTAssertTrue(CalendarDate(year: 2026, month: 12, day: 26).isWeekend)
        XCTAssertFalse(CalendarDate(year: 2026, month: 12, day: 25).isWeekend)
    }

    func testRoundTripThroughComponentsAndISO() {
        var previous: CalendarDate? = nil
        // Every day from 2016 to 2032, covering leap years and the turn of each month.
        let start = CalendarDate(year: 2016, month: 1, day: 1).ordinal
        let end = CalendarDate(year: 2032, month: 12, day: 31).ordinal
        for o in start...end {
            let d = CalendarDate(ordinal: o)
            let c = d.components
            XCTAssertEqual(CalendarDate(year: c.year, month: c.month, day: c.day), d)
            XCTAssertEqual(CalendarDate(iso: d.iso), d)
            if let p = previous {
                XCTAssertEqual(d.weekday, p.weekday % 7 + 1)
                XCTAssertLessThan(p, d)
            }
            previous = d
        }
        XCTAssertEqual(end - start + 1, 17 * 365 + 5) // 2016, 2020, 2024, 2028, 2032 are leap years
    }

    func testISOParsingRejectsImpossibleDates() {
        XCTAssertEqual(CalendarDate(iso: "2026-12-21"), CalendarDate(year: 2026, month: 12, day: 21))
        XCTAssertEqual(CalendarDate(iso: "2024-02-29")?.iso, "2024-02-29")
        for bad in ["2023-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-4-01", "26-04-01", "2026/04/01", "2026-04-01x", "", "2026-04"] {
            XCTAssertNil(CalendarDate(iso: bad), bad)
        }
    }

    func testDescriptionIsGOVUKStyle() {
        XCTAssertEqual(CalendarDate(year: 2026, month: 12, day: 21).description, "Monday 21 December 2026")
        XCTAssertEqual(CalendarDate(year: 2020, month: 5, day: 8).description, "Friday 8 May 2020")
        XCTAssertEqual(CalendarDate(year: 2026, month: 1, day: 5).iso, "2026-01-05")
    }

    func testRaisedAtParsing() {
        XCTAssertEqual(RaisedAt(parsing: "2026-12-21"), RaisedAt(date: CalendarDate(year: 2026, month: 12, day: 21)))
        XCTAssertEqual(RaisedAt(parsing: "2026-12-21T14:30"), RaisedAt(date: CalendarDate(year: 2026, month: 12, day: 21), minutes: 870))
        XCTAssertEqual(RaisedAt(parsing: "2026-12-21 09:05")?.minutes, 545)
        XCTAssertEqual(RaisedAt(parsing: "2026-12-21T14:30")?.description, "Monday 21 December 2026 at 14:30")
        for bad in ["2026-12-21T24:00", "2026-12-21T9:30", "2026-12-21T14:60", "2026-12-32", "yesterday", "2026-12-21T14:30:00"] {
            XCTAssertNil(RaisedAt(parsing: bad), bad)
        }
    }
}
