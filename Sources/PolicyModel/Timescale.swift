/// A stage's response timescale: the policy's own words, and what could be read from them.
/// The words are what the site and the wording show; the readings drive due dates and lint.
/// A cell is never refused: what cannot be read is kept in `unread` and published as worded.
public struct Timescale: Sendable, Equatable, Hashable {
    /// Exactly as the policy words it, e.g. "5 days" or "At any time".
    public var wording: String
    /// What the wording was read as, in order (empty when nothing could be read).
    public var readings: [TimescaleReading]
    /// The clauses of the wording nothing could be read from, as written (e.g. a bare "5").
    public var unread: [String]

    /// Reads `wording`; never fails.
    public init(wording: String) {
        self.wording = wording
        (readings, unread) = TimescaleMemo.shared.readings(of: wording)
    }

    /// Reads `wording`; nil when nothing in it could be read (a bare "5"). Kept for callers
    /// that only want readable timescales; the loader uses `init(wording:)`.
    public init?(parsing wording: String) {
        self.init(wording: wording)
        if readings.isEmpty { return nil }
    }

    /// The terms read, in order (one per reading).
    public var terms: [TimescaleTerm] { readings.map(\.term) }

    /// The readings that apply on a route raised by `raisers` (a reading labelled for another
    /// route, "10 working days (CP)" on an IRO route, is left out).
    public func readings(for raisers: [Raiser]) -> [TimescaleReading] {
        let kept = readings.filter { $0.applies(to: raisers) }
        return kept.isEmpty ? readings : kept
    }

    /// Whether two readings share a part: the policy gives two readings of one time.
    public func hasAlternatives(_ reading: TimescaleReading) -> Bool {
        readings.filter { $0.part == reading.part }.count > 1
    }

    /// What a practitioner should read into the wording, shown beside it: each unit's meaning,
    /// then what the kind, condition, label or second reading changes.
    public var explanation: String { explanation(for: nil) }

    /// The explanation on a route raised by `raisers` (nil: every route).
    public func explanation(for raisers: [Raiser]?) -> String {
        let shown = raisers.map { readings(for: $0) } ?? readings
        var notes: [String] = []
        var seen: Set<String> = []
        func add(_ n: String) { if seen.insert(n).inserted { notes.append(n) } }
        for r in shown { add(r.term.meaning) }
        for r in shown {
            if r.kind == .maximum { add("“\(r.words)” is a maximum (the latest), not a fixed date") }
            if let c = r.condition { add("“\(r.words)” applies only on the policy's condition: “\(c)”") }
            if let a = r.anchor { add("“\(r.words)” is counted from what the policy names: “\(a)”") }
            if let s = r.scope { add("“\(r.words)” is labelled “\(s)” by the policy") }
        }
        var byPart: [Int: [String]] = [:]
        for r in readings { byPart[r.part, default: []].append("“\(r.words)”") }
        var parts: Set<Int> = []
        for r in shown where (byPart[r.part]?.count ?? 0) > 1 && parts.insert(r.part).inserted {
            let alts = byPart[r.part] ?? []
            add("the policy gives two readings, \(alts.joined(separator: " and ")), and does not say which applies when they differ")
        }
        if !unread.isEmpty {
            add("could not be read as a time: " + unread.map { "“\($0)”" }.joined(separator: ", ") + "; follow the policy's words")
        }
        return notes.joined(separator: "; ")
    }
}
