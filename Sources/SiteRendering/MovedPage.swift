import PolicyModel

/// A page at a criterion's former address (`Criterion.formerID`): it sends the browser on to
/// the criterion's page and links there, so a bookmark or a link in a case record made before
/// the id changed still works.
struct MovedPage {
    let context: RenderContext
    let policy: Policy
    let route: Route
    let criterion: Criterion

    /// Nil when the criterion has no former id, or another criterion of the route now has it.
    func render() -> Page? {
        guard let path = SitePath.formerCriterion(criterion, of: route),
              !route.criteria.contains(where: { $0.id == criterion.formerID }) else { return nil }
        let layout = context.layout(path)
        let target = layout.href(SitePath.criterion(criterion, of: route))
        let main = "<h1>This page has moved</h1>\n<p>The criterion “\(HTML.escape(criterion.label))” is now at <a href=\"\(target)\">its new page</a>.</p>\n"
        return Page(path: path, contents: layout.render(
            title: "Moved: \(criterion.label)",
            breadcrumbs: [Breadcrumb("Home", SitePath.home), Breadcrumb(policy.title, SitePath.policy(policy.id)), Breadcrumb(route.title, SitePath.route(route))],
            main: main, head: "<meta http-equiv=\"refresh\" content=\"0; url=\(target)\">\n"))
    }
}
