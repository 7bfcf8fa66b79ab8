import PolicyModel

/// A route's page: the escalation ladder, its stages table, the policy's words on exits and
/// rights, and the criterion picker that composes wording with HTML and CSS only.
struct RoutePage {
    let context: RenderContext
    let policy: Policy
    let route: Route
    /// The marked wording for each stage (one entry when the route has no stages).
    let wordings: [PickerWording]

    func render() throws -> Page {
        let path = SitePath.route(route)
        let layout = context.layout(path)
        var main = "<h1>\(HTML.escape(route.title)): escalation route</h1>\n"
        main += "<p class=\"lead\">\(HTML.escape(policy.authority)). From <a href=\"\(layout.href(SitePath.policy(policy.id)))#route-\(route.id)\">\(HTML.escape(policy.title))</a>.</p>\n"
        main += "<p>Raised by: \(HTML.escape(route.raisedBy.map(\.displayName).joined(separator: " and "))).</p>\n"
        main += "<h2>Stages</h2>\n"
        main += LadderDiagram.svg(route, id: "ladder-\(route.id)")
        main += StagesTable.html(route, caption: "Stages: \(route.title)")
        if let t = StagesTable.total(route) { main += "<p>\(HTML.escape(t))</p>\n" }
        if let n = context.lint.totalNotice(route) { main += "<div class=\"notice\"><p>\(HTML.escape(n)) (IRO Handbook 2010, paragraph 6.2.)</p></div>\n" }
        main += Quotes.html(route)
        main += try picker(layout: layout)
        main += "<h2>Criteria: wording at every stage</h2>\n<p>Each criterion also has its own page with the wording for every stage, for browsers that cannot use the picker.</p>\n<ul>\n"
        for c in route.criteria {
            main += "<li><a href=\"\(layout.href(SitePath.criterion(c, of: route)))\">\(HTML.escape(c.title))</a></li>\n"
        }
        main += "</ul>\n"
        return Page(path: path, contents: layout.render(
            title: "\(route.title): escalation route",
            breadcrumbs: [Breadcrumb("Home", SitePath.home), Breadcrumb(policy.title, SitePath.policy(policy.id))],
            main: main, printSource: context.citation(policy)))
    }

    func picker(layout: PageLayout) throws -> String {
        var out = "<h2 id=\"picker-heading\">Compose escalation wording</h2>\n"
        out += "<p>Tick the criteria and choose the stage: the wording for exactly that choice appears below, ready to copy into the case record. Replace the [MARKED PLACEHOLDERS] with what only you know. Nothing you choose leaves this page.</p>\n"
        out += "<form class=\"picker\(route.stages.isEmpty ? " no-stages" : "")\" aria-labelledby=\"picker-heading\">\n"
        out += "<fieldset>\n<legend>1. Criteria (tick one or more)</legend>\n"
        for (i, c) in route.criteria.enumerated() {
            out += "<div class=\"choice\"><input class=\"crit\" type=\"checkbox\" id=\"pc-\(i)\" name=\"criterion\" value=\"\(c.id)\"><label for=\"pc-\(i)\">\(HTML.escape(c.title))</label></div>\n"
        }
        out += "</fieldset>\n"
        if !route.stages.isEmpty {
            out += "<fieldset>\n<legend>2. Stage</legend>\n"
            for (j, s) in route.stages.enumerated() {
                let detail = [s.officer, s.timescale?.wording].compactMap { $0 }.joined(separator: ", ")
                out += "<div class=\"choice\"><input type=\"radio\" id=\"ps-\(j)\" name=\"stage\" value=\"\(s.id)\"\(j == 0 ? " checked" : "")><label for=\"ps-\(j)\">\(HTML.escape(s.name))\(detail.isEmpty ? "" : " (" + HTML.escape(detail) + ")")</label></div>\n"
            }
            out += "</fieldset>\n"
        }
        out += "<p class=\"picker-hint\">Tick at least one criterion to see the wording.</p>\n"
        let stages: [Stage?] = route.stages.isEmpty ? [nil] : route.stages.map { $0 }
        for (j, s) in stages.enumerated() {
            let label = s.map { "Wording for \($0.name)" } ?? "Wording"
            out += "<div class=\"wording\" id=\"w-\(j)\">\n<h3>3. \(HTML.escape(label)): select and copy</h3>\n<pre>"
            out += wordings[j].html()
            out += "</pre>\n</div>\n"
        }
        out += "</form>\n"
        return out
    }
}
