/// Where a model value came from: a content file (relative to the content folder's parent,
/// e.g. `content/policies/bexley/policy.md`) and a 1-based line and column.
public struct SourceLocation: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    /// Path as shown to the user.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col`, the form editors and terminals turn into a jump target.
    public var description: String { "\(file):\(line):\(column)" }

    /// Orders by file, then line, then column, so diagnostics print in reading order.
    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}
