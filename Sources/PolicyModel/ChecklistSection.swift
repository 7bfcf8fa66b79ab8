import Markdown

/// A headed group of checklist items (often one authority's list).
public struct ChecklistSection: Sendable, Equatable {
    /// The heading; nil for items before any heading.
    public var title: String?
    /// Items in order.
    public var items: [ChecklistItem]
    /// Paragraphs written before the items (a quoted lead-in, a note on how to read them).
    public var notes: [MarkdownNode]

    /// Creates a section.
    public init(title: String?, items: [ChecklistItem], notes: [MarkdownNode] = []) {
        self.title = title
        self.items = items
        self.notes = notes
    }
}
