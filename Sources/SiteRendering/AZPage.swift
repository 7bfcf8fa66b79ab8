import PolicyModel

/// The A to Z: a keyword index of every significant word and glossary term (not first words),
/// a page per first letter so no page holds the whole index, and the search page, whose script
/// reads the same index from `search-index.js`. With JavaScript off the search form still lands
/// here, on the letters.
struct AZPage {
    let context: RenderContext
    let index: KeywordIndex

    /// The keyword page for `key` (see `KeywordIndex.pageKey`).
    static func letterPath(_ key: String) -> String { "a-z/\(key).html" }

    /// Anchor of a keyword on its letter page: the word with spaces as hyphens.
    static func anchor(_ word: String) -> String { "kw-" + anchorWord(word) }

    /// The word as its anchor spells it: spaces (between a number and its unit) as hyphens.
    static func anchorWord(_ word: String) -> String {
        guard word.containsByte(0x20) else { return word }
        // ASCII (nearly every word): a byte is a character, so spaces map byte for byte.
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return String(decoding: word.utf8.map { $0 == 0x20 ? 0x2D : $0 }, as: UTF8.self) }
        return String(word.map { $0 == " " ? "-" : $0 })
    }

    /// The letter shown for a page key.
    static func label(_ key: String) -> String {
        switch key {
        case "0-9": return "0–9"
        case "other": return "Other"
        default: return key.uppercased()
        }
    }

    func render() -> [Page] {
        jobs().flatMap { $0() }
    }

    /// The pages as jobs to run on every core: the search page and its scripts, and the
    /// letter pages a few at a time (the commonest letters are the largest pages).
    func jobs() -> [@Sendable () -> [Page]] {
        var groups: [(key: String, words: ArraySlice<(word: String, documents: [Int])>)] = []
        var start = 0
        let all = index.keywords
        for i in all.indices where i == all.count - 1 || KeywordIndex.pageKey(of: all[i].word) != KeywordIndex.pageKey(of: all[i + 1].word) {
            groups.append((KeywordIndex.pageKey(of: all[i].word), all[start...i]))
            start = i + 1
        }
        // A letter with only too-common words still has its page, naming them.
        let listed = Set(groups.map(\.key))
        for key in Set(index.tooCommon.map { KeywordIndex.pageKey(of: $0.word) }) where !listed.contains(key) {
            groups.append((key, all[all.endIndex...]))
        }
        groups.sort { a, b in (a.key == "other" ? 1 : 0, a.key) < (b.key == "other" ? 1 : 0, b.key) }
        let keys = groups.map(\.key)
        let page = self
        var jobs: [@Sendable () -> [Page]] = [
            { [Page(path: SitePath.searchIndex, contents: SearchScript.indexBytes(page.index, from: SitePath.index))] },
            { [page.searchPage(keys: keys), Page(path: SitePath.searchScript, contents: SearchScript.source)] },
        ]
        for g in groups { jobs.append { [page.letterPage(g.key, words: g.words, keys: keys)] } }
        return jobs
    }

    func letters(_ keys: [String], layout: PageLayout, current: String?) -> String {
        var out = "<nav aria-label=\"Letters\"><ul class=\"letters\">\n"
        for k in keys {
            if k == current {
                out += "<li><a href=\"\(layout.href(Self.letterPath(k)))\" aria-current=\"page\">\(Self.label(k))</a></li>\n"
            } else {
                out += "<li><a href=\"\(layout.href(Self.letterPath(k)))\">\(Self.label(k))</a></li>\n"
            }
        }
        return out + "</ul></nav>\n"
    }

    func searchPage(keys: [String]) -> Page {
        let layout = context.layout(SitePath.index)
        var main = "<h1>A to Z and search</h1>\n"
        main += "<form class=\"search-form\" action=\"\(layout.href(SitePath.index))\" method=\"get\" role=\"search\" aria-label=\"Search the guidance\">\n"
        main += "<div class=\"field\"><label for=\"search-q\">Words to find</label>\n<input type=\"search\" id=\"search-q\" name=\"q\" autocomplete=\"off\"></div>\n"
        main += "<div class=\"field\"><label for=\"search-authority\">Authority</label>\n<select id=\"search-authority\" name=\"authority\">\n<option value=\"\">All authorities</option>\n"
        for p in context.model.policies.sorted(by: { ($0.authority, $0.id) < ($1.authority, $1.id) }) {
            main += "<option value=\"\(HTML.escape(p.id))\">\(HTML.escape(p.authority))</option>\n"
        }
        main += "</select></div>\n<button type=\"submit\">Search</button>\n</form>\n"
        main += "<div id=\"search-results\" class=\"search-results\" aria-live=\"polite\"></div>\n"
        main += "<h2>Keyword index</h2>\n<p>Every significant word of the criteria, stages, routes, policy headings and checklist items, and every glossary term, by its first letter. Searching needs JavaScript; the index does not.</p>\n"
        main += letters(keys, layout: layout, current: nil)
        main += "<h2>One authority’s keywords</h2>\n<ul>\n"
        for p in context.model.policies.sorted(by: { ($0.authority, $0.id) < ($1.authority, $1.id) }) {
            main += "<li><a href=\"\(layout.href(SitePath.authorityIndex(p.id)))\">\(HTML.escape(p.authority))</a></li>\n"
        }
        main += "</ul>\n"
        let scripts = [SitePath.searchIndex, SitePath.searchScript]
        return Page(path: SitePath.index, contents: layout.render(title: "A to Z and search", breadcrumbs: [Breadcrumb("Home", SitePath.home)],
                                                                  main: main, scripts: scripts))
    }

    /// The too-common words of a letter, named so nobody looks for them in vain.
    func tooCommon(_ key: String) -> String {
        let words = index.tooCommon.filter { KeywordIndex.pageKey(of: $0.word) == key }
        guard !words.isEmpty else { return "" }
        return "<p class=\"too-common\">Too common to list (each in more than \(KeywordIndex.maxDocuments) places; look for a rarer word): "
            + words.map { "\(HTML.escape($0.word)) (\($0.count))" }.joined(separator: ", ") + ".</p>\n"
    }

    func letterPage(_ key: String, words: ArraySlice<(word: String, documents: [Int])>, keys: [String]) -> Page {
        let path = Self.letterPath(key)
        let layout = context.layout(path)
        let size = words.reduce(0) { $0 + $1.word.utf8.count * 2 + $1.documents.count * 200 } + 4096
        let title = "A to Z: \(Self.label(key))"
        let contents = layout.render(title: title, breadcrumbs: [Breadcrumb("Home", SitePath.home), Breadcrumb("A to Z and search", SitePath.index)],
                                     mainSize: size) { main in
            main += "<h1>"; main.escaping(title); main += "</h1>\n"
            main += letters(keys, layout: layout, current: key)
            main += tooCommon(key)
            // Lines cached per letter: a letter's documents are mostly its own, and a cache for
            // the whole A–Z would hold every document's line at once.
            var lines = [[UInt8]?](repeating: nil, count: index.documents.count)
            Self.keywordList(words, index: index, layout: layout, lines: &lines, into: &main)
        }
        return Page(path: path, contents: contents)
    }

    /// Keywords with, under each, links to the documents it occurs in.
    /// `lines` holds each document's line once written, for pages in one folder (a document is
    /// listed under each of its words).
    static func keywordList(_ words: ArraySlice<(word: String, documents: [Int])>, index: KeywordIndex, layout: PageLayout,
                            lines: inout [[UInt8]?], into main: inout HTMLWriter) {
        main += "<dl class=\"keywords\">\n"
        for (word, docs) in words {
            main += "<dt id=\"kw-"
            main.escaping(anchorWord(word))
            main += "\">"
            main.escaping(word)
            main += "</dt>\n<dd><ul>\n"
            for i in docs {
                if let line = lines[i] { main += line; continue }
                let d = index.documents[i]
                var line = HTMLWriter(capacity: 256)
                line += "<li><a href=\""; line += layout.href(d.path)
                if let a = d.anchor { line += "#"; line.escaping(a) }
                line += "\">"; line.escaping(d.title); line += "</a> <span class=\"hint\">("; line.escaping(d.kind); line += ")</span></li>\n"
                let written = line.bytes
                main += written
                lines[i] = written
            }
            main += "</ul></dd>\n"
        }
        main += "</dl>\n"
    }
}
