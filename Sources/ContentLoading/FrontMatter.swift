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

    /// Splits `text`. Returns nil when an opening `---` is never closed.
    init?(splitting text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingCR == "---" else {
            yaml = ""; yamlFirstLine = 1; body = text; bodyLineOffset = 0; present = false
            return
        }
        guard let close = lines.dropFirst().firstIndex(where: { $0.trimmingTrailingCR == "---" || $0.trimmingTrailingCR == "..." }) else {
            return nil
        }
        yaml = lines[1..<close].joined(separator: "\n")
        yamlFirstLine = 2
        body = lines[(close + 1)...].joined(separator: "\n")
        bodyLineOffset = close + 1
        present = true
    }
}

extension Substring {
    var trimmingTrailingCR: Substring { last == "\r" ? dropLast() : self }
}
