/// A limit a Markdown text went over: where, and what to tell its author. `MarkdownParser`
/// bounds what any text can cost, and loaders report these as errors.
public enum MarkdownLimit: Equatable, Sendable {
    /// A node nested deeper than `MarkdownParser.maxNesting` (lists, quotes, emphasis).
    case nesting(SourcePosition)
    /// A line with more than `MarkdownParser.maxTableCells` cells: cmark-gfm's table
    /// extension takes time growing with the square of a row's cells (20,000 took 10 s).
    case tableCells(SourcePosition)

    /// Where the limit was crossed.
    public var position: SourcePosition {
        switch self {
        case .nesting(let p), .tableCells(let p): return p
        }
    }

    /// What is wrong and what to write instead.
    public var message: String {
        switch self {
        case .nesting:
            return "lists, quotes or emphasis are nested more than \(MarkdownParser.maxNesting) levels deep here, the limit: flatten the structure."
        case .tableCells:
            return "this line has more than \(MarkdownParser.maxTableCells) table cells ('|' separators), the limit: split the table, or write a '|' in text as '\\|'."
        }
    }
}
