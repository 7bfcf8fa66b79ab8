/// Everything loaded from `content/`: the one value the site, the CLI and the export share,
/// so they can never disagree.
public struct ContentModel: Sendable, Equatable {
    /// site.yml.
    public var settings: SiteSettings
    /// Policies, ordered by id.
    public var policies: [Policy]
    /// Checklists, ordered by `order` then id.
    public var checklists: [Checklist]
    /// Glossary, ordered by term.
    public var glossary: [GlossaryTerm]
    /// The escalation wording template (Mustache source).
    public var wordingTemplate: String
    /// Where the template came from.
    public var wordingTemplateFile: String

    /// Creates a model.
    public init(settings: SiteSettings, policies: [Policy], checklists: [Checklist], glossary: [GlossaryTerm],
                wordingTemplate: String, wordingTemplateFile: String) {
        self.settings = settings
        self.policies = policies
        self.checklists = checklists
        self.glossary = glossary
        self.wordingTemplate = wordingTemplate
        self.wordingTemplateFile = wordingTemplateFile
    }

    /// Every route of every policy, in policy then declaration order.
    public var routes: [Route] { policies.flatMap(\.routes) }

    /// The route named "policy/route", if any.
    public func route(_ qualifiedID: String) -> Route? {
        routes.first { $0.qualifiedID == qualifiedID }
    }

    /// The policy with this id, if any.
    public func policy(_ id: String) -> Policy? {
        policies.first { $0.id == id }
    }
}
