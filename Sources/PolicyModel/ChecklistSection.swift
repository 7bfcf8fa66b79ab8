/// A headed group of checklist items (often one authority's list).
public struct ChecklistSection: Sendable, Equatable {
    /// The heading; nil for items before any heading.
    public var title: String?
    /// Items in order.
    public var items: [ChecklistItem]

    /// Creates a section.
    public init(title: String?, items: [ChecklistItem]) {
        self.title = title
        self.items = items
    }
}
