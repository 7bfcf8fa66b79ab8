/// One node of a parsed Markdown document: an immutable Swift value tree built in one pass
/// from cmark-gfm's C tree (see `MarkdownParser`).
public struct MarkdownNode: Sendable, Equatable {
    /// The node's type and its type-specific data.
    public var kind: MarkdownNodeKind
    /// Child nodes in document order.
    public var children: [MarkdownNode]
    /// Where the node starts in the parsed text.
    public var position: SourcePosition

    /// Creates a node.
    public init(kind: MarkdownNodeKind, children: [MarkdownNode] = [], position: SourcePosition) {
        self.kind = kind
        self.children = children
        self.position = position
    }

    /// The node's text with all markup removed: what a heading or a table cell "says".
    /// Soft and hard breaks become single spaces; raw HTML contributes nothing.
    public var plainText: String {
        var out = ""
        appendPlainText(to: &out)
        return out
    }

    private func appendPlainText(to out: inout String) {
        switch kind {
        case .text(let s), .code(let s):
            out += s
        case .softBreak, .lineBreak:
            out += " "
        case .htmlInline, .htmlBlock:
            break
        default:
            for child in children { child.appendPlainText(to: &out) }
        }
    }

    /// Every node in this subtree, depth first, the node itself first.
    public func forEach(_ body: (MarkdownNode) -> Void) {
        body(self)
        for child in children { child.forEach(body) }
    }
}
