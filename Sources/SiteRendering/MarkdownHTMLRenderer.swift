import Markdown
import PolicyModel

/// Renders a content Markdown tree to HTML for one page: headings get their anchors (shifted
/// below the page's own `h1`), links to content files become relative page links, raw HTML
/// is dropped, unsafe links become plain text, and glossary terms are marked on first use.
final class MarkdownHTMLRenderer {
    /// Resolves a link destination to an href, or nil to render the link's text only.
    let resolveLink: (String) -> String?
    let marker: GlossaryMarker?
    let headingShift: Int
    private var anchors: [String]
    private var anchorIndex = 0

    init(anchors: [String], headingShift: Int, marker: GlossaryMarker?, resolveLink: @escaping (String) -> String?) {
        self.anchors = anchors
        self.headingShift = headingShift
        self.marker = marker
        self.resolveLink = resolveLink
    }

    func render(_ node: MarkdownNode) -> String {
        var out = HTMLWriter(capacity: 4096)
        render(node, into: &out, tight: false, plain: false)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// `render(node)` written into a page.
    func render(_ node: MarkdownNode, into out: inout HTMLWriter) {
        render(node, into: &out, tight: false, plain: false)
    }

    /// Inline content only (for checklist items, table cells).
    func renderInlines(_ nodes: [MarkdownNode]) -> String {
        var out = HTMLWriter()
        for n in nodes { render(n, into: &out, tight: true, plain: false) }
        return String(decoding: out.bytes, as: UTF8.self)
    }

    // `plain` is true inside links and headings, where glossary links must not nest.
    private func render(_ node: MarkdownNode, into out: inout HTMLWriter, tight: Bool, plain: Bool) {
        func children(tight: Bool = false, plain: Bool = plain) {
            for c in node.children { render(c, into: &out, tight: tight, plain: plain) }
        }
        switch node.kind {
        case .document:
            children()
        case .paragraph:
            if tight { children() } else { out += "<p>"; children(); out += "</p>\n" }
        case .heading(let level):
            let l = min(6, level + headingShift)
            let anchor = anchorIndex < anchors.count ? anchors[anchorIndex] : nil
            anchorIndex += 1
            out += "<h"; out.number(l)
            if let anchor { out += " id=\""; out.escaping(anchor); out += "\"" }
            out += ">"
            children(plain: true)
            out += "</h"; out.number(l); out += ">\n"
        case .list(let ordered, let start, let isTight):
            let tag = ordered ? "ol" : "ul"
            out += "<\(tag)" + (ordered && start != 1 ? " start=\"\(start)\"" : "") + ">\n"
            for item in node.children { render(item, into: &out, tight: isTight, plain: plain) }
            out += "</\(tag)>\n"
        case .item(let task):
            if let task {
                out += "<li class=\"task\"><span class=\"tick\" aria-hidden=\"true\">\(task ? "☑" : "☐")</span> "
            } else {
                out += "<li>"
            }
            children(tight: tight)
            out += "</li>\n"
        case .blockQuote:
            out += "<blockquote>\n"; children(); out += "</blockquote>\n"
        case .codeBlock(_, let literal):
            out += "<pre><code>"; out.escaping(literal); out += "</code></pre>\n"
        case .htmlBlock, .htmlInline:
            break
        case .thematicBreak:
            out += "<hr>\n"
        case .table:
            out += "<div class=\"table-wrap\"><table>\n"
            for (i, row) in node.children.enumerated() {
                if i == 0 { out += "<thead>\n" }
                if i == 1 { out += "<tbody>\n" }
                out += "<tr>"
                for cell in row.children {
                    let tag = i == 0 ? "th" : "td"
                    out += "<\(tag)" + (i == 0 ? " scope=\"col\"" : "") + ">"
                    for c in cell.children { render(c, into: &out, tight: true, plain: plain) }
                    out += "</\(tag)>"
                }
                out += "</tr>\n"
                if i == 0 { out += "</thead>\n" }
            }
            if node.children.count > 1 { out += "</tbody>\n" }
            out += "</table></div>\n"
        case .tableRow, .tableCell:
            children()
        case .text(let s):
            if plain || marker == nil { out.escaping(s) } else { marker!.mark(s, into: &out) }
        case .softBreak:
            out += "\n"
        case .lineBreak:
            out += "<br>\n"
        case .code(let s):
            out += "<code>"; out.escaping(s); out += "</code>"
        case .emphasis:
            out += "<em>"; children(); out += "</em>"
        case .strong:
            out += "<strong>"; children(); out += "</strong>"
        case .strikethrough:
            out += "<del>"; children(); out += "</del>"
        case .link(let destination, let title):
            if let href = resolveLink(destination) {
                out += "<a href=\""; out.escaping(href); out += "\""
                if !title.isEmpty { out += " title=\""; out.escaping(title); out += "\"" }
                out += ">"
                children(plain: true)
                out += "</a>"
            } else {
                children(plain: true)
            }
        case .image:
            // No external or embedded assets: an image is published as its text alternative.
            children(plain: true)
        case .other:
            children()
        }
    }
}
