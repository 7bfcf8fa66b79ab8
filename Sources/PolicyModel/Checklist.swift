/// Items a practitioner ticks on paper, each citing its source.
public struct Checklist: Sendable, Equatable {
    /// Id: the file name without `.md`.
    public var id: String
    /// Title.
    public var title: String
    /// Who it is for.
    public var audience: String?
    /// One sentence on what it is for.
    public var summary: String?
    /// Position in the checklists list.
    public var order: Int
    /// Its sections.
    public var sections: [ChecklistSection]
    /// The content file.
    public var file: String

    /// Creates a checklist.
    public init(id: String, title: String, audience: String?, summary: String?, order: Int, sections: [ChecklistSection], file: String) {
        self.id = id
        self.title = title
        self.audience = audience
        self.summary = summary
        self.order = order
        self.sections = sections
        self.file = file
    }

    /// Every item, in order.
    public var items: [ChecklistItem] { sections.flatMap(\.items) }
}
