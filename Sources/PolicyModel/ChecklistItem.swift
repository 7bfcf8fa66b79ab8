import Markdown

/// One line of a checklist: a check to tick on paper (`- [ ]`), or guidance printed as a note
/// without a box (a plain `- ` item).
public struct ChecklistItem: Sendable, Equatable {
    /// The item's inline Markdown (without its source link), for rendering.
    public var content: [MarkdownNode]
    /// The item's text, for the A–Z index and tests.
    public var text: String
    /// Where it comes from; nil is a lint warning.
    public var source: SourceRef?
    /// Where it is written.
    public var location: SourceLocation
    /// True for a check (a task-list item, printed with a box); false for guidance that is
    /// not a task (a plain list item, printed as a note).
    public var isCheck: Bool
    /// Paragraphs written under the item (an editor's note on how to read it), printed small
    /// beneath it; not part of the quoted text.
    public var notes: [MarkdownNode]

    /// Creates an item.
    public init(content: [MarkdownNode], text: String, source: SourceRef?, location: SourceLocation, isCheck: Bool = true, notes: [MarkdownNode] = []) {
        self.content = content
        self.text = text
        self.source = source
        self.location = location
        self.isCheck = isCheck
        self.notes = notes
    }
}
