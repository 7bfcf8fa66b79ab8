import ContentLoading
import Escalation
import Foundation
import PolicyModel

/// Model → every page of the site. Rendering is pure, so the page jobs run on all cores
/// (`Parallel.map`, one job at a time); the result is sorted by path so output order never
/// depends on scheduling.
public struct SiteRenderer: Sendable {
    let context: RenderContext

    /// Creates a renderer composing wording with `composer`, the loader's (`LoadResult`). With
    /// `texts` (moved out of the model by the caller), each policy's text is released once its
    /// page is rendered, so a render can run only once.
    public init(model: ContentModel, texts: PolicyTexts? = nil, composer: WordingComposer) {
        context = RenderContext(model: model, texts: texts, composer: composer)
    }

    /// Creates a renderer for a model that did not come with the loader's composer (tests,
    /// tools): parses `model.wordingTemplate`; throws if it is not valid Mustache.
    public init(model: ContentModel, texts: PolicyTexts? = nil) throws {
        context = try RenderContext(model: model, texts: texts)
    }

    /// Every page and the stylesheet, sorted by path.
    public func render() throws -> [Page] {
        let collected = PageCollector()
        try render { collected.add($0) }
        return collected.pages.sorted { $0.path < $1.path }
    }

    /// Renders every page on all cores, handing each to `sink` as soon as it is ready (from
    /// any thread), so a large site is never held in memory whole. Returns the page count.
    ///
    /// Renders the pages of `policies` (all of the model's if nil) and, if `sitePages`, the
    /// whole-site pages: a rebuild renders only what it does not keep from the last build.
    @discardableResult
    public func render(policies: [Policy]? = nil, sitePages: Bool = true,
                       into sink: @escaping @Sendable (Page) throws -> Void) throws -> Int {
        let context = self.context
        // The site's A to Z gathers each policy's keyword documents as its own A to Z is made.
        let keywords = sitePages ? SiteKeywords(policyCount: context.model.policies.count, checklistCount: context.model.checklists.count) : nil
        let places = Dictionary(context.model.policies.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var jobs: [@Sendable () throws -> [Page]] = []
        for policy in policies ?? context.model.policies {
            let place = places[policy.id]
            jobs.append {
                let documents = KeywordIndex.documents(of: policy)
                if let keywords, let place { keywords.post(policyAt: place, documents) }
                return [PolicyPage(context: context, policy: policy).render(), AuthorityIndexPage(context: context, policy: policy, documents: documents).render()]
            }
            for route in policy.routes {
                jobs.append {
                    // The route's wording at each stage serves the picker and every criterion page.
                    let raisers = RouteWordingComposer.raisers(of: route)
                    let wordings = try raisers.map {
                        try PickerWording.stages(of: route, policy: policy, raiser: $0, composer: context.wordings)
                    }
                    let figures = RouteFigures(route)
                    return try [RoutePage(context: context, policy: policy, route: route, raisers: raisers, wordings: wordings, figures: figures).render(),
                                HandoutPage(context: context, policy: policy, route: route, figures: figures).render()]
                        + route.criteria.enumerated().map { i, c in
                            try CriterionPage(context: context, policy: policy, route: route, criterion: c, index: i, raisers: raisers, wordings: wordings).render()
                        }
                        + route.criteria.compactMap { MovedPage(context: context, policy: policy, route: route, criterion: $0).render() }
                }
            }
        }
        if sitePages {
            let sitePages: [@Sendable () throws -> [Page]] = [
                { [ChangesPage(context: context).render(), ChangesFeed(context: context).render(),
                   Page(path: SitePath.printScript, contents: PrintHelp.script)] },
                { [ComparePage(context: context).render()] },
                { [HomePage(context: context).render()] },
                { [GlossaryPage(context: context).render()] },
                { ChecklistPages(context: context).render() },
                { [Page(path: SitePath.pickerScript, contents: PickerScript.source)] },
                { [Page(path: SitePath.stylesheet, contents: Stylesheet.css(
                    criteria: context.model.routes.map(\.criteria.count).max() ?? 0,
                    stages: context.model.routes.map(\.stages.count).max() ?? 0,
                    raisers: context.model.routes.map { RouteWordingComposer.raisers(of: $0).count }.max() ?? 1,
                    settings: context.model.settings))] },
            ]
            // The whole-site pages (the largest first; the A to Z comes after every job) start when four fifths of the policies'
            // jobs have been taken: built last they would leave a tail with one core idle, and
            // built first they would raise peak memory while the policies' texts are all still
            // held. Jobs are taken in order, so they overlap the last fifth of the policies,
            // whose pages need the other core.
            jobs.insert(contentsOf: sitePages, at: jobs.count * 4 / 5)
            // The routes export (110 MB of text at 10,000 policies) at three fifths, so that it
            // is not held at the same time as the A to Z's index: measured at 10,000 policies,
            // both the peak memory and the time are lowest there.
            jobs.insert({ [Page(path: SitePath.routesData, contents: RoutesExport(model: context.model).bytes())] }, at: jobs.count * 3 / 5)
        }
        let results = Parallel.map(jobs, oneByOne: true) { job in
            Result<Int, Error> {
                let pages = try job()
                for page in pages { try sink(page) }
                return pages.count
            }
        }
        var count = 0
        for r in results { count += try r.get() }
        if let keywords {
            // The A to Z once every policy has posted its words: its letter pages on every core.
            let az = AZPage(context: context, index: keywords.index(model: context.model))
            for r in Parallel.map(az.jobs(), oneByOne: true, { job in Result<Int, Error> { let pages = job(); for p in pages { try sink(p) }; return pages.count } }) {
                count += try r.get()
            }
        }
        return count
    }
}
