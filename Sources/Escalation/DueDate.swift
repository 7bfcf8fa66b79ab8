import PolicyModel

/// Works out, for each term of a stage's timescale, when a response is due, and says it in
/// words that never hide the policy's own unit.
public enum DueDate {
    /// One sentence per term. Throws `WorkingDayCalendar.OutOfRange` outside the covered years.
    public static func statements(for timescale: Timescale, raised: RaisedAt, calendar: WorkingDayCalendar = WorkingDayCalendar()) throws -> [String] {
        var out: [String] = []
        for term in timescale.terms {
            switch term {
            case .workingDays(let n):
                let due = try calendar.adding(workingDays: n, to: raised.date)
                out.append("Response due by \(due) (\(n) working days after \(raised.date), not counting weekends\(holidayNote(calendar, raised.date, due))).")
            case .days(let n):
                let calendarDue = raised.date.adding(days: n)
                let working = try calendar.adding(workingDays: n, to: raised.date)
                _ = try calendar.adding(workingDays: 0, to: calendarDue)
                out.append("The policy says \(n) days and does not say working days. Counted as calendar days: \(calendarDue). Working-day reading (not stated by the policy): \(working).")
            case .hours(let n):
                _ = try calendar.adding(workingDays: 0, to: raised.date)
                if let minutes = raised.minutes {
                    let total = minutes + n * 60
                    let due = raised.date.adding(days: total / (24 * 60))
                    out.append("Response due within \(n) hours: by \(due) at \(RaisedAt.clock(total % (24 * 60))).")
                } else {
                    let due = raised.date.adding(days: (n + 23) / 24)
                    out.append("Response due within \(n) hours of the time it was raised (by that time on \(due)); give --raised with a time (YYYY-MM-DDTHH:MM) for an exact deadline.")
                }
            case .agreed:
                out.append("No fixed timescale: the policy says it is agreed (“\(timescale.wording)”). Record the agreed date.")
            case .anyTime:
                out.append("“\(timescale.wording)”: no response date applies.")
            }
        }
        return out
    }

    static func holidayNote(_ calendar: WorkingDayCalendar, _ start: CalendarDate, _ end: CalendarDate) -> String {
        let h = calendar.holidays(after: start, through: end)
        guard !h.isEmpty else { return "" }
        return " or the bank holidays " + h.map { "\($0.1) (\($0.0))" }.joined(separator: ", ")
    }
}
