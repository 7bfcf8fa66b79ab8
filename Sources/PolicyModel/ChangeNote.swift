/// A "what changed" note declared by the content, like a procedures manual's amendment list.
public struct ChangeNote: Sendable, Equatable, Hashable {
    /// When the change was made.
    public var date: PolicyDate
    /// What changed, in the editor's words.
    public var note: String

    /// Creates a note.
    public init(date: PolicyDate, note: String) {
        self.date = date
        self.note = note
    }
}
