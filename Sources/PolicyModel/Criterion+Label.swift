import Foundation

extension Criterion {
    /// The title as a label for a checkbox or a list of links: the list punctuation the policy
    /// writes after an item ("…;", "…,", "… and/or") trimmed, and a bracket left unbalanced by
    /// a typo ("passports etc. LAC only);") dropped. Only labels: quoted wording keeps the
    /// policy's words exactly as written.
    public var label: String { Self.label(title) }

    /// `label` for any title.
    public static func label(_ title: String) -> String {
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
}
