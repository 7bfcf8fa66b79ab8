import Foundation
import PolicyModel

/// Model → every page of the site. Rendering is pure, so the page jobs run on all cores;
/// the result is sorted by path so output order never depends on scheduling.
public struct SiteRenderer: Sendable {
    let context: RenderContext

    /// Creates a renderer; throws if the wording template is invalid.
    public init(model: ContentModel) throws {
        context = try RenderContext(model: model)
    }

    /// Every page and the stylesheet, sorted by path.
    public func render() throws -> [Page] {
        let collected = PageCollector()
        try render { collected.add($0) }
        return collected.pages.sorted { $0.path < $1.path }
    }

    /// Renders every page on all cores, handing each to `sink` as soon as it is ready (from
    /// any thread), so a large site is never held in memory whole. Returns the page count.
    @discardableResult
    public func render(skippingPolicies skipped: Set<String> = [], into sink: @escaping @Sendable (Page) throws -> Void) throws -> Int {
        let context = self.context
        var jobs: [@Sendable () throws -> [Page]] = [
            { [HomePage(context: context).render()] },
            { [Page(path: SitePath.stylesheet, contents: Stylesheet.css(
                criteria: context.model.routes.map(\.criteria.count).max() ?? 0,
                stages: context.model.routes.map(\.stages.count).max() ?? 0))] },
            { ChecklistPages(context: context).render() },
            { [GlossaryPage(context: context).render()] },
            { [ComparePage(context: context).render()] },
            { [AZPage(context: context).render()] },
            { [ChangesPage(context: context).render()] },
        ]
        // A skipped policy's pages were carried over unchanged from the last build.
        for policy in context.model.policies where !skipped.contains(policy.id) {
            jobs.append { [PolicyPage(context: context, policy: policy).render()] }
            for route in policy.routes {
                jobs.append {
                    // One composition per stage serves the picker and every criterion page.
                    let stages: [Stage?] = route.stages.isEmpty ? [nil] : route.stages.map { $0 }
                    let wordings = try stages.map { try PickerWording(context: context, policy: policy, route: route, stage: $0) }
                    return try [RoutePage(context: context, policy: policy, route: route, wordings: wordings).render()]
                        + route.criteria.enumerated().map { i, c in
                            try CriterionPage(context: context, policy: policy, route: route, criterion: c, index: i, wordings: wordings).render()
                        }
                }
            }
        }
        let work = jobs
        let results = ResultSlots(count: work.count)
        DispatchQueue.concurrentPerform(iterations: work.count) { i in
            results.set(i, Result {
                let pages = try work[i]()
                for page in pages { try sink(page) }
                return pages.count
            })
        }
        var count = 0
        for r in results.all() { count += try r.get() }
        return count
    }
}

