import Escalation
import Foundation

/// Today's date for `--raised today` and the "already overdue" warning: the computer's local
/// date, or `POLICYGUIDE_TODAY` (YYYY-MM-DD) when set, so a test or a rehearsal can fix it.
enum Today {
    static let variable = "POLICYGUIDE_TODAY"

    static func date(environment: [String: String] = ProcessInfo.processInfo.environment) -> CalendarDate {
        if let fixed = environment[variable], let d = CalendarDate(iso: fixed) { return d }
        let c = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
    }
}
