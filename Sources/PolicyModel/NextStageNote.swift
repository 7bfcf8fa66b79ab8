/// The policy's own words on moving from a stage to the next (managers may ask for further
/// time; informal → Level 1 only after agreement with the line manager). Wherever a route
/// says what happens next, these words go with it, so a move is never claimed without the
/// policy's condition.
public struct NextStageNote: Sendable, Equatable, Hashable {
    /// The stage id the words apply after; nil for every stage.
    public var after: String?
    /// The policy's words, quoted exactly.
    public var quote: String

    /// Creates a note.
    public init(after: String?, quote: String) {
        self.after = after
        self.quote = quote
    }
}
