import Escalation

/// Warnings for a chair at a terminal: a date raised long ago is often a typo for today's, and
/// a response already overdue needs acting on, not just recording.
enum DueWarnings {
    /// How far back a date raised may be before it is queried.
    static let daysBeforeQuerying = 7

    static func warnings(raised: RaisedAt?, dueDates: [DueDateReading], today: CalendarDate) -> [String] {
        guard let raised else { return [] }
        var out: [String] = []
        let ago = today.ordinal - raised.date.ordinal
        if ago > daysBeforeQuerying {
            out.append("the date raised, \(raised.date), is \(ago) days ago (today is \(today)): check it is the day the escalation was raised; for today give --raised today.")
        }
        // The earliest date among the readings that set one: overdue once today is past it.
        let passed = dueDates.compactMap { d in d.due.flatMap(CalendarDate.init(iso:)).map { ($0, d.words) } }.filter { $0.0 < today }
        if let first = passed.min(by: { $0.0 < $1.0 }) {
            out.append("the response is already overdue: by the policy's “\(first.1)” it was due by \(first.0) (today is \(today)).")
        }
        return out
    }
}
