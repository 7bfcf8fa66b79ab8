/// One way a timescale cell can be read: a term with its kind, the policy's own condition,
/// anchor and route label, and the exact words it was read from. A cell has one reading per
/// part ("5 working days (LAC); 10 working days (CP)" has two), and two readings that share a
/// `part` are alternatives the policy gives for the same time ("48 hours (two working days)").
public struct TimescaleReading: Sendable, Equatable, Hashable {
    /// The time, in the policy's unit.
    public var term: TimescaleTerm
    /// Deadline or maximum.
    public var kind: TimescaleKind
    /// The words of the cell this reading comes from, exactly as written ("48 hours", "two working days").
    public var words: String
    /// The policy's condition, as worded ("if the issue relates to child protection"); nil when unconditional.
    public var condition: String?
    /// What the time counts from, as worded ("of step 1", "of receipt"); nil when the policy does not say.
    public var anchor: String?
    /// The route or raiser label the policy attaches ("LAC", "CP"); nil when it applies to every route.
    public var scope: String?
    /// Which part of the cell this is, from 0; alternatives share a part.
    public var part: Int
    /// The whole clause of the cell the reading is in, as written ("If the issue relates to child
    /// protection then this should be determined within 24 hours"); `words` when not given.
    public var clause: String

    /// Creates a reading.
    public init(term: TimescaleTerm, kind: TimescaleKind = .deadline, words: String, condition: String? = nil,
                anchor: String? = nil, scope: String? = nil, part: Int = 0, clause: String? = nil) {
        self.term = term
        self.kind = kind
        self.words = words
        self.condition = condition
        self.anchor = anchor
        self.scope = scope
        self.part = part
        self.clause = clause ?? words
    }

    /// Words that only frame a time ("within", "no longer than", "response expected"): a clause
    /// made of these, the time, its anchor, condition and label says nothing more.
    static let framingWords: Set<String> = ["within", "in", "by", "no", "longer", "than", "a", "an", "maximum", "of", "up", "to",
                                            "at", "most", "more", "not", "exceeding", "the", "latest", "response", "responses",
                                            "respond", "expected", "required", "due", "and", "timescale", "is", "be"]

    /// Whether the clause says more than the time (its own verb or subject, "this should be
    /// determined"): then a due date quotes the clause rather than calling it a response. The
    /// other readings of the same clause (a second reading, "(two working days)") are not "more".
    public func clauseSaysMore(besides others: [TimescaleReading] = []) -> Bool {
        func words(_ s: String?) -> [String] { (s ?? "").lowercasedWords }
        let known = Set(([self] + others).flatMap { words($0.words) + words($0.anchor) + words($0.condition) + words($0.scope) })
        return words(clause).contains { !known.contains($0) && !Self.framingWords.contains($0) }
    }

    /// The raisers the policy's label names ("LAC" → IRO, "CP" → CP Chair); empty when the
    /// label names none the model knows (or there is no label), so the reading is kept on
    /// every route and shown with its label.
    public var scopeRaisers: [Raiser] {
        guard let scope else { return [] }
        let words = scope.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        var out: [Raiser] = []
        let lookedAfter = words.contains("lac") || words.contains("cla") || words.contains("iro") || words.contains("iros")
            || (words.contains("looked") && words.contains("after"))
        let cp = words.contains("cp") || words.contains("cpcc") || words.contains("protection") || words.contains("chair") || words.contains("chairs")
        if cp { out.append(.cpChair) }
        if lookedAfter { out.append(.iro) }
        return out
    }

    /// Whether the reading applies on a route raised by `raisers`: an unlabelled reading, or one
    /// whose label the model cannot map, applies everywhere (and is shown with its label).
    public func applies(to raisers: [Raiser]) -> Bool {
        let named = scopeRaisers
        return named.isEmpty || named.contains(where: raisers.contains)
    }
}
