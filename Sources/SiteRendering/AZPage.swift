import PolicyModel
#if canImport(Glibc)
import Glibc
#endif

/// A static A–Z of every criterion, stage, checklist item and glossary term, so finding
/// things needs no search engine and no script.
struct AZPage {
    let context: RenderContext

    func entries() -> [IndexEntry] {
        var out: [IndexEntry] = []
        for p in context.model.policies {
            for r in p.routes {
                // One description per route, shared by its entries (not one string each).
                let criterionKind = "criterion, \(p.authority): \(r.title)", stageKind = "stage, \(p.authority): \(r.title)"
                for c in r.criteria {
                    out.append(IndexEntry(title: c.title, kind: criterionKind, path: SitePath.criterion(c, of: r), anchor: nil))
                }
                let routePath = SitePath.route(r)
                for s in r.stages {
                    // An action or a decision is indexed as what it is, not as a stage's officer.
                    let kind = s.kind == .formal ? stageKind : "\(s.kind.displayName), \(p.authority): \(r.title)"
                    out.append(IndexEntry(title: "\(s.name): \(s.officer ?? "officer not stated")", kind: kind, path: routePath, anchor: "stage-\(r.id)-\(s.id)"))
                }
            }
        }
        for c in context.model.checklists {
            let kind = "checklist: \(c.title)", path = SitePath.checklist(c.id)
            for item in c.items {
                out.append(IndexEntry(title: item.text, kind: kind, path: path, anchor: nil))
            }
        }
        for t in context.model.glossary {
            out.append(IndexEntry(title: t.term, kind: "glossary", path: SitePath.glossary, anchor: t.anchor))
        }
        // Sorted by (lower-cased title, kind, path) compared as UTF-8 bytes (the order of
        // Unicode scalars, the same on every machine) rather than as Strings, which compare
        // by canonical equivalence: at 10,000 policies there are 100,000 entries. The keys
        // sit end to end in one buffer, NUL-separated, and are compared with memcmp.
        var keys: [UInt8] = []
        keys.reserveCapacity(out.reduce(0) { $0 + $1.title.utf8.count + $1.kind.utf8.count + $1.path.utf8.count + 2 })
        var spans: [(start: Int, count: Int)] = []
        spans.reserveCapacity(out.count)
        for e in out {
            let start = keys.count
            if e.title.utf8.allSatisfy({ $0 < 0x80 }) {
                // ASCII (nearly every title): lowercased byte by byte, as `lowercased()` would.
                for b in e.title.utf8 { keys.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b) }
            } else {
                keys += e.title.lowercased().utf8
            }
            keys.append(0); keys += e.kind.utf8; keys.append(0); keys += e.path.utf8
            spans.append((start, keys.count - start))
        }
        // Indices are sorted, not entries: moving 100,000 entries (three strings each) around
        // during the sort cost more than comparing them. Each carries its key's first eight
        // bytes as one number (big-endian, zero-padded): most comparisons end there, and the
        // rest compare the whole keys. Zero-padding keeps the order of whole keys, in which a
        // key sorts before any longer key it begins.
        let order = keys.withUnsafeBufferPointer { base -> [Int] in
            var tagged: [(prefix: UInt64, index: Int)] = spans.enumerated().map { i, span in
                var prefix: UInt64 = 0
                for k in 0..<8 { prefix = prefix << 8 | UInt64(k < span.count ? base[span.start + k] : 0) }
                return (prefix, i)
            }
            tagged.sort { a, b in
                if a.prefix != b.prefix { return a.prefix < b.prefix }
                let x = spans[a.index], y = spans[b.index]
                let c = memcmp(base.baseAddress! + x.start, base.baseAddress! + y.start, min(x.count, y.count))
                return c != 0 ? c < 0 : x.count < y.count
            }
            return tagged.map(\.index)
        }
        return order.map { out[$0] }
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
            for (letter, entries) in groups {
                main += "<h2 id=\"letter-\(letter == "#" ? "other" : letter)\">\(letter)</h2>\n<ul class=\"az\">\n"
                for e in entries {
                    main += "<li><a href=\""; main += layout.href(e.path)
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
