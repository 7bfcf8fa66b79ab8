/// Whether a reading sets the time by which a response is due or only the longest it may take.
public enum TimescaleKind: String, Sendable, Equatable, Hashable {
    /// "5 working days", "within 24 hours": a response is due by then.
    case deadline
    /// "No longer than 7 working days", "a maximum of", "up to": the latest point; the policy
    /// leaves a shorter time open (often set case by case).
    case maximum
}
