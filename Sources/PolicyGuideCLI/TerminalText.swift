/// Text from content or the command line made safe to print on a terminal. Escape sequences
/// (ESC), carriage returns and line feeds in a link destination or a file name could move
/// the cursor, recolour the screen or start a new line, enough to print a forged
/// `…: error:` line or a fake "0 errors". Every C0 and C1 control character, DEL, and the
/// bidirectional-override characters that reorder what is shown are printed as `\u{1B}`.
enum TerminalText {
    /// `text` with every control character written visibly; with `keepingLineBreaks`, line
    /// feeds stay (for a message the program itself spreads over several lines).
    static func visible(_ text: String, keepingLineBreaks: Bool = false) -> String {
        // Almost every message is plain: it is returned as it is.
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingLineBreaks: keepingLineBreaks) }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, keepingLineBreaks: keepingLineBreaks) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func needsEscape(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> Bool {
        switch scalar.value {
        case 0x0A: return !keepingLineBreaks
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }
}
