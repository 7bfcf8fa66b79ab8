import Foundation
#if canImport(Glibc)
import Glibc
#endif
import PolicyModel

/// Model → every page of the site. Rendering is pure, so the page jobs run on all cores;
/// the result is sorted by path so output order never depends on scheduling.
public struct SiteRenderer: Sendable {
    let context: RenderContext

    /// Creates a renderer; throws if the wording template is invalid. With `texts` (moved
    /// out of the model by the caller), each policy's text is released once its page is
    /// rendered, so a render can run only once.
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
    /// A rebuild skips the pages of unchanged policies (`skippingPolicies`) and, when no
    /// policy's summary changed, the whole-site pages (`skippingSitePages`).
    @discardableResult
    public func render(skippingPolicies skipped: Set<String> = [], skippingSitePages: Bool = false,
                       into sink: @escaping @Sendable (Page) throws -> Void) throws -> Int {
        let context = self.context
        // Policies first, whole-site pages last: by the time the largest pages (the A–Z
        // and comparison of every policy) are built, the policies' texts have been released.
        var jobs: [@Sendable () throws -> [Page]] = []
        // A skipped policy's pages were carried over unchanged from the last build.
        for policy in context.model.policies where !skipped.contains(policy.id) {
            jobs.append { [PolicyPage(context: context, policy: policy).render()] }
            for route in policy.routes {
                jobs.append {
                    // The route's wording at each stage serves the picker and every criterion page.
                    let wordings = try RouteWordings.make(context: context, policy: policy, route: route)
                    return try [RoutePage(context: context, policy: policy, route: route, wordings: wordings).render()]
                        + route.criteria.enumerated().map { i, c in
                            try CriterionPage(context: context, policy: policy, route: route, criterion: c, index: i, wordings: wordings).render()
                        }
                }
            }
        }
        let policyJobs = jobs.count
        if !skippingSitePages { jobs += [
            { [HomePage(context: context).render()] },
            { [Page(path: SitePath.stylesheet, contents: Stylesheet.css(
                criteria: context.model.routes.map(\.criteria.count).max() ?? 0,
                stages: context.model.routes.map(\.stages.count).max() ?? 0))] },
            { ChecklistPages(context: context).render() },
            { [GlossaryPage(context: context).render()] },
            { [ComparePage(context: context).render()] },
            { [ChangesPage(context: context).render()] },
            // Last: the largest page, built beside the others (see below).
            { [AZPage(context: context).render()] },
        ] }
        let work = jobs
        let results = ResultSlots(count: work.count)
        @Sendable func run(_ i: Int) {
            results.set(i, Result {
                let pages = try work[i]()
                for page in pages { try sink(page) }
                return pages.count
            })
        }
        DispatchQueue.concurrentPerform(iterations: policyJobs) { run($0) }
        if context.texts != nil && policyJobs >= 1000 {
            // The released texts were many small blocks; the whole-site pages are a few very
            // large ones (tens of MB at 10,000 policies), which the allocator takes from fresh
            // memory. Hand the freed memory back first, and build the A–Z (the largest, and
            // alone the longest step on one core) beside the others one at a time, or peak
            // memory is the texts plus all of them at once. (A rebuild that rendered few
            // policies holds few texts, and builds these pages on all cores.)
            _ = releaseFreeMemory(0)
            let largest = work.count - 1
            DispatchQueue.concurrentPerform(iterations: 2) { lane in
                if lane == 0 { run(largest) } else { for i in policyJobs..<largest { run(i) } }
            }
        } else {
            DispatchQueue.concurrentPerform(iterations: work.count - policyJobs) { run(policyJobs + $0) }
        }
        var count = 0
        for r in results.all() { count += try r.get() }
        return count
    }
}

/// glibc's `malloc_trim` (returns freed heap memory to the system). Its header, malloc.h, is
/// not in Swift's Glibc module, so the symbol is bound by name; it has had this signature
/// since glibc 2.0.
@_silgen_name("malloc_trim")
private func releaseFreeMemory(_ pad: Int) -> Int32
