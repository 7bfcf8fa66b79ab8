/// Where a Markdown node starts in its source text, 1-based, as cmark-gfm reports it
/// (columns count bytes, like a compiler's). Kept so every later diagnostic can point at it.
public struct SourcePosition: Sendable, Equatable, Hashable {
    /// 1-based line number.
    public var line: Int
    /// 1-based column (in UTF-8 bytes).
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
