/// A date as precise as a policy states it: a year, a month, or a day. Bexley says only
/// "Updated November 2018", so a day is never invented.
public struct PolicyDate: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    /// Year, e.g. 2018.
    public var year: Int
    /// Month 1–12, if stated.
    public var month: Int?
    /// Day of month, if stated.
    public var day: Int?

    /// Creates a date.
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else or an impossible date.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]) else { return nil }
        year = y
        if parts.count >= 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            month = m
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let d = Int(parts[2]), (1...PolicyDate.daysIn(month: month!, year: y)).contains(d) else { return nil }
            day = d
        }
    }

    /// Number of days in a month of the Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    /// "5 February 2024", "November 2018" or "2018": GOV.UK date style, no invented precision.
    public var description: String {
        guard let month else { return String(year) }
        let name = PolicyDate.monthNames[month - 1]
        guard let day else { return "\(name) \(year)" }
        return "\(day) \(name) \(year)"
    }

    /// `YYYY-MM-DD` (or shorter), for `<time datetime>`.
    public var iso: String {
        var s = String(year)
        if let month { s += "-" + (month < 10 ? "0" : "") + String(month) }
        if let day { s += "-" + (day < 10 ? "0" : "") + String(day) }
        return s
    }

    /// Earlier dates first; a date without a month or day sorts as its first day.
    public static func < (a: PolicyDate, b: PolicyDate) -> Bool {
        (a.year, a.month ?? 1, a.day ?? 1) < (b.year, b.month ?? 1, b.day ?? 1)
    }

    /// The latest date this could mean (end of the stated month or year): used by the review
    /// lint so that an imprecise date is never judged older than it might be.
    public var latestDay: PolicyDate {
        let m = month ?? 12
        return PolicyDate(year: year, month: m, day: day ?? PolicyDate.daysIn(month: m, year: year))
    }
}
