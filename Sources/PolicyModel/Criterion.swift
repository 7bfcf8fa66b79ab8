/// A reason for raising an escalation, in the policy's own words.
public struct Criterion: Sendable, Equatable, Hashable {
    /// Stable id, unique within its route: the slugged title.
    public var id: String
    /// The policy's title for it.
    public var title: String {
        didSet { label = Self.label(title) }
    }
    /// The title as a label (`Criterion.label(_:)`), worked out once: a criterion's label is
    /// shown on its route page, its picker, its page, the handout, the search and the export.
    public private(set) var label: String
    /// The policy's description, paragraphs separated by a blank line; empty if it has none.
    public var description: String
    /// The heading the policy groups it under, if any ("1. General issue").
    public var group: String?
    /// Who may raise it: a "(LAC only)" criterion on a shared route narrows this to the IRO.
    public var appliesTo: [Raiser]
    /// Where it was read.
    public var location: SourceLocation

    /// Creates a criterion.
    public init(id: String, title: String, description: String, group: String?, appliesTo: [Raiser], location: SourceLocation) {
        self.id = id
        self.title = title
        self.label = Self.label(title)
        self.description = description
        self.group = group
        self.appliesTo = appliesTo
        self.location = location
    }
}
