import PolicyModel

/// Marks the first use of each glossary term on a page: a link to its glossary entry, with an
/// `<abbr>` carrying the expansion. One marker per page, so "first" means first on the page.
///
/// Text is scanned once, word by word: each word start is looked up by its first word in a
/// dictionary of terms, so the cost grows with the text, not with text × glossary size.
final class GlossaryMarker {
    /// The glossary's lookup tables, built once per site and shared by every page's marker.
    private let byFirstWord: [String: [GlossaryIndex.Entry]]
    private let firstWordLengths: [UInt64]
    private let total: Int
    private var used: Set<String> = []
    private let glossaryHref: String

    init(index: GlossaryIndex, glossaryHref: String) {
        // The tables are shared, not copied: arrays and dictionaries are copied on write only.
        byFirstWord = index.byFirstWord
        firstWordLengths = index.firstWordLengths
        total = index.total
        self.glossaryHref = glossaryHref
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        // ASCII first: Unicode property lookups are the slow path.
        if s.value < 0x80 {
            return (s.value >= 0x61 && s.value <= 0x7A) || (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x30 && s.value <= 0x39)
        }
        return s.properties.isAlphabetic
    }

    /// Whether the scalar starting at byte `i` is a word character, and its length in bytes.
    /// Text is scanned as UTF-8 (valid, as every Swift string is); only non-ASCII scalars
    /// are decoded.
    static func wordScalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (isWord: Bool, length: Int) {
        let lead = b[i]
        if lead < 0x80 {
            return ((lead >= 0x61 && lead <= 0x7A) || (lead >= 0x41 && lead <= 0x5A) || (lead >= 0x30 && lead <= 0x39), 1)
        }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard i + length <= b.count else { return (false, 1) }
        var value = UInt32(lead) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
        for k in 1..<length { value = value << 6 | UInt32(b[i + k] & 0x3F) }
        return (Unicode.Scalar(value).map(isWordScalar) ?? false, length)
    }

    /// Escaped HTML for `text` with the first unmarked terms linked.
    func mark(_ text: String) -> String {
        guard used.count < total, !byFirstWord.isEmpty else { return HTML.escape(text) }
        var text = text
        return text.withUTF8 { mark(bytes: $0) }
    }

    private func mark(bytes b: UnsafeBufferPointer<UInt8>) -> String {
        func escaped(_ range: Range<Int>) -> String { HTML.escape(String(decoding: UnsafeBufferPointer(rebasing: b[range]), as: UTF8.self)) }
        var out = ""
        var copiedUpTo = 0
        var i = 0
        var previousIsWord = false
        while i < b.count {
            let (isWord, length) = Self.wordScalar(b, i)
            guard isWord, !previousIsWord else { previousIsWord = isWord; i += length; continue }
            var end = i + length
            while end < b.count {
                let (w, l) = Self.wordScalar(b, end)
                if !w { break }
                end += l
            }
            previousIsWord = true
            if firstWordLengths[Int(b[i])] & GlossaryIndex.lengthBit(end - i) != 0,
               let candidates = byFirstWord[String(decoding: UnsafeBufferPointer(rebasing: b[i..<end]), as: UTF8.self)],
               let match = candidates.first(where: { !used.contains($0.term.term) && matches($0.bytes, in: b, at: i) }) {
                let matchEnd = i + match.bytes.count
                out += escaped(copiedUpTo..<i)
                used.insert(match.term.term)
                let shown = escaped(i..<matchEnd)
                let inner = match.term.expansion.map { "<abbr title=\"\(HTML.escape($0))\">\(shown)</abbr>" } ?? shown
                out += "<a class=\"term\" href=\"\(glossaryHref)#\(match.term.anchor)\">\(inner)</a>"
                copiedUpTo = matchEnd
                i = matchEnd
                continue
            }
            i = end
        }
        if copiedUpTo == 0 { return escaped(0..<b.count) }
        out += escaped(copiedUpTo..<b.count)
        return out
    }

    /// Whether `term` occurs at `at` as whole words (case-sensitive).
    private func matches(_ term: [UInt8], in text: UnsafeBufferPointer<UInt8>, at: Int) -> Bool {
        guard at + term.count <= text.count else { return false }
        for k in 0..<term.count where text[at + k] != term[k] { return false }
        let after = at + term.count
        return after == text.count || !Self.wordScalar(text, after).isWord
    }
}
