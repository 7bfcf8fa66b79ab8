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
        var out = HTMLWriter()
        mark(text, into: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// `mark(text)` written into a page.
    func mark(_ text: String, into out: inout HTMLWriter) {
        guard used.count < total, !byFirstWord.isEmpty else { out.escaping(text); return }
        var text = text
        text.withUTF8 { mark(bytes: $0, into: &out) }
    }

    private func mark(bytes b: UnsafeBufferPointer<UInt8>, into out: inout HTMLWriter) {
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
                out.escaping(UnsafeBufferPointer(rebasing: b[copiedUpTo..<i]))
                used.insert(match.term.term)
                out += "<a class=\"term\" href=\""; out += glossaryHref; out += "#"; out += match.term.anchor; out += "\">"
                if let expansion = match.term.expansion { out += "<abbr title=\""; out.escaping(expansion); out += "\">" }
                out.escaping(UnsafeBufferPointer(rebasing: b[i..<matchEnd]))
                if match.term.expansion != nil { out += "</abbr>" }
                out += "</a>"
                copiedUpTo = matchEnd
                i = matchEnd
                continue
            }
            i = end
        }
        out.escaping(UnsafeBufferPointer(rebasing: b[copiedUpTo..<b.count]))
    }

    /// Whether `term` occurs at `at` as whole words (case-sensitive).
    private func matches(_ term: [UInt8], in text: UnsafeBufferPointer<UInt8>, at: Int) -> Bool {
        guard at + term.count <= text.count else { return false }
        for k in 0..<term.count where text[at + k] != term[k] { return false }
        let after = at + term.count
        return after == text.count || !Self.wordScalar(text, after).isWord
    }
}
