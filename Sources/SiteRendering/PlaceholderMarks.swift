import PolicyModel

/// Marks the placeholders a chair must replace ("[CHILD'S NAME]", "[… BY WHEN]") in escaped
/// wording with `<mark>`, so they stand out on screen; the text copied is unchanged. A
/// placeholder is a bracket with no lower-case letter inside: the policy's own bracketed
/// words ("[regulation 45]") are left alone: a placeholder's first word is in capitals.
enum PlaceholderMarks {
    /// `escaped` (HTML-escaped text, no tags) with each placeholder wrapped. One pass.
    static func mark(_ escaped: String) -> String {
        guard escaped.containsByte(0x5B) else { return escaped }
        return markBytes(escaped) ?? markCharacters(escaped)
    }

    /// `mark`, Character by Character: the plain rule, for any text.
    static func markCharacters(_ escaped: String) -> String {
        var out = ""
        out.reserveCapacity(escaped.utf8.count + 64)
        var rest = Substring(escaped)
        while let open = rest.firstIndex(of: "[") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            // The closing bracket on the same line, with no new bracket before it.
            var close: Substring.Index? = nil
            var i = after.startIndex
            while i < after.endIndex {
                let c = after[i]
                if c == "]" { close = i; break }
                if c == "[" || c == "\n" { break }
                i = after.index(after: i)
            }
            if let close, Self.startsWithCapitals(after[..<close]) {
                out += "<mark>"
                out += rest[open...close]
                out += "</mark>"
                rest = rest[rest.index(after: close)...]
            } else {
                out += "["
                rest = after
            }
        }
        out += rest
        return out
    }

    /// `mark` over the bytes, for text of ASCII and `GeneralPunctuation` only, where brackets
    /// and line breaks are each a character by themselves. Nil for any other text.
    static func markBytes(_ escaped: String) -> String? {
        var escaped = escaped
        return escaped.withUTF8 { b -> String? in
            var out: [UInt8] = []
            var run = 0  // the start of the bytes not yet copied
            var k = 0
            while k < b.count {
                let c = b[k]
                if c >= 0x80 {
                    guard let n = GeneralPunctuation.length(b, at: k) else { return nil }
                    k += n
                    continue
                }
                guard c == 0x5B else { k += 1; continue }
                // The closing bracket on the same line, with no new bracket before it ("\r\n" is
                // one character, not a line feed, as `Character` sees it).
                var close: Int? = nil
                var j = k + 1
                while j < b.count {
                    if b[j] >= 0x80 {
                        guard let n = GeneralPunctuation.length(b, at: j) else { return nil }
                        j += n
                        continue
                    }
                    if b[j] == 0x5D { close = j; break }
                    if b[j] == 0x5B || (b[j] == 0x0A && b[j - 1] != 0x0D) { break }
                    j += 1
                }
                guard let close, Self.startsWithCapitals(UnsafeBufferPointer(rebasing: b[(k + 1)..<close])) else {
                    k += 1
                    continue
                }
                if out.isEmpty { out.reserveCapacity(b.count + 64) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<k]))
                out.append(contentsOf: Self.open)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[k...close]))
                out.append(contentsOf: Self.close)
                k = close + 1
                run = k
            }
            if run == 0 { return String(decoding: b, as: UTF8.self) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<b.count]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static let open = Array("<mark>".utf8)
    private static let close = Array("</mark>".utf8)

    /// `startsWithCapitals` for the bytes between two brackets: by bytes when they are ASCII
    /// (letters and case are ASCII's), else as characters.
    static func startsWithCapitals(_ inside: UnsafeBufferPointer<UInt8>) -> Bool {
        guard inside.allSatisfy({ $0 < 0x80 }) else { return startsWithCapitals(Substring(String(decoding: inside, as: UTF8.self))) }
        var i = 0
        while i < inside.count, (inside[i] | 0x20) &- 0x61 >= 26 { i += 1 }
        var letters = 0
        while i < inside.count, (inside[i] | 0x20) &- 0x61 < 26 {
            if inside[i] &- 0x41 >= 26 { return false }  // a lower-case letter
            letters += 1
            i += 1
        }
        return letters >= 2
    }

    /// Whether the first word (letters) of `inside` has two or more letters, all capitals.
    static func startsWithCapitals(_ inside: Substring) -> Bool {
        let word = inside.drop { !$0.isLetter }.prefix { $0.isLetter }
        return word.count >= 2 && word.allSatisfy(\.isUppercase)
    }
}
