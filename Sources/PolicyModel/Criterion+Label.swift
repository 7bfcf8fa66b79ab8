import Foundation

extension Criterion {
    /// The title as a label for a checkbox or a list of links: the list punctuation the policy
    /// writes after an item ("…;", "…,", "… and/or") trimmed, and a bracket left unbalanced by
    /// a typo ("passports etc. LAC only);") dropped. Only labels: quoted wording keeps the
    /// policy's words exactly as written. (Stored on the criterion, see `Criterion.label`.)
    ///
    /// `label` for any title.
    public static func label(_ title: String) -> String {
        isLabelAlready(title) ? title : (bytesLabel(title) ?? ruledLabel(title))
    }

    /// `ruledLabel` over the bytes, for a title of ASCII (no control characters), general
    /// punctuation and the wording's two marker characters, where every byte sequence that
    /// the rule looks at (spaces, the endings) is a character by itself; nil for any other
    /// title, or one with a bracket (the rule balances brackets as characters).
    static func bytesLabel(_ title: String) -> String? {
        var title = title
        return title.withUTF8 { b -> String? in
            var i = 0
            while i < b.count {
                let c = b[i]
                if c < 0x80 {
                    guard c >= 0x20, c != 0x7F, c != 0x28, c != 0x29 else { return nil }
                    i += 1
                } else if let n = GeneralPunctuation.length(b, at: i) {
                    i += n
                } else if c == 0xEE, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x80 || b[i + 2] == 0x81 {
                    i += 3  // U+E000, U+E001: the wording's markers
                } else {
                    return nil
                }
            }
            var end = b.count
            func endsWith(_ e: StaticString) -> Bool {
                let n = e.utf8CodeUnitCount
                guard end > n else { return false }  // something must be left before it
                return memcmp(b.baseAddress! + end - n, e.utf8Start, n) == 0
            }
            var trimmed = true
            while trimmed {
                trimmed = false
                while end > 0, b[end - 1] == 0x20 { end -= 1 }
                for e: StaticString in [";", ",", ":", "and/or", " and", " or"] where endsWith(e) {
                    end -= e.utf8CodeUnitCount
                    trimmed = true
                    break
                }
            }
            // Runs of spaces as one; nothing but spaces left is no label: the title stays.
            var out: [UInt8] = []
            out.reserveCapacity(end)
            for k in 0..<end where !(b[k] == 0x20 && out.last == 0x20) { out.append(b[k]) }
            return out.allSatisfy({ $0 == 0x20 }) ? String(decoding: b, as: UTF8.self) : String(decoding: out, as: UTF8.self)
        }
    }

    /// `label` by the rule, Character by Character, for any title.
    static func ruledLabel(_ title: String) -> String {
        var s = Substring(title)
        let endings = [";", ",", ":", "and/or", " and", " or"]
        var trimmed = true
        while trimmed {
            trimmed = false
            while let last = s.last, last.isWhitespace { s = s.dropLast() }
            // `hasSuffix` first: counting characters walks the whole title.
            for e in endings where s.hasSuffix(e) && s.count > e.count {
                s = s.dropLast(e.count)
                trimmed = true
                break
            }
        }
        // Most titles have no bracket: nothing to balance (labels are asked for on every page
        // that lists a criterion).
        if !s.utf8.contains(where: { $0 == 0x28 || $0 == 0x29 }) {
            var out = String(s)
            while out.contains("  ") { out = out.replacingOccurrences(of: "  ", with: " ") }
            return out.unicodeScalars.allSatisfy({ CharacterSet.whitespaces.contains($0) }) ? title : out
        }
        // Brackets: keep each ")" that closes an earlier "(", and each "(" that is closed later.
        var depth = 0
        var keep = [Bool](repeating: true, count: s.count)
        var opens: [Int] = []
        for (i, c) in s.enumerated() {
            if c == "(" { opens.append(i); depth += 1 }
            else if c == ")" {
                if depth == 0 { keep[i] = false } else { depth -= 1; opens.removeLast() }
            }
        }
        for i in opens { keep[i] = false }
        var out = ""
        for (i, c) in s.enumerated() where keep[i] { out.append(c) }
        // A dropped bracket can leave a double space or a space before the end.
        while out.contains("  ") { out = out.replacingOccurrences(of: "  ", with: " ") }
        return out.trimmingCharacters(in: .whitespaces).isEmpty ? title : out
    }

    /// Whether `label` would give `title` back, seen from its bytes (most titles): it ends in
    /// an ASCII character that is not a space or list punctuation, not in a list word ("and",
    /// "or", "and/or"), and has no bracket and no double space. Labels are asked for on every
    /// page that lists a criterion.
    static func isLabelAlready(_ title: String) -> Bool {
        let b = title.utf8
        guard let last = b.last, last < 0x80, last > 0x20, last != 0x3B, last != 0x2C, last != 0x3A else { return false }
        // "…and", "…or": may end in a list word; let the full rule look.
        if last == 0x64 || last == 0x72 { return false }
        var previous: UInt8 = 0
        for c in b {
            if c == 0x28 || c == 0x29 || (c == 0x20 && previous == 0x20) { return false }
            previous = c
        }
        return true
    }
}
