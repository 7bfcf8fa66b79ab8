/// Marks the placeholders a chair must replace ("[CHILD'S NAME]", "[… BY WHEN]") in escaped
/// wording with `<mark>`, so they stand out on screen; the text copied is unchanged. A
/// placeholder is a bracket with no lower-case letter inside: the policy's own bracketed
/// words ("[regulation 45]") are left alone: a placeholder's first word is in capitals.
enum PlaceholderMarks {
    /// `escaped` (HTML-escaped text, no tags) with each placeholder wrapped. One pass.
    static func mark(_ escaped: String) -> String {
        guard escaped.utf8.contains(0x5B) else { return escaped }
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

    /// Whether the first word (letters) of `inside` has two or more letters, all capitals.
    static func startsWithCapitals(_ inside: Substring) -> Bool {
        let word = inside.drop { !$0.isLetter }.prefix { $0.isLetter }
        return word.count >= 2 && word.allSatisfy(\.isUppercase)
    }
}
