import CMarkGFM
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place that talks to libcmark-gfm. It parses CommonMark with the GitHub extensions
/// (table, strikethrough, autolink, tagfilter, tasklist) and converts the C tree into
/// `MarkdownNode` values in a single walk, freeing the C tree before returning.
///
/// Safe mode is cmark's default (`CMARK_OPT_UNSAFE` is never set): if anything ever asks
/// cmark itself for HTML, raw HTML and `javascript:` links are suppressed there too.
public enum MarkdownParser {
    /// The GFM extensions every document is parsed with.
    public static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// How deeply blocks and inlines may nest (a list in a list item, a quote in a quote,
    /// emphasis in a link...). Real policies nest under a dozen levels. cmark-gfm parses any
    /// depth without recursion, but every walk of the Swift tree is recursive: 30,000 nested
    /// list markers overflowed the stack. Deeper nodes are left out of the tree, and
    /// `parseBounded` says where the first one is, so loaders report it.
    public static let maxNesting = 100

    /// Parses `text` into a document node. Line numbers are shifted by `lineOffset`, so a
    /// body that follows front matter reports positions in the whole file. Anything nested
    /// deeper than `maxNesting` is left out (see `parseBounded`).
    public static func parse(_ text: String, lineOffset: Int = 0) -> MarkdownNode {
        parseBounded(text, lineOffset: lineOffset).document
    }

    /// At most this many cells in a table row: real tables have under ten.
    public static let maxTableCells = 64

    /// `parse`, also saying which limit the text went over, if any: a node nested deeper
    /// than `maxNesting` (it and everything in it is left out of `document`), or a line with
    /// more than `maxTableCells` cells (then nothing is parsed and `document` is empty).
    public static func parseBounded(_ text: String, lineOffset: Int = 0) -> (document: MarkdownNode, exceeded: MarkdownLimit?) {
        ensureRegistered()
        if let wide = firstLineWithTooManyCells(text) {
            return (MarkdownNode(kind: .document, position: SourcePosition(line: 1, column: 1)),
                    .tableCells(SourcePosition(line: wide.line + lineOffset, column: wide.column)))
        }
        // cmark-gfm keeps the inline parser's table of special characters in process-wide
        // state: every inline pass adds the extensions' characters ('~' and others) and removes them
        // when it ends, so two
        // parsers on two threads corrupt each other (strikethrough silently lost). Parsers
        // therefore never feed or finish at the same time (the table extension parses a row's
        // inlines while feeding, so both calls touch the table). Converting the C tree into
        // Swift values and freeing it touch no shared state and run on every core.
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        guard let parser = cmark_parser_new(options) else {
            return (MarkdownNode(kind: .document, position: SourcePosition(line: 1, column: 1)), nil)
        }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var text = text
        lock.lock()
        text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        let finished = cmark_parser_finish(parser)
        lock.unlock()
        guard let root = finished else {
            return (MarkdownNode(kind: .document, position: SourcePosition(line: 1, column: 1)), nil)
        }
        defer { cmark_node_free(root) }
        return (convert(root, lineOffset: lineOffset, depth: 0), firstTooDeep(root, lineOffset: lineOffset).map(MarkdownLimit.nesting))
    }

    /// The first line (1-based, with the column of the separator that crosses the limit)
    /// holding more than `maxTableCells` + 1 unescaped '|'. It jumps from '|' to '|' with
    /// memchr and looks for a line feed between two of them the same way, so text without
    /// tables costs one SIMD pass; the line number is counted only for the answer.
    static func firstLineWithTooManyCells(_ text: String) -> (line: Int, column: Int)? {
        var text = text
        return text.withUTF8 { bytes -> (Int, Int)? in
            guard let base = bytes.baseAddress else { return nil }
            let count = bytes.count
            var pipes = 0, lineStart = 0, i = 0
            while i < count, let found = memchr(base + i, 0x7C, count - i) {
                let pipe = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
                // A line feed since the last '|' starts a new line (the last one counts).
                var from = i
                while from < pipe, let newline = memchr(base + from, 0x0A, pipe - from) {
                    lineStart = UnsafePointer<UInt8>(newline.assumingMemoryBound(to: UInt8.self)) - base + 1
                    pipes = 0
                    from = lineStart
                }
                i = pipe + 1
                // An odd run of backslashes before it makes it text ('\\|'), not a separator.
                var slashes = 0
                while pipe - slashes - 1 >= lineStart, base[pipe - slashes - 1] == 0x5C { slashes += 1 }
                if slashes % 2 == 1 { continue }
                pipes += 1
                if pipes > maxTableCells + 1 {
                    let line = 1 + UnsafeBufferPointer(start: base, count: lineStart).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                    return (line, pipe - lineStart + 1)
                }
            }
            return nil
        }
    }

    /// The position of the first node, in document order, nested deeper than `maxNesting`:
    /// a walk with its own stack, so any depth is safe.
    private static func firstTooDeep(_ root: OpaquePointer, lineOffset: Int) -> SourcePosition? {
        var stack: [(OpaquePointer, Int)] = [(root, 0)]
        while let (node, depth) = stack.popLast() {
            if depth > maxNesting { return position(of: node, lineOffset: lineOffset) }
            // Children pushed last first, so the first child is looked at next.
            var child = cmark_node_last_child(node)
            while let current = child {
                stack.append((current, depth + 1))
                child = cmark_node_previous(current)
            }
        }
        return nil
    }

    private static func position(of node: OpaquePointer, lineOffset: Int) -> SourcePosition {
        SourcePosition(line: Int(cmark_node_get_start_line(node)) + lineOffset, column: Int(cmark_node_get_start_column(node)))
    }

    /// Renders `text` to HTML with cmark-gfm's own renderer in safe mode. The site uses its own
    /// renderer (it needs anchors, link rewriting and glossary marks); this one exists for the
    /// benchmark's floor and for tests that pin cmark's safe behaviour.
    public static func renderHTMLWithCMark(_ text: String) -> String {
        ensureRegistered()
        lock.lock()
        defer { lock.unlock() }
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return "" }
        defer { cmark_parser_free(parser) }
        var extensions: UnsafeMutablePointer<cmark_llist>? = nil
        let mem = cmark_get_default_mem_allocator()
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
                extensions = cmark_llist_append(mem, extensions, UnsafeMutableRawPointer(ext))
            }
        }
        defer { cmark_llist_free(mem, extensions) }
        var text = text
        text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let root = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(root) }
        guard let html = cmark_render_html(root, CMARK_OPT_DEFAULT, extensions) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    // Registration is process-wide and idempotent in cmark-gfm, but not thread-safe the first
    // time: a static let makes Swift run it exactly once.
    private static let registration: Void = { cmark_gfm_core_extensions_ensure_registered() }()

    private static func ensureRegistered() { _ = registration }

    /// Parsing is one at a time: cmark-gfm keeps its table of special inline characters in a
    /// global that attaching extensions writes while a parse reads it (github/cmark-gfm pull
    /// request #176, still open), so two parses at once can misread each other's text. Loading
    /// spends most of its time outside the parse, so both cores stay busy.
    private static let lock = NSLock()

    /// The Swift tree of `node`; recursive, so it stops at `maxNesting` levels.
    private static func convert(_ node: OpaquePointer, lineOffset: Int, depth: Int) -> MarkdownNode {
        var children: [MarkdownNode] = []
        var child = depth < maxNesting ? cmark_node_first_child(node) : nil
        while let current = child {
            children.append(convert(current, lineOffset: lineOffset, depth: depth + 1))
            child = cmark_node_next(current)
        }
        return MarkdownNode(kind: kind(of: node), children: children, position: position(of: node, lineOffset: lineOffset))
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func kind(of node: OpaquePointer) -> MarkdownNodeKind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST:
            return .list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                         start: Int(cmark_node_get_list_start(node)),
                         tight: cmark_node_get_list_tight(node) != 0)
        case CMARK_NODE_ITEM:
            // The tasklist extension keeps the item type and marks the node by type string.
            return string(cmark_node_get_type_string(node)) == "tasklist"
                ? .item(task: cmark_gfm_extensions_get_tasklist_item_checked(node)) : .item(task: nil)
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(info: string(cmark_node_get_fence_info(node)), literal: string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock(string(cmark_node_get_literal(node)))
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_TEXT: return .text(string(cmark_node_get_literal(node)))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_INLINE: return .htmlInline(string(cmark_node_get_literal(node)))
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK:
            return .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE:
            return .image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        default:
            // Extension nodes have dynamically registered types: identify them by name.
            let name = string(cmark_node_get_type_string(node))
            switch name {
            case "table": return .table
            case "table_header": return .tableRow(isHeader: true)
            case "table_row": return .tableRow(isHeader: cmark_gfm_extensions_get_table_row_is_header(node) != 0)
            case "table_cell": return .tableCell
            case "strikethrough": return .strikethrough
            case "tasklist": return .item(task: cmark_gfm_extensions_get_tasklist_item_checked(node))
            default: return .other(name)
            }
        }
    }
}
