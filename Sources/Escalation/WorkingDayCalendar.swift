/// Counts working days in England and Wales: Monday to Friday, less bank holidays, from the
/// bundled `BankHolidays` data. Refuses dates it has no holiday data for.
public struct WorkingDayCalendar: Sendable {
    /// Why a date cannot be counted.
    public struct OutOfRange: Error, Equatable, CustomStringConvertible {
        /// The date asked about.
        public let date: CalendarDate
        /// Explains the covered years.
        public var description: String {
            "\(date.iso) is outside the years with bank holiday data (\(BankHolidays.coveredYears.lowerBound)–\(BankHolidays.coveredYears.upperBound)): working days cannot be counted reliably."
        }
    }

    let holidays: [Int: String]

    /// The England and Wales calendar.
    public init() {
        var map: [Int: String] = [:]
        for (iso, name) in BankHolidays.englandAndWales {
            if let d = CalendarDate(iso: iso) { map[d.ordinal] = name }
        }
        holidays = map
    }

    /// The bank holiday's name, if `date` is one.
    public func holiday(on date: CalendarDate) -> String? { holidays[date.ordinal] }

    /// Whether `date` is a working day.
    public func isWorkingDay(_ date: CalendarDate) -> Bool { !date.isWeekend && holidays[date.ordinal] == nil }

    /// The date `n` working days after `start` (the day of raising is day 0; day 1 is the next
    /// working day).
    public func adding(workingDays n: Int, to start: CalendarDate) throws -> CalendarDate {
        try check(start)
        var date = start
        var remaining = n
        while remaining > 0 {
            date = date.adding(days: 1)
            try check(date)
            if isWorkingDay(date) { remaining -= 1 }
        }
        return date
    }

    /// Bank holidays between two dates (exclusive of `start`, inclusive of `end`), for explaining
    /// a due date.
    public func holidays(after start: CalendarDate, through end: CalendarDate) -> [(CalendarDate, String)] {
        guard end > start else { return [] }
        return (start.ordinal + 1...end.ordinal).compactMap { o in holidays[o].map { (CalendarDate(ordinal: o), $0) } }
    }

    func check(_ date: CalendarDate) throws {
        guard BankHolidays.coveredYears.contains(date.components.year) else { throw OutOfRange(date: date) }
    }
}
