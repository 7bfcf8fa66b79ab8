/// A stage's response timescale: the policy's own words, and the terms read from them.
/// The words are what the site and the wording show; the terms drive due dates and lint.
public struct Timescale: Sendable, Equatable, Hashable {
    /// Exactly as the policy words it, e.g. "5 days" or "At any time".
    public var wording: String
    /// The terms found in the wording, in order (at least one).
    public var terms: [TimescaleTerm]

    /// Creates a timescale.
    public init(wording: String, terms: [TimescaleTerm]) {
        self.wording = wording
        self.terms = terms
    }

    /// Reads the terms in `wording`; nil when it has no unit the model knows (a bare "5").
    public init?(parsing wording: String) {
        let terms = Timescale.terms(in: wording)
        guard !terms.isEmpty else { return nil }
        self.init(wording: wording, terms: terms)
    }

    /// Finds "N working days", "N days", "N hours", "agreed" and "at any time", in order.
    static func terms(in wording: String) -> [TimescaleTerm] {
        let lower = wording.lowercased()
        let words = lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        var terms: [TimescaleTerm] = []
        var i = 0
        while i < words.count {
            if let n = Int(words[i]), i + 1 < words.count {
                let next = words[i + 1]
                if next == "working", i + 2 < words.count, words[i + 2].hasPrefix("day") {
                    terms.append(.workingDays(n)); i += 3; continue
                } else if next == "day" || next == "days" {
                    terms.append(.days(n)); i += 2; continue
                } else if next == "hour" || next == "hours" {
                    terms.append(.hours(n)); i += 2; continue
                }
            }
            if words[i] == "agreed" { terms.append(.agreed) }
            if words[i] == "any", i + 1 < words.count, words[i + 1] == "time", i > 0, words[i - 1] == "at" {
                terms.append(.anyTime)
            }
            i += 1
        }
        return terms
    }

    /// What a practitioner should read into the unit, shown beside the wording.
    public var explanation: String {
        var notes: [String] = []
        for term in terms {
            switch term {
            case .workingDays: notes.append("working days exclude weekends and bank holidays")
            case .days: notes.append("the policy says “days” and does not state working days")
            case .hours: notes.append("hours run continuously, including nights and weekends")
            case .agreed: notes.append("no fixed timescale: it is agreed case by case")
            case .anyTime: notes.append("may happen at any point in the process")
            }
        }
        var unique: [String] = []
        for n in notes where !unique.contains(n) { unique.append(n) }
        return unique.joined(separator: "; ")
    }
}
