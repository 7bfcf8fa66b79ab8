/// One `{{…}}` tag of the wording template as written, with where it starts: what
/// `WordingTemplateCheck` reads to point at the tag a problem is in.
struct WordingTemplateTag: Equatable {
    /// What the tag does, from the character after the opening delimiter.
    enum Kind: Equatable {
        /// `{{name}}`, `{{{name}}}`, `{{&name}}`.
        case variable
        /// `{{#name}}`.
        case section
        /// `{{^name}}`.
        case invertedSection
        /// `{{/name}}`.
        case close
        /// `{{! … }}`.
        case comment
        /// `{{> name}}`, `{{< name}}`, `{{$ name}}`: partials and template inheritance.
        case partial(sigil: Character)
        /// `{{=<% %>=}}`.
        case setDelimiter
        /// `{{% CONTENT_TYPE: TEXT}}`.
        case pragma
    }

    let kind: Kind
    /// The name inside the tag, sigil and surrounding spaces removed (`uppercased(name)`
    /// keeps its transform).
    let name: String
    /// Byte offset of the tag's opening delimiter.
    let offset: Int
    /// Byte offset just past the tag's closing delimiter.
    let end: Int
    /// 1-based line of the opening delimiter.
    let line: Int
    /// 1-based column of the opening delimiter, in bytes like every diagnostic.
    let column: Int

    /// Every tag of `source` in one linear pass, following `{{=…=}}` delimiter changes. It
    /// stops at a tag that is never closed: Mustache's own parser reports that one, and no
    /// later tag can be read reliably.
    static func scan(_ source: String) -> [WordingTemplateTag] {
        let bytes = Array(source.utf8)
        var open = Delimiter("{{"), close = Delimiter("}}")
        var tags: [WordingTemplateTag] = []
        var line = 1, lineStart = 0, i = 0
        let newline = UInt8(ascii: "\n")
        func countLines(_ range: Range<Int>) {
            for j in range where bytes[j] == newline { line += 1; lineStart = j + 1 }
        }
        // Each search starts where the last one ended, so the pass stays linear whatever the
        // delimiters (a long set delimiter compared at every byte was quadratic).
        while let start = open.first(in: bytes, from: i) {
            countLines(i..<start)
            guard let end = close.first(in: bytes, from: start + open.count) else { break }
            var inner = bytes[(start + open.count)..<end]
            var next = end + close.count
            let sigil = inner.first.map { Character(Unicode.Scalar($0)) }
            let kind: Kind
            switch sigil {
            case "#": kind = .section
            case "^": kind = .invertedSection
            case "/": kind = .close
            case "!": kind = .comment
            case ">", "<", "$": kind = .partial(sigil: sigil!)
            case "=": kind = .setDelimiter
            case "%": kind = .pragma
            case "{":
                kind = .variable
                // `{{{name}}}`: the third brace closes after the delimiter.
                if next < bytes.count, bytes[next] == UInt8(ascii: "}") { next += 1 }
            case "&": kind = .variable
            default: kind = .variable
            }
            if sigil != nil, kind != .variable || sigil == "{" || sigil == "&" { inner = inner.dropFirst() }
            let name = String(decoding: inner, as: UTF8.self).trimmingCharacters(in: " \t\n\r")
            tags.append(WordingTemplateTag(kind: kind, name: name, offset: start, end: next, line: line, column: start - lineStart + 1))
            if kind == .setDelimiter {
                // "<% %>=" after the sigil: the new opening and closing delimiters.
                let parts = name.dropLast(name.hasSuffix("=") ? 1 : 0).split(whereSeparator: { $0 == " " || $0 == "\t" })
                if parts.count == 2 { open = Delimiter(String(parts[0])); close = Delimiter(String(parts[1])) }
            }
            // Lines inside the tag still count.
            countLines(start..<next)
            i = next
        }
        return tags
    }

    /// A delimiter with its Knuth–Morris–Pratt table: found in time linear in the text searched.
    struct Delimiter {
        let bytes: [UInt8]
        /// For each prefix, the length of its longest proper prefix that is also a suffix.
        let fallback: [Int]

        init(_ text: String) {
            bytes = Array(text.utf8)
            var fallback = [Int](repeating: 0, count: bytes.count)
            var k = 0
            for q in bytes.indices.dropFirst() {
                while k > 0 && bytes[k] != bytes[q] { k = fallback[k - 1] }
                if bytes[k] == bytes[q] { k += 1 }
                fallback[q] = k
            }
            self.fallback = fallback
        }

        var count: Int { bytes.count }

        /// The offset of the first occurrence at or after `from`.
        func first(in text: [UInt8], from: Int) -> Int? {
            guard !bytes.isEmpty else { return nil }
            var k = 0, q = from
            while q < text.count {
                while k > 0 && bytes[k] != text[q] { k = fallback[k - 1] }
                if bytes[k] == text[q] { k += 1 }
                if k == bytes.count { return q - k + 1 }
                q += 1
            }
            return nil
        }
    }
}
