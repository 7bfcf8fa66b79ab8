import Escalation

/// The wording as Markdown: a heading with the facts, then the text to copy in a fenced block
/// (so no Markdown processor reflows it). Everything it carries comes from content or the
/// command line, so everything is escaped: the facts cannot make markup or a new block when
/// the Markdown is rendered, and the fence is longer than any run of backticks in the text,
/// so no line of the text can close it.
enum WordingMarkdown {
    static func render(_ w: EscalationWording) -> String {
        var out = "# Escalation wording: \(inline(w.route))\n\n"
        out += "- Authority: \(inline(w.authority))\n- Policy: \(inline(w.policy))\n"
        if let s = w.stage { out += "- Stage: \(inline(s))\n" }
        if let o = w.officer { out += "- Responsible officer: \(inline(o))\n" }
        if let t = w.timescale { out += "- Timescale (as the policy words it): \(inline(t))\n" }
        for d in w.due { out += "- \(inline(d))\n" }
        let fence = String(repeating: "`", count: max(3, longestBacktickRun(in: w.text) + 1))
        out += "\n\(fence)text\n" + w.text + (w.text.hasSuffix("\n") || w.text.isEmpty ? "" : "\n") + "\(fence)\n"
        return out
    }

    /// `text` as one line of inline Markdown that renders as exactly this text: line breaks
    /// become spaces (a new line could start an HTML block or a heading), and every character
    /// that can start markup (emphasis, code, links, raw HTML, entities, tables) is escaped
    /// with a backslash, which CommonMark allows before any ASCII punctuation.
    static func inline(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": out.append(" ")
            case "\\", "`", "*", "_", "[", "]", "<", ">", "&", "~", "|", "!", "#":
                out.append("\\")
                out.unicodeScalars.append(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The length of the longest run of backticks in `text`.
    static func longestBacktickRun(in text: String) -> Int {
        var longest = 0, run = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "`") { run += 1; longest = max(longest, run) } else { run = 0 }
        }
        return longest
    }
}
