/// Composed escalation wording: the plain text to copy, and the facts it was built from
/// (for `--format json` and `--format markdown`).
public struct EscalationWording: Sendable, Equatable, Codable {
    /// "bexley/lac".
    public var route: String
    /// Authority.
    public var authority: String
    /// Policy title.
    public var policy: String
    /// Stage name, if any.
    public var stage: String?
    /// Responsible officer at the stage.
    public var officer: String?
    /// Timescale exactly as the policy words it.
    public var timescale: String?
    /// Due-date sentences, when a raised date was given.
    public var due: [String]
    /// Each reading of the timescale worked out (words, reading, kind, condition, label, date);
    /// empty without a raised date.
    public var dueDates: [DueDateReading]
    /// What happens if it is not resolved.
    public var ifUnresolved: String
    /// Chosen criterion ids.
    public var criteria: [String]
    /// The wording to copy.
    public var text: String
    /// The stage's kind (`formal`, `informal`, `action`, `decision`), if a stage was chosen.
    public var stageKind: String?
    /// Who raises it (`iro`, `cp-chair`, `multi-agency`), when known.
    public var raiser: String?
    /// The date raised, ISO 8601 (`2026-12-24`, or `2026-12-24T14:30` with a time), when given;
    /// each entry of `dueDates` has its ISO date (`due`) beside its sentence (`statement`).
    public var raised: String? = nil
}
