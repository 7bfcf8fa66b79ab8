import XCTest
import Escalation

/// WorkingDayCalendar and its bank holiday data, against dates checked by hand on a calendar.
final class WorkingDayCalendarTests: XCTestCase {
    let calendar = WorkingDayCalendar()

    private func d(_ iso: String) -> CalendarDate {
        guard let date = CalendarDate(iso: iso) else { fatalError("bad test date \(iso)") }
        return date
    }

    private func add(_ n: Int, to iso: String) throws -> String {
        try calendar.adding(workingDays: n, to: d(iso)).iso
    }

    func testFiveWorkingDaysOverChristmas2026() throws {
        // Mon 21 Dec 2026: Tue 22 (1), Wed 23 (2), Thu 24 (3), Fri 25 Christmas, Sat, Sun,
        // Mon 28 Boxing Day (substitute day), Tue 29 (4), Wed 30 (5).
        XCTAssertEqual(try add(5, to: "2026-12-21"), "2026-12-30")
        XCTAssertEqual(calendar.holiday(on: d("2026-12-25")), "Christmas Day")
        XCTAssertEqual(calendar.holiday(on: d("2026-12-28")), "Boxing Day (substitute day)")
        XCTAssertNil(calendar.holiday(on: d("2026-12-26")))
    }

    func testAcrossEaster2026() throws {
        // Thu 2 Apr 2026; Good Friday 3 Apr; Easter Monday 6 Apr. The next working day is Tue 7 Apr.
        XCTAssertEqual(try add(1, to: "2026-04-02"), "2026-04-07")
        // Tue 7 (1), Wed 8 (2), Thu 9 (3), Fri 10 (4), Mon 13 (5).
        XCTAssertEqual(try add(5, to: "2026-04-02"), "2026-04-13")
        XCTAssertEqual(calendar.holiday(on: d("2026-04-03")), "Good Friday")
        XCTAssertEqual(calendar.holiday(on: d("2026-04-06")), "Easter Monday")
    }

    func testWeekends() throws {
        XCTAssertEqual(try add(1, to: "2026-06-05"), "2026-06-08") // Fri → Mon
        XCTAssertEqual(try add(1, to: "2026-06-06"), "2026-06-08") // Sat → Mon
        XCTAssertEqual(try add(1, to: "2026-06-07"), "2026-06-08") // Sun → Mon
        XCTAssertEqual(try add(5, to: "2026-06-08"), "2026-06-15") // Mon → next Mon
        XCTAssertEqual(try add(10, to: "2026-06-08"), "2026-06-22")
        XCTAssertEqual(try add(0, to: "2026-06-06"), "2026-06-06") // the day of raising is day 0
        XCTAssertFalse(calendar.isWorkingDay(d("2026-06-06")))
        XCTAssertFalse(calendar.isWorkingDay(d("2026-06-07")))
        XCTAssertTrue(calendar.isWorkingDay(d("2026-06-08")))
    }

    func testOneOffHolidays() throws {
        // 2020: the early May bank holiday moved from Mon 4 May to Fri 8 May (VE day).
        XCTAssertNotNil(calendar.holiday(on: d("2020-05-08")))
        XCTAssertNil(calendar.holiday(on: d("2020-05-04")))
        XCTAssertTrue(calendar.isWorkingDay(d("2020-05-04")))
        XCTAssertFalse(calendar.isWorkingDay(d("2020-05-08")))
        XCTAssertEqual(try add(1, to: "2020-05-07"), "2020-05-11")
        // The State Funeral of Queen Elizabeth II, and the Platinum Jubilee and coronation.
        XCTAssertFalse(calendar.isWorkingDay(d("2022-09-19")))
        XCTAssertEqual(try add(1, to: "2022-09-16"), "2022-09-20")
        XCTAssertFalse(calendar.isWorkingDay(d("2022-06-02")))
        XCTAssertFalse(calendar.isWorkingDay(d("2022-06-03")))
        XCTAssertFalse(calendar.isWorkingDay(d("2023-05-08")))
    }

    func testChristmasFallingAtTheWeekendGetsSubstituteDays() throws {
        // 2027: Christmas is a Saturday: Mon 27 and Tue 28 Dec are substitute days.
        XCTAssertEqual(try add(1, to: "2027-12-24"), "2027-12-29")
        // 2021 likewise, then New Year's Day 2022 (a Saturday) moves to Mon 3 Jan.
        XCTAssertEqual(try add(3, to: "2021-12-24"), "2021-12-31") // 27, 28 Dec are holidays: 29, 30, 31
        XCTAssertEqual(try add(4, to: "2021-12-24"), "2022-01-04") // Mon 3 Jan is a holiday
    }

    func testOutOfRangeYearsThrow() {
        XCTAssertThrowsError(try calendar.adding(workingDays: 1, to: d("2031-01-06"))) { error in
            XCTAssertEqual((error as? WorkingDayCalendar.OutOfRange)?.date, d("2031-01-06"))
            XCTAssertEqual("\(error)", "2031-01-06 is outside the years with bank holiday data (2018–2030): working days cannot be counted reliably.")
        }
        XCTAssertThrowsError(try calendar.adding(workingDays: 1, to: d("2017-12-29")))
        XCTAssertThrowsError(try calendar.adding(workingDays: 0, to: d("2017-12-29")))
        // Starting inside the range but counting into 2031 also refuses rather than guessing.
        XCTAssertThrowsError(try calendar.adding(workingDays: 5, to: d("2030-12-27"))) { error in
            XCTAssertEqual((error as? WorkingDayCalendar.OutOfRange)?.date.components.year, 2031)
        }
        XCTAssertEqual(try add(1, to: "2030-12-30"), "2030-12-31")
    }

    func testHolidaysBetweenDates() {
        let h = calendar.holidays(after: d("2026-12-21"), through: d("2026-12-30"))
        XCTAssertEqual(h.map { $0.0.iso }, ["2026-12-25", "2026-12-28"])
        XCTAssertEqual(calendar.holidays(after: d("2026-12-25"), through: d("2026-12-25")).count, 0)
        XCTAssertEqual(calendar.holidays(after: d("2026-12-24"), through: d("2026-12-25")).map { $0.0.iso }, ["2026-12-25"])
    }

    // MARK: the data against the standing rules

    /// Easter Sunday (anonymous Gregorian algorithm).
    private func easter(_ y: Int) -> CalendarDate {
        let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        return CalendarDate(year: y, month: (h + l - 7 * m + 114) / 31, day: (h + l - 7 * m + 114) % 31 + 1)
    }

    private func firstMonday(_ y: Int, _ m: Int) -> CalendarDate {
        var x = CalendarDate(year: y, month: m, day: 1)
        while x.weekday != 1 { x = x.adding(days: 1) }
        return x
    }

    private func lastMonday(_ y: Int, _ m: Int) -> CalendarDate {
        var x = CalendarDate(year: y, month: m + 1, day: 1).adding(days: -1)
        while x.weekday != 1 { x = x.adding(days: -1) }
        return x
    }

    /// England and Wales by the standing rules, before any one-off change.
    private func standingRules(_ y: Int) -> [String] {
        var days: [CalendarDate] = []
        let newYear = CalendarDate(year: y, month: 1, day: 1)
        days.append(newYear.weekday == 6 ? newYear.adding(days: 2) : newYear.weekday == 7 ? newYear.adding(days: 1) : newYear)
        days.append(easter(y).adding(days: -2))
        days.append(easter(y).adding(days: 1))
        days.append(firstMonday(y, 5))
        days.append(lastMonday(y, 5))
        days.append(lastMonday(y, 8))
        let christmas = CalendarDate(year: y, month: 12, day: 25)
        switch christmas.weekday {
        case 5: days += [christmas, christmas.adding(days: 3)]                 // Fri 25; Boxing Day (Sat) → Mon 28
        case 6: days += [christmas.adding(days: 2), christmas.adding(days: 3)] // Sat: Mon 27 and Tue 28
        case 7: days += [christmas.adding(days: 1), christmas.adding(days: 2)] // Sun: Boxing Day Mon 26, Christmas Tue 27
        default: days += [christmas, christmas.adding(days: 1)]
        }
        return days.map(\.iso).sorted()
    }

    func testDataFollowsTheStandingRulesExceptTheAnnouncedOneOffs() {
        var byYear: [Int: [String]] = [:]
        for (iso, _) in BankHolidays.englandAndWales { byYear[Int(iso.prefix(4))!, default: []].append(iso) }
        XCTAssertEqual(Set(byYear.keys), Set(BankHolidays.coveredYears))
        for year in BankHolidays.coveredYears {
            var expected = standingRules(year)
            switch year {
            case 2020: expected = expected.map { $0 == "2020-05-04" ? "2020-05-08" : $0 }   // VE day
            case 2022: expected = expected.map { $0 == "2022-05-30" ? "2022-06-02" : $0 } + ["2022-06-03", "2022-09-19"]
            case 2023: expected += ["2023-05-08"]                                            // coronation
            default: break
            }
            XCTAssertEqual(byYear[year] ?? [], expected.sorted(), "bank holidays \(year)")
        }
        XCTAssertEqual(BankHolidays.englandAndWales.map(\.date), BankHolidays.englandAndWales.map(\.date).sorted(), "in date order")
        for (iso, name) in BankHolidays.englandAndWales {
            let date = CalendarDate(iso: iso)
            XCTAssertNotNil(date, iso)
            XCTAssertFalse(date?.isWeekend ?? true, "\(iso) \(name) is at a weekend")
        }
    }
}
