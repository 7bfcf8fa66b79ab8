import PolicyModel

/// A static A–Z of every criterion, stage, checklist item and glossary term, so finding
/// things needs no search engine and no script.
struct AZPage {
    let context: RenderContext

    func entries() -> [IndexEntry] {
        var out: [IndexEntry] = []
        for p in context.model.policies {
            for r in p.routes {
                for c in r.criteria {
                    out.append(IndexEntry(title: c.title, kind: "criterion, \(p.authority): \(r.title)", path: SitePath.criterion(c, of: r), anchor: nil))
                }
                for s in r.stages {
                    out.append(IndexEntry(title: "\(s.name): \(s.officer ?? "officer not stated")", kind: "stage, \(p.authority): \(r.title)", path: SitePath.route(r), anchor: "stage-\(r.id)-\(s.id)"))
                }
            }
        }
        for c in context.model.checklists {
            for item in c.items {
                out.append(IndexEntry(title: item.text, kind: "checklist: \(c.title)", path: SitePath.checklist(c.id), anchor: nil))
            }
        }
        for t in context.model.glossary {
            out.append(IndexEntry(title: t.term, kind: "glossary", path: SitePath.glossary, anchor: t.anchor))
        }
        // Keys computed once per entry, and compared as UTF-8 bytes (the order of Unicode
        // scalars, the same on every machine) rather than as Strings, which compare by
        // canonical equivalence: at 10,000 policies there are 100,000 entries to sort.
        func key(_ e: IndexEntry) -> [UInt8] {
            let title = e.title.lowercased()
            var k: [UInt8] = []
            k.reserveCapacity(title.utf8.count + e.kind.utf8.count + e.path.utf8.count + 2)
            k += title.utf8; k.append(0); k += e.kind.utf8; k.append(0); k += e.path.utf8
            return k
        }
        // Indices are sorted, not entries: moving 100,000 entries (three strings each) around
        // during the sort cost more than comparing them.
        let keys = out.map(key)
        return keys.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }.map { out[$0] }
    }

    func render() -> Page {
        let layout = context.layout(SitePath.index)
        let all = entries()
        var groups: [(String, [IndexEntry])] = []
        for e in all {
            let first = e.title.first.map { $0.isLetter ? String($0).uppercased() : "#" } ?? "#"
            if groups.last?.0 == first { groups[groups.count - 1].1.append(e) } else { groups.append((first, [e])) }
        }
        var main = ""
        // Sized up front: at 10,000 policies this page is about 30 MB, and growing it by
        // doubling would briefly hold two copies.
        main.reserveCapacity(all.reduce(0) { $0 + $1.title.utf8.count + $1.kind.utf8.count + $1.path.utf8.count } + all.count * 80)
        main += "<h1>A to Z</h1>\n<p class=\"lead\">Every criterion, stage, checklist item and glossary term, with links.</p>\n<nav aria-label=\"Letters\"><ul class=\"letters\">\n"
        for (letter, _) in groups { main += "<li><a href=\"#letter-\(letter == "#" ? "other" : letter)\">\(letter)</a></li>\n" }
        main += "</ul></nav>\n"
        var hrefs: [String: String] = [:]
        for (letter, entries) in groups {
            main += "<h2 id=\"letter-\(letter == "#" ? "other" : letter)\">\(letter)</h2>\n<ul class=\"az\">\n"
            for e in entries {
                // Many entries share a page (every stage of a route): work out each link once.
                let page: String
                if let known = hrefs[e.path] { page = known } else { page = layout.href(e.path); hrefs[e.path] = page }
                let href = page + (e.anchor.map { "#" + HTML.escape($0) } ?? "")
                main += "<li><a href=\"\(href)\">\(HTML.escape(e.title))</a> <span class=\"hint\">(\(HTML.escape(e.kind)))</span></li>\n"
            }
            main += "</ul>\n"
        }
        return Page(path: SitePath.index, contents: layout.render(title: "A to Z", breadcrumbs: [Breadcrumb("Home", SitePath.home)], main: main))
    }
}
