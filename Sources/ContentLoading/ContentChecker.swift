import Markdown
import PolicyModel

/// Cross-reference checks over the loaded model: every internal link and `#anchor`, every
/// checklist source, and no unsafe link scheme. All problems are collected.
struct ContentChecker: Sendable {
    let model: ContentModel
    /// Maps a content-relative path to the path shown to the user.
    let display: @Sendable (String) -> String

    /// Every problem, except in the links of the policies in `skipped` (the loader skips
    /// those it knows are unchanged and whose targets are all still there).
    func check(skippingLinksOf skipped: Set<String> = []) -> [Diagnostic] {
        // Policies on all cores, results in policy order.
        let checker = self
        let policies = skipped.isEmpty ? model.policies : model.policies.filter { !skipped.contains($0.id) }
        var out: [Diagnostic] = Parallel.map(policies) { policy -> [Diagnostic] in
            let ownAnchors = Set(policy.headings.map(\.anchor))
            var found: [Diagnostic] = []
            for link in policy.links {
                found += checker.checkTarget(LinkResolver.resolve(link.destination, fromFile: ContentLayout.policyFile(policy.id)),
                                             text: link.destination, at: link.location, ownAnchors: ownAnchors)
            }
            return found
        }.flatMap { $0 }
        for checklist in model.checklists {
            let path = ContentLayout.checklistFile(checklist.id + ".md")
            for item in checklist.items {
                let paragraph = MarkdownNode(kind: .paragraph, children: item.content, position: SourcePosition(line: item.location.line, column: item.location.column))
                out += checkLinks(in: paragraph, file: checklist.file, contentPath: path, ownAnchors: [])
                if let source = item.source {
                    out += checkTarget(.policy(id: source.policyID, anchor: source.anchor), text: source.label, at: item.location, ownAnchors: [])
                }
            }
        }
        return out
    }

    /// Every anchor a link into `policy` may name, in order: its headings', and one per route,
    /// stage and criterion (`checkTarget` accepts exactly these).
    static func anchors(of policy: Policy) -> [String] {
        let anchors = Anchor.all(of: policy)
        return policy.headings.map(\.anchor) + Anchor.Kind.allCases.flatMap { anchors[$0] ?? [] }
    }

    func checkLinks(in node: MarkdownNode, file: String, contentPath: String, ownAnchors: Set<String>) -> [Diagnostic] {
        var out: [Diagnostic] = []
        node.forEach { n in
            let destination: String
            switch n.kind {
            case .link(let d, _): destination = d
            case .image(let d, _): destination = d
            default: return
            }
            let at = SourceLocation(file: file, line: n.position.line, column: n.position.column)
            out += checkTarget(LinkResolver.resolve(destination, fromFile: contentPath), text: destination, at: at, ownAnchors: ownAnchors)
        }
        return out
    }

    func checkTarget(_ target: LinkTarget, text: String, at: SourceLocation, ownAnchors: Set<String>) -> [Diagnostic] {
        switch target {
        case .external:
            return []
        case .unsafe(let url):
            return [Diagnostic(.error, at, "unsafe link '\(url)': only http, https and mailto addresses and relative links to content files are allowed.")]
        case .broken(let reason):
            return [Diagnostic(.error, at, "broken link: \(reason).")]
        case .samePage(let anchor):
            return ownAnchors.contains(anchor) ? [] : [Diagnostic(.error, at, "broken anchor '#\(anchor)': no heading on this page has that anchor.\(Suggestion.phrase(for: anchor, in: Array(ownAnchors)))")]
        case .policy(let id, let anchor):
            guard let policy = model.policy(id) else {
                return [Diagnostic(.error, at, "broken link: no policy '\(id)'.\(Suggestion.phrase(for: id, in: model.policies.map(\.id))) Policies: \(model.policies.map(\.id).joined(separator: ", ")).")]
            }
            guard let anchor, !policy.headings.contains(where: { $0.anchor == anchor }) else { return [] }
            // Besides headings, a policy page has an anchor per route, stage and criterion.
            let anchors = Anchor.all(of: policy)
            if anchors.values.contains(where: { $0.contains(anchor) }) { return [] }
            for kind in Anchor.Kind.allCases where anchor.hasPrefix(kind.prefix) {
                let valid = anchors[kind] ?? []
                return [Diagnostic(.error, at, "unknown \(kind.rawValue) '#\(anchor)' in policy '\(id)'.\(Suggestion.phrase(for: anchor, in: valid)) Valid: \(valid.prefix(12).joined(separator: ", "))\(valid.count > 12 ? ", …" : "").")]
            }
            return [Diagnostic(.error, at, "broken anchor '#\(anchor)' in policy '\(id)': no heading has that anchor.\(Suggestion.phrase(for: anchor, in: policy.headings.map(\.anchor)))")]
        case .checklist(let id, let anchor):
            guard model.checklists.contains(where: { $0.id == id }) else {
                return [Diagnostic(.error, at, "broken link: no checklist '\(id)'.\(Suggestion.phrase(for: id, in: model.checklists.map(\.id)))")]
            }
            if anchor != nil { return [Diagnostic(.error, at, "checklist pages have no anchors to link to: link to the checklist itself.")] }
            return []
        }
    }
}
