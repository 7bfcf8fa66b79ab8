import PolicyModel

/// The Checklists section: an index, one page per checklist, and a booklet that prints every
/// checklist on its own page.
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
            main += "<p class=\"meta\">\(c.items.count) items</p></li>\n"
        }
        main += "</ul>\n<p><a href=\"\(indexLayout.href(SitePath.allChecklists))\">Print all checklists</a> (each on its own page).</p>\n"
        pages.append(Page(path: SitePath.checklists, contents: indexLayout.render(title: "Checklists", breadcrumbs: [Breadcrumb("Home", SitePath.home)], main: main)))

        for c in model.checklists {
            let path = SitePath.checklist(c.id)
            let sheet = ChecklistSheet(context: context, checklist: c, pagePath: path, level: 1).html()
            pages.append(Page(path: path, contents: context.layout(path).render(
                title: c.title, breadcrumbs: [Breadcrumb("Home", SitePath.home), Breadcrumb("Checklists", SitePath.checklists)],
                main: sheet, bodyClass: "checklist-page")))
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
}
