/// What a Markdown node is. Mirrors cmark-gfm's node types (core and the GFM extensions we
/// enable) as plain Swift values, so no code outside this module ever touches a C pointer.
///
/// The cases with two strings are `indirect` (boxed): they are rare, and unboxed they would
/// double the size of every node, text and paragraph included.
public enum MarkdownNodeKind: Sendable, Equatable {
    case document
    case blockQuote
    case list(ordered: Bool, start: Int, tight: Bool)
    /// A list item; `task` is nil for an ordinary item, or whether a task item is ticked.
    case item(task: Bool?)
    indirect case codeBlock(info: String, literal: String)
    /// Raw HTML from the source. Kept only so `check` can report it: renderers must drop it.
    case htmlBlock(String)
    case paragraph
    case heading(level: Int)
    case thematicBreak
    case table
    case tableRow(isHeader: Bool)
    case tableCell
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    /// Raw inline HTML from the source: reported, never rendered.
    case htmlInline(String)
    case emphasis
    case strong
    case strikethrough
    indirect case link(destination: String, title: String)
    indirect case image(source: String, title: String)
    /// Anything cmark-gfm knows that we do not model (footnotes are off); rendered as its children.
    case other(String)
}
