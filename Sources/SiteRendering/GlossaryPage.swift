import PolicyModel

/// The glossary: every term once, with its expansion and meaning.
struct GlossaryPage {
    let context: RenderContext

    func render() -> Page {
        let layout = context.layout(SitePath.glossary)
        var main = "<h1>Glossary</h1>\n<p class=\"lead\">Terms and abbreviations used in the policies. The first use of each on a page links here.</p>\n<dl class=\"glossary\">\n"
        for t in context.model.glossary {
            main += "<div id=\"\(t.anchor)\"><dt>\(HTML.escape(t.term))"
            if let e = t.expansion { main += " <span class=\"expansion\">(\(HTML.escape(e)))</span>" }
            main += "</dt><dd>\(HTML.escape(t.definition))</dd></div>\n"
        }
        main += "</dl>\n"
        return Page(path: SitePath.glossary, contents: layout.render(title: "Glossary", breadcrumbs: [Breadcrumb("Home", SitePath.home)], main: main))
    }
}
