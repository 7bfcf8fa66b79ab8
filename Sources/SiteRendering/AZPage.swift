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
            var k: [UInt8] = []
            k.reserveCapacity(e.title.utf8.count + e.kind.utf8.count + e.path.utf8.count + 2)
            if e.title.utf8.allSatisfy({ $0 < 0x80 }) {
                // ASCII (nearly every title): lowercased byte by byte, as `lowercased()` would.
                for b in e.title.utf8 { k.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b) }
            } else {
                k += e.title.lowercased().utf8
            }
            k.append(0); k += e.kind.utf8; k.append(0); k += e.path.utf8
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
        var groups: [(String, ArraySlice<IndexEntry>)] = []
        var start = 0
        var current: String? = nil
        for (i, e) in all.enumerated() {
            let first = Self.letter(of: e.title)
            if first != current {
                if let current { groups.append((current, all[start..<i])) }
                current = first
                start = i
            }
        }
        if let current { groups.append((current, all[start...])) }
        // Written straight into the page, sized up front: at 10,000 policies this page is
        // about 30 MB, and building it apart (or growing it by doubling) would briefly hold it
        // two or three times, at the build's peak memory.
        let size = all.reduce(0) { $0 + $1.title.utf8.count + $1.kind.utf8.count + $1.path.utf8.count } + all.count * 80 + groups.count * 100
        let contents = layout.render(title: "A to Z", breadcrumbs: [Breadcrumb("Home", SitePath.home)], mainSize: size) { main in
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
                    main += "<li><a href=\""; main += page
                    if let anchor = e.anchor { main += "#"; main += HTML.escape(anchor) }
                    main += "\">"; main += HTML.escape(e.title); main += "</a> <span class=\"hint\">("; main += HTML.escape(e.kind); main += ")</span></li>\n"
                }
                main += "</ul>\n"
            }
        }
        return Page(path: SitePath.index, contents: contents)
    }

    /// The letter an entry is listed under: its first character, upper-cased, if a letter;
    /// "#" otherwise.
    static func letter(of title: String) -> String {
        var bytes = title.utf8.makeIterator()
        if let b = bytes.next(), b < 0x80, bytes.next().map({ $0 < 0x80 }) ?? true {
            // An ASCII character followed by another (or nothing) is a whole character on its
            // own, so no grapheme breaking is needed; nearly every title starts so.
            if b >= 0x61 && b <= 0x7A { return String(UnicodeScalar(b - 0x20)) }
            if b >= 0x41 && b <= 0x5A { return String(UnicodeScalar(b)) }
            if b != 0x0D { return "#" }
        }
        return title.first.map { $0.isLetter ? String($0).uppercased() : "#" } ?? "#"
    }
}
