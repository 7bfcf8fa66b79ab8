import PolicyModel
import Yams

/// Yams' node type, named here so loaders need not spell the module.
typealias YamsNode = Yams.Node

/// A content file split into its YAML front matter and its Markdown body, remembering the
/// line on which each starts so diagnostics point into the real file.
struct FrontMatter {
    /// The YAML between the `---` fences (empty when the file has none).
    var yaml: String
    /// 1-based line of the first YAML line.
    var yamlFirstLine: Int
    /// The Markdown after the closing fence.
    var body: String
    /// Lines before the body, to add to cmark's body-relative line numbers.
    var bodyLineOffset: Int
    /// Whether the file had a front matter block at all.
    var present: Bool

    /// Splits `text`. Returns nil when an opening `---` is never closed. Scans bytes once:
    /// splitting a whole policy into lines only to find two fences was most of the load time.
    init?(splitting text: String) {
        let bytes = Array(text.utf8)
        /// Whether the line starting at `i` is exactly `---` (or `...` when `dots`), optionally with CR.
        func isFence(_ i: Int, dots: Bool) -> (Bool, Int) {
            var j = i
            let ch: UInt8 = 0x2D
            var n = 0
            while j < bytes.count, bytes[j] == ch || (dots && bytes[j] == 0x2E) { j += 1; n += 1 }
            guard n == 3 else { return (false, 0) }
            if j < bytes.count && bytes[j] == 0x0D { j += 1 }
            if j == bytes.count { return (true, j) }
            if bytes[j] == 0x0A { return (true, j + 1) }
            return (false, 0)
        }
        let (opens, yamlStart) = isFence(0, dots: false)
        guard opens, bytes.count >= 3, bytes[0] == 0x2D else {
            yaml = ""; yamlFirstLine = 1; body = text; bodyLineOffset = 0; present = false
            return
        }
        var line = 2
        var i = yamlStart
        while i <= bytes.count {
            let (closes, after) = i < bytes.count ? isFence(i, dots: true) : (false, 0)
            if closes {
                yaml = String(decoding: bytes[yamlStart..<i], as: UTF8.self)
                if yaml.hasSuffix("\n") { yaml.removeLast() }
                yamlFirstLine = 2
                body = String(decoding: bytes[after...], as: UTF8.self)
                bodyLineOffset = line
                present = true
                return
            }
            guard let nl = bytes[i...].firstIndex(of: 0x0A) else { return nil }
            i = nl + 1
            line += 1
        }
        return nil
    }
}

extension FrontMatter {
    /// Splits `text` and parses its YAML, or returns the diagnostic that stops the file: an
    /// unclosed fence, no front matter at all (`missingHint` says what to write), or bad YAML.
    static func parse(_ text: String, file: String, missingHint: String) -> Result<(FrontMatter, YamsNode?), Diagnostic> {
        let top = SourceLocation(file: file, line: 1, column: 1)
        guard let split = FrontMatter(splitting: text) else {
            return .failure(Diagnostic(.error, top, "front matter opened with '---' is never closed: add a line '---' after the last field."))
        }
        guard split.present else {
            return .failure(Diagnostic(.error, top, "missing front matter: start the file with '---', \(missingHint), then '---'."))
        }
        let (node, yamlError) = YAMLDocument.parse(split.yaml, file: file, lineOffset: split.yamlFirstLine - 1)
        if let yamlError { return .failure(yamlError) }
        return .success((split, node))
    }
}
