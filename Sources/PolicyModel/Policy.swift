/// One source document of one authority or partnership: its provenance, its routes, and what
/// its text offers to links (headings and their anchors) and links to. The parsed full text
/// itself is kept apart (`ContentModel.texts`): it is many times the size of the rest, and
/// only the policy's own page reads it.
public struct Policy: Sendable, Equatable {
    /// Id: the folder name under `content/policies/`.
    public var id: String
    /// The authority or partnership that issued it.
    public var authority: String
    /// Its title.
    public var title: String
    /// Where it came from.
    public var source: String
    /// Its version, as the source words it.
    public var version: String?
    /// When it was added to the manual, if stated.
    public var added: PolicyDate?
    /// When it was last updated, if stated.
    public var updated: PolicyDate?
    /// When it is due for review, if stated.
    public var reviewDue: PolicyDate?
    /// "What changed" notes, newest first.
    public var changes: [ChangeNote]
    /// Its escalation routes.
    public var routes: [Route]
    /// The links in its text (links and images), in document order.
    public var links: [LinkReference]
    /// The headings of the text with their anchors, in order.
    public var headings: [Heading]
    /// The content file, for diagnostics and links.
    public var file: String
    /// Where the policy itself is published (front matter `url`, an http or https address),
    /// linked from its page; nil when the content names none.
    public var url: String?

    /// Creates a policy.
    public init(id: String, authority: String, title: String, source: String, version: String?, added: PolicyDate?,
                updated: PolicyDate?, reviewDue: PolicyDate?, changes: [ChangeNote], routes: [Route],
                links: [LinkReference], headings: [Heading], file: String, url: String? = nil) {
        self.url = url
        self.id = id
        self.authority = authority
        self.title = title
        self.source = source
        self.version = version
        self.added = added
        self.updated = updated
        self.reviewDue = reviewDue
        self.changes = changes
        self.routes = routes
        self.links = links
        self.headings = headings
        self.file = file
    }

    /// The most recent date the policy states (updated, else added).
    public var lastChanged: PolicyDate? { updated ?? added }
}
