import ContentLoading
import PolicyModel

/// A policy's page: the facts first (each route's who, how long and what next), provenance,
/// contents, each route at a glance (stages table, criteria with stable anchors), change
/// notes, editor notices (collapsed, lower down), and the full text.
struct PolicyPage {
    let context: RenderContext
    let policy: Policy

    func render() -> Page {
        let path = SitePath.policy(policy.id)
        let layout = context.layout(path)
        // Sized for a typical policy page (the full text and the routes at a glance).
        let contents = layout.render(title: policy.title, breadcrumbs: [Breadcrumb("Home", SitePath.home)], mainSize: 65_536,
                                     printSource: context.citation(policy), scripts: [SitePath.printScript]) { main in
        main += "<h1>"; main.escaping(policy.title); main += "</h1>\n<p class=\"lead\">"; main.escaping(policy.authority); main += "</p>\n"
        for route in policy.routes {
            if policy.routes.count > 1 { main += "<h2 class=\"facts-heading\" id=\"facts-\(route.id)\">At a glance: \(HTML.escape(route.title))</h2>\n" }
            else { main += "<h2 class=\"facts-heading\" id=\"facts-\(route.id)\">At a glance</h2>\n" }
            KeyFacts.write(route, facts: context.routeFacts.of(route), layout: layout, linkToRoute: true, into: &main)
        }
        main += PrintHelp.link(what: "this policy")
        main += ProvenanceList.html(policy)
        main += "<nav class=\"contents\" aria-labelledby=\"contents-heading\">\n<h2 id=\"contents-heading\">Contents</h2>\n<ol>\n"
        for route in policy.routes {
            main += "<li><a href=\"#\(Anchor.route(route))\">Route: \(HTML.escape(route.title))</a></li>\n"
        }
        if !policy.changes.isEmpty { main += "<li><a href=\"#what-changed\">What changed</a></li>\n" }
        let editorNotices = notices()
        main += "<li><a href=\"\(layout.href(SitePath.authorityIndex(policy.id)))\">A to Z of this policy’s keywords</a></li>\n"
        if !checklistsCiting().isEmpty { main += "<li><a href=\"#checklists\">Checklists for \(HTML.escape(policy.authority))</a></li>\n" }
        if !editorNotices.isEmpty { main += "<li><a href=\"#editor-notices\">Notices for editors</a></li>\n" }
        main += "<li><a href=\"#full-text\">Full text of the policy</a>\n"
        let top = policy.headings.filter { $0.level <= 2 }
        if !top.isEmpty {
            main += "<ol>\n"
            for h in top { main += "<li><a href=\"#\(HTML.escape(h.anchor))\">\(HTML.escape(h.text))</a></li>\n" }
            main += "</ol>\n"
        }
        main += "</li>\n</ol>\n</nav>\n"
        for route in policy.routes { routeSection(route, layout: layout, into: &main); main += PrintHelp.backToTop }
        if !policy.changes.isEmpty {
            main += "<section aria-labelledby=\"what-changed\">\n<h2 id=\"what-changed\">What changed</h2>\n<ul>\n"
            for c in policy.changes { main += "<li><time datetime=\"\(c.date.iso)\">\(c.date)</time>: \(HTML.escape(c.note))</li>\n" }
            main += "</ul>\n</section>\n"
        }
        main += checklists(layout: layout)
        main += editorNotices
        main += "<section class=\"full-text\" aria-labelledby=\"full-text\">\n<h2 id=\"full-text\">Full text of the policy</h2>\n"
        let renderer = context.markdown(pagePath: path, contentPath: ContentLayout.policyFile(policy.id),
                                        anchors: policy.headings.map(\.anchor), headingShift: 2)
        renderer.render(context.text(of: policy), into: &main)
        main += "</section>\n"; main += PrintHelp.backToTop; main += PrintHelp.howTo
        }
        return Page(path: path, contents: contents)
    }

    /// The checklists with items citing this policy.
    func checklistsCiting() -> [Checklist] {
        context.model.checklists.filter { c in c.items.contains { $0.source?.policyID == policy.id } }
    }

    /// This authority's checklists: its own sheet of each checklist that cites it (the whole
    /// checklist when it cites no other policy).
    func checklists(layout: PageLayout) -> String {
        let citing = checklistsCiting()
        guard !citing.isEmpty else { return "" }
        var out = "<section aria-labelledby=\"checklists\">\n<h2 id=\"checklists\">Checklists for \(HTML.escape(policy.authority))</h2>\n<ul>\n"
        for c in citing {
            let several = ChecklistPages.policies(cited: c, model: context.model).count > 1
            let target = several ? SitePath.checklist(c.id, policy: policy.id) : SitePath.checklist(c.id)
            out += "<li><a href=\"\(layout.href(target))\">\(HTML.escape(c.title))</a>\(several ? " <span class=\"hint\">(this authority’s items only)</span>" : "")</li>\n"
        }
        return out + "</ul>\n</section>\n"
    }

    func notices() -> String {
        var items: [String] = []
        if let n = context.lint.reviewNotice(policy) { items.append(n) }
        for route in policy.routes {
            if let n = context.lint.totalNotice(route) { items.append("Route “\(route.title)”: " + n + " (IRO Handbook 2010, paragraph 6.2.) The timescales are shown as the policy states them.") }
        }
        guard !items.isEmpty else { return "" }
        // For the policy's editors, not practitioners: lower on the page and collapsed, but
        // under a heading, so a screen reader still meets it and its count.
        return "<section class=\"editor-notices\" aria-labelledby=\"editor-notices\">\n<h2 id=\"editor-notices\">Notices for editors</h2>\n<details>\n<summary>\(items.count == 1 ? "1 notice" : "\(items.count) notices") about this policy’s dates or timescales</summary>\n<div class=\"notice\">\n"
            + items.map { "<p>\(HTML.escape($0))</p>\n" }.joined() + "</div>\n</details>\n</section>\n"
    }

    func routeSection(_ route: Route, layout: PageLayout, into out: inout HTMLWriter) {
        let anchor = Anchor.route(route)
        out += "<section class=\"route\" aria-labelledby=\""; out += anchor; out += "\">\n<h2 id=\""; out += anchor; out += "\">Route: "
        out.escaping(route.title); out += "</h2>\n"
        // The route's title says which children it serves: a raiser's usual children
        // ("IRO: looked after children") would be wrong where the policy says otherwise.
        out += "<p>Raised by: "; out.escaping(Raiser.phrase(route.raisedBy)); out += ".</p>\n"
        out += "<p><a href=\""; out += layout.href(SitePath.route(route)); out += "\">Escalation ladder and wording picker for this route</a></p>\n"
        out += StagesTable.compiledNote(route)
        StagesTable.write(route, caption: "Stages: \(route.title)", into: &out)
        if let t = StagesTable.total(context.routeFacts.of(route)) { out += "<p>"; out.escaping(t); out += "</p>\n" }
        out += Quotes.html(route)
        out += "<h3>Criteria for escalation</h3>\n<ul class=\"criteria\">\n"
        var group: String? = nil
        for c in route.criteria {
            if c.group != group, let g = c.group { out += "<li class=\"group\">"; out.escaping(g); out += "</li>\n" }
            group = c.group
            out += "<li id=\""; out += Anchor.criterion(c, of: route); out += "\"><a href=\""; out += layout.href(SitePath.criterion(c, of: route)); out += "\">"
            out.escaping(c.title); out += "</a>"
            out += StagesTable.onlyTag(c.appliesTo, of: route)
            out += "</li>\n"
        }
        out += "</ul>\n</section>\n"
    }
}
