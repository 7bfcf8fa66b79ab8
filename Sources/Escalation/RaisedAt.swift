/// When an escalation was raised: a date, and a time of day if the chair gave one (needed
/// only for timescales in hours).
public struct RaisedAt: Sendable, Equatable {
    /// The day.
    public var date: CalendarDate
    /// Minutes after midnight, if given.
    public var minutes: Int?

    /// Creates a value.
    public init(date: CalendarDate, minutes: Int? = nil) {
        self.date = date
        self.minutes = minutes
    }

    /// Parses `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (also with a space instead of `T`).
    public init?(parsing text: String) {
        let parts = text.split(whereSeparator: { $0 == "T" || $0 == " " })
        guard (1...2).contains(parts.count), let date = CalendarDate(iso: String(parts[0])) else { return nil }
        self.date = date
        if parts.count == 2 {
            let hm = parts[1].split(separator: ":")
            guard hm.count == 2, hm[0].count == 2, hm[1].count == 2, let h = Int(hm[0]), let m = Int(hm[1]), (0...23).contains(h), (0...59).contains(m) else { return nil }
            minutes = h * 60 + m
        }
    }

    static func clock(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }

    /// "Monday 21 December 2026" or "Monday 21 December 2026 at 14:30".
    public var description: String {
        minutes.map { "\(date) at \(RaisedAt.clock($0))" } ?? date.description
    }
}
