import Markdown

/// One thing to tick on paper.
public struct ChecklistItem: Sendable, Equatable {
    /// The item's inline Markdown (without its source link), for rendering.
    public var content: [MarkdownNode]
    /// The item's text, for the A–Z index and tests.
    public var text: String
    /// Where it comes from; nil is a lint warning.
    public var source: SourceRef?
    /// Where it is written.
    public var location: SourceLocation

    /// Creates an item.
    public init(content: [MarkdownNode], text: String, source: SourceRef?, location: SourceLocation) {
        self.content = content
        self.text = text
        self.source = source
        self.location = location
    }
}
