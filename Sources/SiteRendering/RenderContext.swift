import ContentLoading
import Escalation
import Markdown
import PolicyModel

/// What every page builder reads: the model, the lint, the route wordings. Immutable, so
/// pages can be rendered on any thread.
public struct RenderContext: Sendable {
    /// The loaded content.
    public let model: ContentModel
    /// Composes each route's wording for the picker and the criterion pages (with the
    /// composer `escalate` uses), sharing its renderings across every route.
    let wordings: RouteWordingComposer
    /// The policies' texts when they were moved out of the model to be released page by
    /// page (a build); nil when the model still holds them.
    let texts: PolicyTexts?
    /// The glossary arranged for marking terms, shared by every page.
    let glossaryIndex: GlossaryIndex
    /// The page frame's parts that depend only on a page's place, shared by every page.
    let pageFrames = PageFrames()
    /// Every route by who raises it, in model order (for related routes), built once.
    let routesByRaiser: [Raiser: [Route]]
    /// The checklist items citing each policy, as keyword documents (for its own A to Z),
    /// built once: looked for per policy, they were every checklist's items read again.
    let citingItems: [String: [SearchDocument]]
    /// Each route's stage count and total, worked out once for every page that shows them.
    let routeFacts = RouteFacts()

    /// Creates a context for `model`, composing wording with `composer` (the loader's, which
    /// parsed `model.wordingTemplate`).
    public init(model: ContentModel, texts: PolicyTexts? = nil, composer: WordingComposer) {
        self.model = model
        self.texts = texts
        self.wordings = RouteWordingComposer(composer: composer)
        self.glossaryIndex = GlossaryIndex(terms: model.glossary)
        var byRaiser: [Raiser: [Route]] = [:]
        for policy in model.policies { for r in policy.routes { for raiser in r.raisedBy { byRaiser[raiser, default: []].append(r) } } }
        self.routesByRaiser = byRaiser
        self.citingItems = KeywordIndex.citingItems(model.checklists)
    }

    /// Creates a context for a model that did not come with the loader's composer (tests,
    /// tools): parses `model.wordingTemplate`; throws if it is not valid Mustache.
    public init(model: ContentModel, texts: PolicyTexts? = nil) throws {
        self.init(model: model, texts: texts, composer: try WordingComposer(template: model.wordingTemplate))
    }

    var lint: PolicyLint { PolicyLint(model: model) }

    /// The parsed full text of `policy`, from `texts` (handed over once) or the model; an
    /// empty document if neither holds it.
    func text(of policy: Policy) -> MarkdownNode {
        texts?.take(policy.id) ?? model.texts[policy.id] ?? MarkdownNode(kind: .document, position: SourcePosition(line: 1, column: 1))
    }

    func layout(_ path: String) -> PageLayout { PageLayout(settings: model.settings, path: path, frames: pageFrames) }

    func marker(for path: String) -> GlossaryMarker {
        GlossaryMarker(index: glossaryIndex, glossaryHref: SitePath.relative(from: path, to: SitePath.glossary))
    }

    /// A renderer for content written in `contentPath`, placed on the page at `pagePath`.
    func markdown(pagePath: String, contentPath: String, anchors: [String], headingShift: Int) -> MarkdownHTMLRenderer {
        let model = self.model
        return MarkdownHTMLRenderer(anchors: anchors, headingShift: headingShift, marker: marker(for: pagePath)) { destination in
            switch LinkResolver.resolve(destination, fromFile: contentPath) {
            case .external(let url): return url
            case .samePage(let anchor): return "#" + anchor
            case .policy(let id, let anchor):
                guard model.policy(id) != nil else { return nil }
                return SitePath.relative(from: pagePath, to: SitePath.policy(id)) + (anchor.map { "#" + $0 } ?? "")
            case .checklist(let id, _):
                return SitePath.relative(from: pagePath, to: SitePath.checklist(id))
            case .unsafe, .broken: return nil
            }
        }
    }

    /// "London Borough of Bexley, Escalation policy … (Updated November 2018)".
    func citation(_ policy: Policy) -> String {
        "\(policy.authority), \(policy.title)" + (policy.version.map { " (\($0))" } ?? "")
    }
}
