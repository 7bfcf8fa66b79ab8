import Markdown

/// Views a document's top-level blocks as nested sections: a heading owns every block after
/// it up to the next heading of the same or a higher level. The route, stages and criteria
/// conventions are all expressed as "the section under heading X".
struct BodySections {
    let blocks: [MarkdownNode]

    init(_ document: MarkdownNode) { blocks = document.children }

    /// Heading level of block `i`, if it is a heading.
    func level(_ i: Int) -> Int? {
        if case .heading(let l) = blocks[i].kind { return l }
        return nil
    }

    /// The blocks after heading `i` that belong to it.
    func section(of i: Int) -> Range<Int> {
        guard let l = level(i) else { return i..<i }
        var end = i + 1
        while end < blocks.count {
            if let m = level(end), m <= l { break }
            end += 1
        }
        return (i + 1)..<end
    }

    /// Indices of headings in `range` whose plain text is exactly `text` (whitespace-trimmed).
    func headings(named text: String, in range: Range<Int>) -> [Int] {
        range.filter { level($0) != nil && blocks[$0].plainText.trimmingWhitespace == text }
    }
}
