import PolicyModel

/// One checklist as a printable sheet: write-in lines, printed tick boxes (no form state), and
/// each item's source beside it; the heading level is a parameter so the "print all" page can
/// nest sheets under its own `h1`.
struct ChecklistSheet {
    let context: RenderContext
    let checklist: Checklist
    /// The page the sheet is placed on.
    let pagePath: String
    /// Level of the sheet's title heading.
    let level: Int

    func html() -> String {
        let h = level, h2 = min(6, level + 1)
        var out = "<section class=\"sheet\" aria-labelledby=\"sheet-\(checklist.id)\">\n"
        out += "<h\(h) id=\"sheet-\(checklist.id)\">\(HTML.escape(checklist.title))</h\(h)>\n"
        if let s = checklist.summary { out += "<p class=\"sheet-summary\">\(HTML.escape(s))</p>\n" }
        if let a = checklist.audience { out += "<p class=\"sheet-audience\">For: \(HTML.escape(a))</p>\n" }
        out += "<dl class=\"write-in\">\n"
        for label in ["Child or young person", "ID", "Completed by", "Date"] {
            out += "<div><dt>\(label)</dt><dd></dd></div>\n"
        }
        out += "</dl>\n"
        let renderer = context.markdown(pagePath: pagePath, contentPath: "checklists/\(checklist.id).md", anchors: [], headingShift: 0)
        for section in checklist.sections {
            if let t = section.title { out += "<h\(h2)>\(HTML.escape(t))</h\(h2)>\n" }
            for note in section.notes { out += "<div class=\"sheet-note\">" + renderer.render(note) + "</div>\n" }
            guard !section.items.isEmpty else { continue }
            out += "<ul class=\"checklist\">\n"
            for item in section.items {
                out += "<li><span class=\"box\" aria-hidden=\"true\"></span><span class=\"item\">\(renderer.renderInlines(item.content))"
                if let src = item.source {
                    let href = SitePath.relative(from: pagePath, to: SitePath.policy(src.policyID)) + (src.anchor.map { "#" + $0 } ?? "")
                    out += " <span class=\"cite\">(<a href=\"\(HTML.escape(href))\">\(HTML.escape(src.label))</a>)</span>"
                }
                out += "</span></li>\n"
            }
            out += "</ul>\n"
        }
        out += "<p class=\"sheet-sources\">Sources: \(HTML.escape(sources())). Guidance version \(HTML.escape(context.model.settings.version)), published \(context.model.settings.published). \(HTML.escape(context.model.settings.intranetNote))</p>\n"
        out += "</section>\n"
        return out
    }

    /// The policies cited, with their versions, in first-cited order.
    func sources() -> String {
        var ids: [String] = []
        for item in checklist.items { if let p = item.source?.policyID, !ids.contains(p) { ids.append(p) } }
        return ids.compactMap { context.model.policy($0) }.map { p in
            "\(p.authority)" + (p.version.map { " (\($0))" } ?? "")
        }.joined(separator: "; ")
    }
}
