/// What one reading of a timescale amounts to, in the unit the policy states. The number is
/// kept as a number; the policy's own words stay in `TimescaleReading.words`.
public enum TimescaleTerm: Sendable, Equatable, Hashable {
    /// "N working days": weekends and bank holidays excluded.
    case workingDays(Int)
    /// "N days": the policy does not say whether these are working or calendar days.
    case days(Int)
    /// "N calendar days": every day counts.
    case calendarDays(Int)
    /// "N hours" (also "48hrs").
    case hours(Int)
    /// "N weeks", counted on the calendar.
    case weeks(Int)
    /// "N months", counted on the calendar.
    case months(Int)
    /// "Same day".
    case sameDay
    /// "Next working day".
    case nextWorkingDay
    /// "Immediately", "without delay": at once, with no number of days.
    case immediately
    /// A timescale agreed between the people involved ("Timescale agreed between IRO and SW").
    case agreed
    /// "At any time".
    case anyTime
    /// A timescale in words with no number ("A timescale that is appropriate to the child's needs").
    case qualitative

    /// A number of days that counts toward a route's total, if the term has one.
    public var dayCount: Int? {
        switch self {
        case .workingDays(let n), .days(let n), .calendarDays(let n): return n
        default: return nil
        }
    }

    /// The stated number and its unit, for totals per unit ("working days"); nil when the term
    /// has no number.
    public var amount: (count: Int, unit: String)? {
        switch self {
        case .workingDays(let n): return (n, n == 1 ? "working day" : "working days")
        case .days(let n): return (n, n == 1 ? "day" : "days")
        case .calendarDays(let n): return (n, n == 1 ? "calendar day" : "calendar days")
        case .hours(let n): return (n, n == 1 ? "hour" : "hours")
        case .weeks(let n): return (n, n == 1 ? "week" : "weeks")
        case .months(let n): return (n, n == 1 ? "month" : "months")
        default: return nil
        }
    }

    /// The unit's name in the plural, the same for every number: what totals group by.
    public var unitName: String? {
        switch self {
        case .workingDays: return "working days"
        case .days: return "days"
        case .calendarDays: return "calendar days"
        case .hours: return "hours"
        case .weeks: return "weeks"
        case .months: return "months"
        default: return nil
        }
    }

    /// The reading's kind in a word or two, for JSON and tests ("working days", "same day").
    public var name: String {
        if let u = unitName { return u }
        switch self {
        case .sameDay: return "same day"
        case .nextWorkingDay: return "next working day"
        case .immediately: return "immediately"
        case .agreed: return "agreed"
        case .anyTime: return "at any time"
        case .qualitative: return "qualitative"
        default: return ""
        }
    }

    /// What a practitioner should read into the unit.
    public var meaning: String {
        switch self {
        case .workingDays: return "working days exclude weekends and bank holidays"
        case .days: return "the policy says “days” and does not state working days"
        case .calendarDays: return "calendar days count every day, weekends and bank holidays included"
        case .hours: return "hours run continuously, including nights, weekends and bank holidays"
        case .weeks: return "weeks are counted on the calendar, weekends included"
        case .months: return "months are counted on the calendar, to the same date in a later month"
        case .sameDay: return "the same day as it is raised"
        case .nextWorkingDay: return "the next working day after it is raised (weekends and bank holidays skipped)"
        case .immediately: return "at once: the policy sets no number of days"
        case .agreed: return "no fixed timescale: it is agreed case by case"
        case .anyTime: return "may happen at any point in the process"
        case .qualitative: return "a timescale in words: the policy sets no number of days or hours"
        }
    }
}
