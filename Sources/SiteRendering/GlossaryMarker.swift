import Foundation
import PolicyModel

/// Marks the first use of each glossary term on a page: a link to its glossary entry, with an
/// `<abbr>` carrying the expansion. One marker per page, so "first" means first on the page.
final class GlossaryMarker {
    private struct Entry {
        let word: String
        let term: GlossaryTerm
    }
    private let entries: [Entry]
    private var used: Set<String> = []
    private let glossaryHref: String

    init(terms: [GlossaryTerm], glossaryHref: String) {
        // Longest first, so "CP Chair" wins over "CP".
        var list: [Entry] = []
        for t in terms {
            for word in [t.term] + t.aliases { list.append(Entry(word: word, term: t)) }
        }
        list.sort { a, b in
            let (ca, cb) = (a.word.count, b.word.count)
            return ca != cb ? ca > cb : a.word < b.word
        }
        entries = list
        self.glossaryHref = glossaryHref
    }

    /// Escaped HTML for `text` with the first unmarked terms linked.
    func mark(_ text: String) -> String {
        guard !entries.isEmpty else { return HTML.escape(text) }
        var out = ""
        var rest = Substring(text)
        while !rest.isEmpty {
            var best: (range: Range<Substring.Index>, entry: Entry)? = nil
            for entry in entries where !used.contains(entry.term.term) {
                if let r = Self.findWord(entry.word, in: rest), best == nil || r.lowerBound < best!.range.lowerBound {
                    best = (r, entry)
                }
            }
            guard let (range, entry) = best else { break }
            out += HTML.escape(String(rest[..<range.lowerBound]))
            used.insert(entry.term.term)
            let word = HTML.escape(String(rest[range]))
            let inner = entry.term.expansion.map { "<abbr title=\"\(HTML.escape($0))\">\(word)</abbr>" } ?? word
            out += "<a class=\"term\" href=\"\(glossaryHref)#\(entry.term.anchor)\">\(inner)</a>"
            rest = rest[range.upperBound...]
        }
        out += HTML.escape(String(rest))
        return out
    }

    /// A whole-word, case-sensitive match.
    static func findWord(_ word: String, in text: Substring) -> Range<Substring.Index>? {
        var search = text[...]
        while let r = search.range(of: word) {
            let beforeOK = r.lowerBound == text.startIndex || !text[text.index(before: r.lowerBound)].isLetter
            let afterOK = r.upperBound == text.endIndex || !(text[r.upperBound].isLetter || text[r.upperBound].isNumber)
            if beforeOK && afterOK { return r }
            search = text[r.upperBound...]
        }
        return nil
    }
}
