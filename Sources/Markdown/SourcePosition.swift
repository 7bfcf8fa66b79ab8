/// Where a Markdown node starts in its source text, 1-based, as cmark-gfm reports it
/// (columns count bytes, like a compiler's). Kept so every later diagnostic can point at it.
public struct SourcePosition: Sendable, Equatable, Hashable {
    // Stored as 32-bit numbers (cmark-gfm's own width): every node carries a position, and
    // at 10,000 policies the parsed texts are most of a build's memory.
    private var storedLine: Int32
    private var storedColumn: Int32

    /// 1-based line number.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }
    /// 1-based column (in UTF-8 bytes).
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    /// Creates a position.
    public init(line: Int, column: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }
}
