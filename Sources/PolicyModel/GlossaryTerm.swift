/// A term or abbreviation, defined once for the whole site.
public struct GlossaryTerm: Sendable, Equatable, Hashable {
    /// The term as written in text ("IRO").
    public var term: String
    /// Its expansion, for abbreviations ("Independent Reviewing Officer").
    public var expansion: String?
    /// What it means.
    public var definition: String
    /// Other spellings recognised in text ("Cafcass").
    public var aliases: [String]
    /// Where it is defined.
    public var location: SourceLocation

    /// Creates a term.
    public init(term: String, expansion: String?, definition: String, aliases: [String], location: SourceLocation) {
        self.term = term
        self.expansion = expansion
        self.definition = definition
        self.aliases = aliases
        self.location = location
    }

    /// Its anchor on the glossary page.
    public var anchor: String { "term-" + Slug.make(term) }
}
