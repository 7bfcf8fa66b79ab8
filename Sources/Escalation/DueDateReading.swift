/// One reading of a stage's timescale worked out for a raised date: the policy's words, what
/// they were read as, the date (if the reading sets one) and the sentence that says it. Part
/// of `escalate --format json` as `dueDates`.
public struct DueDateReading: Sendable, Equatable, Codable {
    /// The words of the timescale this reading comes from, as the policy writes them.
    public var words: String
    /// What they were read as: "working days", "days", "hours", "same day", "qualitative", ….
    public var reading: String
    /// The stated number, if any.
    public var amount: Int?
    /// "deadline" or "maximum" (the latest, not a fixed date).
    public var kind: String
    /// The policy's condition, as worded, if the reading has one.
    public var condition: String?
    /// What the policy counts from, as worded ("of step 1"), if stated.
    public var anchor: String?
    /// The policy's route label ("LAC"), if any.
    public var scope: String?
    /// The due day (YYYY-MM-DD), when the reading sets one.
    public var due: String?
    /// The due time (HH:MM), for hours given with a raised time.
    public var dueTime: String?
    /// A second due day for the same words, when the policy leaves the unit open ("days":
    /// `due` is the calendar reading, this the working-day one).
    public var workingDayReading: String?
    /// The sentence shown to the practitioner.
    public var statement: String
}
