import Markdown

/// Everything loaded from `content/`: the one value the site, the CLI and the export share,
/// so they can never disagree.
public struct ContentModel: Sendable, Equatable {
    /// site.yml.
    public var settings: SiteSettings
    /// Policies, ordered by id.
    public var policies: [Policy] { didSet { (policyIndex, routeIndex) = Self.index(policies) } }
    /// Each policy's full text, parsed, by policy id: the text of each policy read from its
    /// file (none for a policy the loader was handed already loaded).
    public var texts: [String: MarkdownNode]
    /// Checklists, ordered by `order` then id.
    public var checklists: [Checklist]
    /// Glossary, ordered by term.
    public var glossary: [GlossaryTerm]
    /// The escalation wording template (Mustache source).
    public var wordingTemplate: String
    /// Where the template came from.
    public var wordingTemplateFile: String

    /// Creates a model.
    public init(settings: SiteSettings, policies: [Policy], texts: [String: MarkdownNode] = [:], checklists: [Checklist], glossary: [GlossaryTerm],
                wordingTemplate: String, wordingTemplateFile: String) {
        self.settings = settings
        self.policies = policies
        self.texts = texts
        (policyIndex, routeIndex) = Self.index(policies)
        self.checklists = checklists
        self.glossary = glossary
        self.wordingTemplate = wordingTemplate
        self.wordingTemplateFile = wordingTemplateFile
    }

    // Lookups by id are dictionary hits: link checking and rendering ask once per link, and
    // a linear search would make a 10,000-policy library quadratic.
    private var policyIndex: [String: Int]
    private var routeIndex: [String: (Int, Int)]

    private static func index(_ policies: [Policy]) -> ([String: Int], [String: (Int, Int)]) {
        var byID: [String: Int] = [:]
        var routes: [String: (Int, Int)] = [:]
        for (i, p) in policies.enumerated() {
            byID[p.id] = i
            for (j, r) in p.routes.enumerated() { routes[r.qualifiedID] = (i, j) }
        }
        return (byID, routes)
    }

    public static func == (a: ContentModel, b: ContentModel) -> Bool {
        a.settings == b.settings && a.policies == b.policies && a.texts == b.texts && a.checklists == b.checklists &&
            a.glossary == b.glossary && a.wordingTemplate == b.wordingTemplate && a.wordingTemplateFile == b.wordingTemplateFile
    }

    /// Every route of every policy, in policy then declaration order.
    public var routes: [Route] { policies.flatMap(\.routes) }

    /// The route named "policy/route", if any.
    public func route(_ qualifiedID: String) -> Route? {
        routeIndex[qualifiedID].map { policies[$0.0].routes[$0.1] }
    }

    /// The policy with this id, if any.
    public func policy(_ id: String) -> Policy? {
        policyIndex[id].map { policies[$0] }
    }
}
