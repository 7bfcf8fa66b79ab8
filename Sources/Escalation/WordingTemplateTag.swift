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
        var open: [UInt8] = Array("{{".utf8), close: [UInt8] = Array("}}".utf8)
        var tags: [WordingTemplateTag] = []
        var line = 1, lineStart = 0, i = 0
        let newline = UInt8(ascii: "\n")
        func matches(_ delimiter: [UInt8], at index: Int) -> Bool {
            index + delimiter.count <= bytes.count && bytes[index..<(index + delimiter.count)].elementsEqual(delimiter)
        }
        while i < bytes.count {
            if bytes[i] == newline { line += 1; lineStart = i + 1; i += 1; continue }
            guard matches(open, at: i) else { i += 1; continue }
            // The tag's end; none means no later tag is complete either.
            var end = i + open.count
            while end < bytes.count, !matches(close, at: end) { end += 1 }
            guard end < bytes.count else { break }
            var inner = bytes[(i + open.count)..<end]
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
            tags.append(WordingTemplateTag(kind: kind, name: name, offset: i, end: next, line: line, column: i - lineStart + 1))
            if kind == .setDelimiter {
                // "<% %>=" after the sigil: the new opening and closing delimiters.
                let parts = name.dropLast(name.hasSuffix("=") ? 1 : 0).split(whereSeparator: { $0 == " " || $0 == "\t" })
                if parts.count == 2 { open = Array(parts[0].utf8); close = Array(parts[1].utf8) }
            }
            // Lines inside the tag still count.
            for j in i..<min(next, bytes.count) where bytes[j] == newline { line += 1; lineStart = j + 1 }
            i = next
        }
        return tags
    }
}
