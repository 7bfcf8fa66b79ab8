import PolicyModel

/// The Checklists section: an index, one page per checklist, one page per checklist and
/// authority it cites (that authority's items only, for a practitioner of one authority), and a
/// booklet that prints every checklist on its own page.
struct ChecklistPages {
    let context: RenderContext

    func render() -> [Page] {
        var pages: [Page] = []
        let model = context.model
        let indexLayout = context.layout(SitePath.checklists)
        var main = "<h1>Checklists</h1>\n<p class=\"lead\">For trainers and practitioners who tick on paper. Each checklist prints on one A4 page, and every item says which policy, and which section, it comes from.</p>\n<ul class=\"cards\">\n"
        for c in model.checklists {
            main += "<li class=\"card\"><h2><a href=\"\(indexLayout.href(SitePath.checklist(c.id)))\">\(HTML.escape(c.title))</a></h2>"
            if let s = c.summary { main += "<p>\(HTML.escape(s))</p>" }
            main += "<p class=\"meta\">\(c.items.count) items</p>"
            let cited = Self.policies(cited: c, model: model)
            if cited.count > 1 {
                main += "<p>For one authority: " + cited.map { p in
                    "<a href=\"\(indexLayout.href(SitePath.checklist(c.id, policy: p.id)))\">\(HTML.escape(p.authority))</a>"
                }.joined(separator: ", ") + "</p>"
            }
            main += "</li>\n"
        }
        main += "</ul>\n<p><a href=\"\(indexLayout.href(SitePath.allChecklists))\">Print all checklists</a> (each on its own page).</p>\n"
        pages.append(Page(path: SitePath.checklists, contents: indexLayout.render(title: "Checklists", breadcrumbs: [Breadcrumb("Home", SitePath.home)], main: main)))

        for c in model.checklists {
            let path = SitePath.checklist(c.id)
            let cited = Self.policies(cited: c, model: model)
            let layout = context.layout(path)
            var main = ""
            if cited.count > 1 {
                main += "<nav class=\"screen-only one-authority\" aria-label=\"This checklist for one authority\"><p>Print this checklist for one authority only: "
                main += cited.map { p in "<a href=\"\(layout.href(SitePath.checklist(c.id, policy: p.id)))\">\(HTML.escape(p.authority))</a>" }.joined(separator: ", ")
                main += ".</p></nav>\n"
            }
            main += ChecklistSheet(context: context, checklist: c, pagePath: path, level: 1).html()
            pages.append(Page(path: path, contents: layout.render(
                title: c.title, breadcrumbs: [Breadcrumb("Home", SitePath.home), Breadcrumb("Checklists", SitePath.checklists)],
                main: main, bodyClass: "checklist-page")))
            guard cited.count > 1 else { continue }
            for p in cited {
                let onePath = SitePath.checklist(c.id, policy: p.id)
                let sheet = ChecklistSheet(context: context, checklist: c, pagePath: onePath, level: 1, policyID: p.id)
                var one = "<p class=\"screen-only\">Only \(HTML.escape(p.authority))'s items. <a href=\"\(HTML.escape(SitePath.relative(from: onePath, to: path)))\">The checklist for every authority</a>.</p>\n"
                one += sheet.html()
                pages.append(Page(path: onePath, contents: context.layout(onePath).render(
                    title: sheet.title, breadcrumbs: [Breadcrumb("Home", SitePath.home), Breadcrumb("Checklists", SitePath.checklists), Breadcrumb(c.title, path)],
                    main: one, bodyClass: "checklist-page")))
            }
        }
        var all = "<h1>All checklists</h1>\n<p class=\"screen-only\">Print this page to get every checklist, each on its own A4 page.</p>\n"
        for c in model.checklists {
            all += ChecklistSheet(context: context, checklist: c, pagePath: SitePath.allChecklists, level: 2).html()
        }
        pages.append(Page(path: SitePath.allChecklists, contents: context.layout(SitePath.allChecklists).render(
            title: "All checklists", breadcrumbs: [Breadcrumb("Home", SitePath.home), Breadcrumb("Checklists", SitePath.checklists)],
            main: all, bodyClass: "checklist-page booklet")))
        return pages
    }

    /// The policies a checklist's items cite, in first-cited order.
    static func policies(cited checklist: Checklist, model: ContentModel) -> [Policy] {
        var ids: [String] = []
        for item in checklist.items { if let p = item.source?.policyID, !ids.contains(p) { ids.append(p) } }
        return ids.compactMap { model.policy($0) }
    }
}
