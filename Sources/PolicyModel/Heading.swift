/// A heading of a policy's text, with the anchor the site gives it.
public struct Heading: Sendable, Equatable, Hashable {
    /// 1–6.
    public var level: Int
    /// Its plain text.
    public var text: String
    /// The `id` it gets on the page (unique within the page).
    public var anchor: String
    /// Where it is.
    public var location: SourceLocation

    /// Creates a heading.
    public init(level: Int, text: String, anchor: String, location: SourceLocation) {
        self.level = level
        self.text = text
        self.anchor = anchor
        self.location = location
    }
}
