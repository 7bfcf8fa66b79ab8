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
    /// When set, only the items citing this policy (one authority's sheet), and only the
    /// sections that keep any.
    var policyID: String? = nil

    /// The sections shown: all, or one authority's.
    var sections: [ChecklistSection] {
        guard let policyID else { return checklist.sections }
        return checklist.sections.compactMap { section in
            var s = section
            s.items = section.items.filter { $0.source?.policyID == policyID }
            return s.items.isEmpty ? nil : s
        }
    }

    /// The sheet's title: the checklist's, with the authority for one authority's sheet.
    var title: String {
        guard let policyID, let p = context.model.policy(policyID) else { return checklist.title }
        return "\(checklist.title): \(p.authority)"
    }

    func html() -> String {
        let h = level, h2 = min(6, level + 1)
        var out = "<section class=\"sheet\" aria-labelledby=\"sheet-\(checklist.id)\">\n"
        out += "<h\(h) id=\"sheet-\(checklist.id)\">\(HTML.escape(title))</h\(h)>\n"
        // One authority's sheet says so on paper; the checklist's summary speaks of them all.
        if let policyID, let p = context.model.policy(policyID) {
            out += "<p class=\"sheet-summary\">\(HTML.escape(p.authority))’s items only, from the checklist of the same name for every authority.</p>\n"
        } else if let s = checklist.summary {
            out += "<p class=\"sheet-summary\">\(HTML.escape(s))</p>\n"
        }
        if let a = checklist.audience { out += "<p class=\"sheet-audience\">For: \(HTML.escape(a))</p>\n" }
        out += "<dl class=\"write-in\">\n"
        for label in ["Child or young person", "ID", "Completed by", "Date"] {
            out += "<div><dt>\(label)</dt><dd></dd></div>\n"
        }
        out += "</dl>\n"
        let renderer = context.markdown(pagePath: pagePath, contentPath: "checklists/\(checklist.id).md", anchors: [], headingShift: 0)
        for section in sections {
            if let t = section.title { out += "<h\(h2)>\(HTML.escape(t))</h\(h2)>\n" }
            for note in section.notes { out += "<div class=\"sheet-note\">" + renderer.render(note) + "</div>\n" }
            guard !section.items.isEmpty else { continue }
            out += "<ul class=\"checklist\">\n"
            for item in section.items {
                // A check has a box to tick; guidance that is not a task is a note, without one.
                out += item.isCheck ? "<li><span class=\"box\" aria-hidden=\"true\"></span>" : "<li class=\"note-item\"><span class=\"note-label\">Note:</span>"
                out += "<span class=\"item\">\(renderer.renderInlines(item.content))"
                if let src = item.source {
                    let href = SitePath.relative(from: pagePath, to: SitePath.policy(src.policyID)) + (src.anchor.map { "#" + $0 } ?? "")
                    out += " <span class=\"cite\">(<a href=\"\(HTML.escape(href))\">\(HTML.escape(src.label))</a>)</span>"
                }
                for note in item.notes { out += "<span class=\"item-note\">" + renderer.renderInlines(note.children) + "</span>" }
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
        for item in sections.flatMap(\.items) { if let p = item.source?.policyID, !ids.contains(p) { ids.append(p) } }
        return ids.compactMap { context.model.policy($0) }.map { p in
            "\(p.authority)" + (p.version.map { " (\($0))" } ?? "")
        }.joined(separator: "; ")
    }
}
