import PolicyModel

/// The home page: every authority, its policy and its routes, and the ways in for trainers.
struct HomePage {
    let context: RenderContext

    func render() -> Page {
        let path = SitePath.home
        let layout = context.layout(path)
        let s = context.model.settings
        var main = "<h1>\(HTML.escape(s.title))</h1>\n"
        if let sub = s.subtitle { main += "<p class=\"lead\">\(HTML.escape(sub))</p>\n" }
        main += "<p>Each policy below is carried in full, with its stages, timescales and criteria exactly as the policy words them. Where a policy says “days” without saying working days, so does this guidance.</p>\n"
        main += "<h2>Policies by authority</h2>\n<ul class=\"cards\">\n"
        for policy in context.model.policies.sorted(by: { ($0.authority, $0.id) < ($1.authority, $1.id) }) {
            main += "<li class=\"card\">\n<h3><a href=\"\(layout.href(SitePath.policy(policy.id)))\">\(HTML.escape(policy.title))</a></h3>\n"
            main += "<p class=\"screen-only\"><a href=\"\(layout.href(SitePath.policy(policy.id)))\">Routes, checklists and changes for \(HTML.escape(policy.authority))</a></p>\n"
            main += "<p class=\"meta\">\(HTML.escape(policy.authority))"
            if let v = policy.version { main += " · \(HTML.escape(v))" }
            main += "</p>\n"
            if !policy.routes.isEmpty {
                main += "<ul>\n"
                for route in policy.routes {
                    let raisers = route.raisedBy.map(\.displayName).joined(separator: " and ")
                    let stages = route.stageCountPhrase
                    main += "<li><a href=\"\(layout.href(SitePath.route(route)))\">\(HTML.escape(route.title))</a> <span class=\"hint\">(raised by \(HTML.escape(raisers)); \(stages); \(route.criteria.count) criteria)</span></li>\n"
                }
                main += "</ul>\n"
            }
            main += "</li>\n"
        }
        main += "</ul>\n<h2>Tools</h2>\n<ul>\n"
        main += "<li><a href=\"\(layout.href(SitePath.checklists))\">Printable checklists</a>: significant changes, conference and review readiness, review triggers.</li>\n"
        main += "<li><a href=\"\(layout.href(SitePath.compare))\">Compare authorities</a>: every route's stages and timescales side by side.</li>\n"
        main += "<li><a href=\"\(layout.href(SitePath.glossary))\">Glossary</a> of terms and abbreviations.</li>\n"
        main += "<li><a href=\"\(layout.href(SitePath.index))\">A to Z and search</a>: every significant word of the criteria, stages, checklist items and policy headings, and every glossary term.</li>\n"
        main += "<li><a href=\"\(layout.href(SitePath.changes))\">Recent changes</a> to the policies.</li>\n</ul>\n"
        return Page(path: path, contents: layout.render(title: "Escalation guidance", breadcrumbs: [], main: main))
    }
}
