import PolicyModel

/// Marks the first use of each glossary term on a page: a link to its glossary entry, with an
/// `<abbr>` carrying the expansion. One marker per page, so "first" means first on the page.
///
/// Text is scanned once, word by word: each word start is looked up by its first word in a
/// dictionary of terms, so the cost grows with the text, not with text × glossary size.
final class GlossaryMarker {
    private struct Entry {
        let scalars: [Unicode.Scalar]
        let term: GlossaryTerm
    }
    /// First word of a term (or alias) → entries starting with it, longest first, so
    /// "CP Chair" wins over "CP".
    private let byFirstWord: [String: [Entry]]
    /// First scalars of every term: most words can be skipped without building a string.
    private let initials: Set<Unicode.Scalar>
    private var used: Set<String> = []
    private let total: Int
    private let glossaryHref: String

    init(terms: [GlossaryTerm], glossaryHref: String) {
        var map: [String: [Entry]] = [:]
        for t in terms {
            for word in [t.term] + t.aliases {
                let scalars = Array(word.unicodeScalars)
                let first = String(String.UnicodeScalarView(scalars.prefix { Self.isWordScalar($0) }))
                guard !first.isEmpty else { continue }
                map[first, default: []].append(Entry(scalars: scalars, term: t))
            }
        }
        for key in map.keys {
            map[key]!.sort { a, b in a.scalars.count != b.scalars.count ? a.scalars.count > b.scalars.count : String(String.UnicodeScalarView(a.scalars)) < String(String.UnicodeScalarView(b.scalars)) }
        }
        byFirstWord = map
        initials = Set(map.keys.compactMap { $0.unicodeScalars.first })
        total = terms.count
        self.glossaryHref = glossaryHref
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        // ASCII first: Unicode property lookups are the slow path.
        if s.value < 0x80 {
            return (s.value >= 0x61 && s.value <= 0x7A) || (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x30 && s.value <= 0x39)
        }
        return s.properties.isAlphabetic
    }

    /// Escaped HTML for `text` with the first unmarked terms linked.
    func mark(_ text: String) -> String {
        guard used.count < total, !byFirstWord.isEmpty else { return HTML.escape(text) }
        let scalars = Array(text.unicodeScalars)
        var out = ""
        var copiedUpTo = 0
        var i = 0
        while i < scalars.count {
            guard Self.isWordScalar(scalars[i]), i == 0 || !Self.isWordScalar(scalars[i - 1]) else { i += 1; continue }
            var end = i
            while end < scalars.count && Self.isWordScalar(scalars[end]) { end += 1 }
            guard initials.contains(scalars[i]) else { i = end; continue }
            let word = String(String.UnicodeScalarView(scalars[i..<end]))
            if let candidates = byFirstWord[word],
               let match = candidates.first(where: { !used.contains($0.term.term) && matches($0.scalars, in: scalars, at: i) }) {
                let matchEnd = i + match.scalars.count
                out += HTML.escape(String(String.UnicodeScalarView(scalars[copiedUpTo..<i])))
                used.insert(match.term.term)
                let shown = HTML.escape(String(String.UnicodeScalarView(scalars[i..<matchEnd])))
                let inner = match.term.expansion.map { "<abbr title=\"\(HTML.escape($0))\">\(shown)</abbr>" } ?? shown
                out += "<a class=\"term\" href=\"\(glossaryHref)#\(match.term.anchor)\">\(inner)</a>"
                copiedUpTo = matchEnd
                i = matchEnd
                continue
            }
            i = end
        }
        out += HTML.escape(String(String.UnicodeScalarView(scalars[copiedUpTo...])))
        return out
    }

    /// Whether `term` occurs at `at` as whole words (case-sensitive).
    private func matches(_ term: [Unicode.Scalar], in text: [Unicode.Scalar], at: Int) -> Bool {
        guard at + term.count <= text.count else { return false }
        for k in 0..<term.count where text[at + k] != term[k] { return false }
        let after = at + term.count
        return after == text.count || !Self.isWordScalar(text[after])
    }
}
