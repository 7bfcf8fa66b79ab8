import Markdown
import PolicyModel

/// Reads one `checklists/<id>.md`: `##` headings start sections, list items are the items
/// (task items `- [ ]` are checks, plain items `- ` are notes without a box; paragraphs under
/// an item are an editor's note on it), and each item's last link to a policy file is its source.
struct ChecklistLoader {
    let id: String
    /// Path as shown in diagnostics.
    let file: String
    /// Path relative to the content folder, for resolving links.
    let contentPath: String
    var diagnostics: [Diagnostic] = []

    static let fields = ["title", "audience", "summary", "order"]

    func loc(_ p: SourcePosition) -> SourceLocation { SourceLocation(file: file, line: p.line, column: p.column) }

    mutating func load(_ text: String) -> Checklist? {
        let top = SourceLocation(file: file, line: 1, column: 1)
        let split: FrontMatter, node: YamsNode?
        switch FrontMatter.parse(text, file: file, missingHint: "a 'title:' line") {
        case .failure(let d): diagnostics.append(d); return nil
        case .success(let parsed): (split, node) = parsed
        }
        var f = YAMLFields(node, file: file, lineOffset: split.yamlFirstLine - 1, known: Self.fields, fallback: top, what: "checklist front matter")
        let title = f.string("title", required: true)
        let audience = f.string("audience", required: false)
        let summary = f.string("summary", required: false)
        let order = f.int("order") ?? 1000
        diagnostics += f.diagnostics
        let (body, exceeded) = MarkdownParser.parseBounded(split.body, lineOffset: split.bodyLineOffset)
        if let exceeded {
            diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: exceeded.position.line, column: exceeded.position.column), exceeded.message))
            // An unparsed body: any further finding would only follow from the missing text.
            if case .tableCells = exceeded { return nil }
        }
        var sections: [ChecklistSection] = []
        var current = ChecklistSection(title: nil, items: [])
        for block in body.children {
            switch block.kind {
            case .heading:
                if current.title != nil || !current.items.isEmpty || !current.notes.isEmpty { sections.append(current) }
                current = ChecklistSection(title: block.plainText.trimmingWhitespace, items: [])
            case .list:
                for item in block.children { current.items.append(self.item(item)) }
            case .paragraph, .blockQuote:
                current.notes.append(block)
            case .htmlBlock:
                diagnostics.append(Diagnostic(.warning, loc(block.position), "raw HTML is never published and has been dropped: write Markdown instead."))
            default:
                break
            }
        }
        if current.title != nil || !current.items.isEmpty || !current.notes.isEmpty { sections.append(current) }
        if sections.allSatisfy({ $0.items.isEmpty }) {
            diagnostics.append(Diagnostic(.error, top, "checklist has no items: add task-list items such as '- [ ] Item text ([Source](../policies/<id>/policy.md#section))'."))
        }
        guard let title else { return nil }
        return Checklist(id: id, title: title, audience: audience, summary: summary, order: order, sections: sections, file: file)
    }

    /// One item: its first paragraph's inlines, less the trailing "([source](…))".
    func item(_ node: MarkdownNode) -> ChecklistItem {
        var inlines = node.children.first(where: { $0.kind == .paragraph })?.children ?? []
        var source: SourceRef? = nil
        if let index = inlines.lastIndex(where: { inline in
            if case .link(let dest, _) = inline.kind, case .policy = LinkResolver.resolve(dest, fromFile: contentPath) { return true }
            return false
        }), case .link(let dest, _) = inlines[index].kind, case .policy(let pid, let anchor) = LinkResolver.resolve(dest, fromFile: contentPath) {
            source = SourceRef(label: inlines[index].plainText.trimmingWhitespace, policyID: pid, anchor: anchor)
            inlines.remove(at: index)
            // Drop the brackets around the citation: "text ([source](…))" → "text".
            if index < inlines.count, case .text(let after) = inlines[index].kind, after.hasPrefix(")") {
                let rest = String(after.dropFirst())
                if rest.trimmingWhitespace.isEmpty { inlines.remove(at: index) } else { inlines[index].kind = .text(rest) }
            }
            if index > 0, case .text(let before) = inlines[index - 1].kind {
                var t = Substring(before)
                while t.last == " " { t.removeLast() }
                if t.last == "(" { t.removeLast() }
                while t.last == " " || t.last == "—" || t.last == "–" { t.removeLast() }
                inlines[index - 1].kind = .text(String(t))
            }
        }
        let text = MarkdownNode(kind: .paragraph, children: inlines, position: node.position).plainText.trimmingWhitespace
        // A task item ("- [ ]") is a check; a plain item ("- ") is guidance, printed without a box.
        var isCheck = true
        if case .item(let task) = node.kind { isCheck = task != nil }
        let paragraphs = node.children.filter { $0.kind == .paragraph }
        return ChecklistItem(content: inlines, text: text, source: source, location: loc(node.position), isCheck: isCheck,
                             notes: Array(paragraphs.dropFirst()))
    }
}
