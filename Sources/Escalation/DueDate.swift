import PolicyModel

/// Works out, for each reading of a stage's timescale, when a response is due, and says it in
/// words that never hide the policy's own unit, kind (a maximum is "at the latest"), condition
/// or label. A reading that sets no date (immediately, agreed, at any time, in words) says why.
/// A date on the calendar that falls on a weekend or bank holiday says so.
public enum DueDate {
    /// One sentence per reading (and one comparing two readings of the same words). Throws
    /// `WorkingDayCalendar.OutOfRange` outside the covered years.
    /// `subject` names what is due ("Response"; "Decision" at a decision stage).
    public static func statements(for timescale: Timescale, raised: RaisedAt, raisers: [Raiser]? = nil, subject: String = "Response",
                                  calendar: WorkingDayCalendar = WorkingDayCalendar()) throws -> [String] {
        try readings(for: timescale, raised: raised, raisers: raisers, subject: subject, calendar: calendar).map(\.statement)
    }

    /// The readings worked out, in the wording's order; on a route (`raisers`), readings the
    /// policy labels for another route are left out.
    public static func readings(for timescale: Timescale, raised: RaisedAt, raisers: [Raiser]? = nil, subject: String = "Response",
                                calendar: WorkingDayCalendar = WorkingDayCalendar()) throws -> [DueDateReading] {
        let shown = raisers.map { timescale.readings(for: $0) } ?? timescale.readings
        var out: [DueDateReading] = []
        var byClause: [String: [TimescaleReading]] = [:]
        for r in timescale.readings { byClause[r.clause, default: []].append(r) }
        // Worked out once per clause: every reading of a clause shares the answer.
        var saysMore: [String: Bool] = [:]
        for (clause, readings) in byClause { saysMore[clause] = readings[0].clauseSaysMore(besides: readings) }
        var index = 0
        while index < shown.count {
            let part = shown[index].part
            var group: [TimescaleReading] = []
            while index < shown.count, shown[index].part == part { group.append(shown[index]); index += 1 }
            var worked: [DueDateReading] = []
            for (k, r) in group.enumerated() {
                var d = try reading(r, raised: raised, calendar: calendar, clauseSaysMore: saysMore[r.clause] ?? false, subject: subject)
                if group.count > 1 { d.statement = "Reading \(k + 1) of \(group.count), as “\(r.words)”: " + d.statement }
                worked.append(d)
            }
            out += worked
            if group.count > 1 { out.append(comparison(worked, wording: timescale.wording)) }
        }
        for clause in timescale.unread {
            out.append(DueDateReading(words: clause, reading: "not read", amount: nil, kind: TimescaleKind.deadline.rawValue,
                                      statement: "“\(clause)”: this part of the timescale could not be read as a time, so no date is given for it. Follow the policy's words."))
        }
        return out
    }

    /// The sentence for two readings of the same words: both stand; where they differ, the
    /// earlier date is named with the words that give it.
    static func comparison(_ worked: [DueDateReading], wording: String) -> DueDateReading {
        let dated = worked.filter { $0.due != nil }
        var s = "The policy gives \(worked.count) readings (“\(wording)”) and does not say which applies"
        if dated.count == worked.count, let first = dated.min(by: { ($0.due!, $0.dueTime ?? "") < ($1.due!, $1.dueTime ?? "") }) {
            if Set(dated.map { $0.due! }).count == 1 {
                s += "; here they fall on the same day."
            } else {
                let day = CalendarDate(iso: first.due!).map(\.description) ?? first.due!
                s += "; they give different days here. The earlier is \(day), from the policy's words “\(first.words)”."
            }
        } else {
            s += "."
        }
        return DueDateReading(words: wording, reading: "comparison", amount: nil, kind: TimescaleKind.deadline.rawValue, statement: s)
    }

    static func reading(_ r: TimescaleReading, raised: RaisedAt, calendar: WorkingDayCalendar, clauseSaysMore: Bool, subject: String) throws -> DueDateReading {
        var d = DueDateReading(words: r.words, reading: r.term.name, amount: r.term.amount?.count, kind: r.kind.rawValue,
                               condition: r.condition, anchor: r.anchor, scope: r.scope, statement: "")
        let maximum = r.kind == .maximum
        let from = raised.date
        // A reading with no date quotes the whole clause when it says more than the time
        // ("Notify the relevant Social Worker … immediately"): what is asked at once is the policy's.
        let quoted = clauseSaysMore ? r.clause : r.words
        // Only a reading that gives a date needs the raised day to be within the holiday data.
        if r.term.amount != nil || r.term == .sameDay || r.term == .nextWorkingDay { try calendar.check(from) }
        func dated(_ due: CalendarDate, _ detail: String) {
            d.due = due.iso
            d.statement = maximum
                ? "At the latest by \(due) (\(detail)): “\(r.words)” is a maximum in the policy, not a fixed date."
                : "\(subject) due by \(due) (\(detail))."
        }
        switch r.term {
        case .workingDays(let n):
            let due = try calendar.adding(workingDays: n, to: from)
            dated(due, "\(n) working days after \(from), not counting weekends\(holidayNote(calendar, from, due))")
        case .nextWorkingDay:
            let due = try calendar.adding(workingDays: 1, to: from)
            dated(due, "the next working day after \(from), not counting weekends\(holidayNote(calendar, from, due))")
        case .days(let n):
            let calendarDue = from.adding(days: n)
            try calendar.check(calendarDue)
            let working = try calendar.adding(workingDays: n, to: from)
            d.due = calendarDue.iso
            d.workingDayReading = working.iso
            d.statement = "The policy says \(n) days and does not say working days. Counted as calendar days: \(calendarDue)\(dayNote(calendar, calendarDue)). Working-day reading (not stated by the policy): \(working)."
            if maximum { d.statement += " Either way it is a maximum in the policy (the latest), not a fixed date." }
        case .calendarDays(let n):
            let due = from.adding(days: n)
            try calendar.check(due)
            dated(due, "\(n) calendar days after \(from), weekends and bank holidays counted\(dayNote(calendar, due, move: true))")
        case .weeks(let n):
            let due = from.adding(days: 7 * n)
            try calendar.check(due)
            dated(due, "\(n) \(n == 1 ? "week" : "weeks") after \(from), counted on the calendar\(dayNote(calendar, due, move: true))")
        case .months(let n):
            let due = addingMonths(n, to: from)
            try calendar.check(due)
            dated(due, "\(n) \(n == 1 ? "month" : "months") after \(from), counted on the calendar\(dayNote(calendar, due, move: true))")
        case .sameDay:
            d.due = from.iso
            d.statement = "\(subject) due the same day: \(from)\(dayNote(calendar, from))."
        case .hours(let n):
            let lead = maximum ? "At the latest within \(n) hours" : "\(subject) due within \(n) hours"
            if let minutes = raised.minutes {
                let total = minutes + n * 60
                let due = from.adding(days: total / (24 * 60))
                try calendar.check(due)
                d.due = due.iso
                d.dueTime = RaisedAt.clock(total % (24 * 60))
                let off = offDay(calendar, due).map { " (\($0): hours run through nights, weekends and bank holidays)" } ?? ""
                d.statement = "\(lead): by \(due) at \(d.dueTime!)\(off)."
            } else {
                let due = from.adding(days: (n + 23) / 24)
                try calendar.check(due)
                d.statement = "\(lead) of the time it was raised (by that time on \(due)\(dayNote(calendar, due))); give --raised with a time (YYYY-MM-DDTHH:MM) for an exact deadline."
            }
            if maximum { d.statement += " “\(r.words)” is a maximum in the policy, not a fixed time." }
        case .immediately:
            d.statement = "“\(quoted)”: the policy asks for this at once; it sets no number of days, so no date is counted."
        case .agreed:
            d.statement = "No fixed timescale: the policy says it is agreed (“\(quoted)”). Record the agreed date."
        case .anyTime:
            d.statement = "“\(quoted)”: no response date applies."
        case .qualitative:
            d.statement = "“\(quoted)”: a timescale in words with no number of days or hours, so no date is counted. Follow the policy's words."
        }
        // "Response due" only where the policy's clause is just the time: Cumberland's "this
        // should be determined within 24 hours" is quoted, not turned into a response.
        if d.due != nil, clauseSaysMore {
            var rest = d.statement
            for lead in ["\(subject) due within \(r.term.amount?.count ?? 0) hours: ", "\(subject) due "] where rest.hasPrefix(lead) {
                rest = String(rest.dropFirst(lead.count)); break
            }
            d.statement = "The policy says “\(r.clause)”; read as “\(r.words)”: " + lowerFirst(rest)
        }
        if let a = r.anchor, d.due != nil {
            d.statement += " Counted from the date raised (\(from)); the policy counts it from what it names (“\(a)”): if that was another day, give its date with --raised."
        }
        if let c = r.condition { d.statement = "Only if the policy's condition holds (“\(c)”): " + lowerFirst(d.statement) }
        if let s = r.scope { d.statement = "For “\(s)” (the policy's label): " + d.statement }
        return d
    }

    /// "Response due …" after a prefix reads as one sentence: "…: response due …".
    static func lowerFirst(_ s: String) -> String {
        guard let f = s.first, f.isUppercase, s.dropFirst().first?.isLowercase == true else { return s }
        return f.lowercased() + s.dropFirst()
    }

    /// "n months later": the same day of the month, or the month's last day when it is shorter.
    static func addingMonths(_ n: Int, to date: CalendarDate) -> CalendarDate {
        let c = date.components
        let m0 = c.month - 1 + n
        let year = c.year + m0 / 12, month = m0 % 12 + 1
        // The first of the following month, less one day, is this month's last day.
        let lastDay = CalendarDate(year: month == 12 ? year + 1 : year, month: month == 12 ? 1 : month + 1, day: 1).adding(days: -1).components.day
        return CalendarDate(year: year, month: month, day: min(c.day, lastDay))
    }

    /// "a weekend day", "Christmas Day, a bank holiday", "a weekend day and Boxing Day": nil on a working day.
    static func offDay(_ calendar: WorkingDayCalendar, _ date: CalendarDate) -> String? {
        if let h = calendar.holiday(on: date) { return "\(h), a bank holiday" }
        guard date.isWeekend else { return nil }
        let c = date.components
        // The day itself, when its bank holiday moves to a substitute weekday.
        let named = c.month == 12 && c.day == 25 ? "Christmas Day" : c.month == 12 && c.day == 26 ? "Boxing Day" : c.month == 1 && c.day == 1 ? "New Year’s Day" : nil
        return "a weekend day" + (named.map { " and \($0)" } ?? "")
    }

    /// ", a Saturday" after a date on the calendar (with a word on moving it, for a deadline
    /// the policy counts on the calendar); empty on a working day.
    static func dayNote(_ calendar: WorkingDayCalendar, _ date: CalendarDate, move: Bool = false) -> String {
        guard let off = offDay(calendar, date) else { return "" }
        return move ? "; that day is \(off): the policy does not say whether it moves to a working day" : " (\(off))"
    }

    static func holidayNote(_ calendar: WorkingDayCalendar, _ start: CalendarDate, _ end: CalendarDate) -> String {
        let h = calendar.holidays(after: start, through: end)
        guard !h.isEmpty else { return "" }
        return " or the bank holidays " + h.map { "\($0.1) (\($0.0))" }.joined(separator: ", ")
    }
}
