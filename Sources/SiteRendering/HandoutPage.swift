import PolicyModel

/// A route on one A4 page for trainers: the facts, the ladder, the stages table and the
/// criteria's titles (each criterion's page has its wording). The print stylesheet sets it
/// small and in columns so it fits one sheet.
struct HandoutPage {
    let context: RenderContext
    let policy: Policy
    let route: Route
    /// The ladder and stages table, shared with the route page.
    let figures: RouteFigures

    func render() -> Page {
        let path = SitePath.handout(route)
        let layout = context.layout(path)
        let title = "\(route.title): handout"
        let contents = layout.render(
            title: title,
            breadcrumbs: [Breadcrumb("Home", SitePath.home), Breadcrumb(policy.title, SitePath.policy(policy.id)),
                          Breadcrumb("\(route.title): escalation route", SitePath.route(route))],
            mainSize: 8_192, printSource: context.citation(policy), bodyClass: "handout", scripts: [SitePath.printScript]) { main in
        main += "<h1>\(HTML.escape(title))</h1>\n<p class=\"lead\">\(HTML.escape(policy.authority)): \(HTML.escape(policy.title))</p>\n"
        main += PrintHelp.link(what: "this handout")
        KeyFacts.write(route, facts: context.routeFacts.of(route), layout: layout, linkToRoute: true, into: &main)
        main += "<div class=\"handout-columns\">\n"
        figures.ladder(id: "handout-ladder-\(route.id)", into: &main)
        main += figures.stagesTable
        main += "</div>\n"
        if route.criteria.isEmpty {
            main += "<h2>Criteria</h2>\n<p>The policy lists no criteria for this route.</p>\n"
        } else {
            main += "<h2>Criteria for escalation</h2>\n<ul class=\"handout-criteria\">\n"
            for c in route.criteria {
                main += "<li>\(HTML.escape(c.title))\(StagesTable.onlyTag(c.appliesTo, of: route))</li>\n"
            }
            main += "</ul>\n"
        }
        main += PrintHelp.howTo
        }
        return Page(path: path, contents: contents)
    }
}
