/// Resolves link destinations written in content files (relative paths to `.md` files, as an
/// author's editor would follow them) to `LinkTarget`s.
public enum LinkResolver {
    static let safeSchemes = ["http", "https", "mailto"]

    /// Resolves `destination`, written in the file at `fromFile` (path relative to the content
    /// folder, e.g. `checklists/review-triggers.md`).
    public static func resolve(_ destination: String, fromFile: String) -> LinkTarget {
        let dest = destination.trimmingWhitespace
        if let colon = dest.firstIndex(of: ":"), !dest[..<colon].contains("/"), !dest[..<colon].contains("#") {
            let scheme = dest[..<colon].lowercased()
            return safeSchemes.contains(scheme) ? .external(dest) : .unsafe(dest)
        }
        if dest.hasPrefix("//") { return .unsafe(dest) }
        var path = dest
        var anchor: String? = nil
        if let hash = dest.firstIndex(of: "#") {
            path = String(dest[..<hash])
            anchor = String(dest[dest.index(after: hash)...])
            if anchor == "" { anchor = nil }
        }
        if path.isEmpty {
            guard let anchor else { return .broken("empty link") }
            return .samePage(anchor: anchor)
        }
        if path.hasPrefix("/") { return .broken("absolute path '\(path)': write a path relative to this file") }
        var parts = fromFile.split(separator: "/").map(String.init).dropLast()
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            if component == "." { continue }
            if component == ".." {
                if parts.isEmpty { return .broken("'\(dest)' leads outside the content folder") }
                parts.removeLast()
            } else {
                parts.append(String(component))
            }
        }
        let joined = parts.joined(separator: "/")
        if parts.count == 3, parts[0] == "policies", parts[2] == "policy.md" {
            return .policy(id: parts[1], anchor: anchor)
        }
        if parts.count == 2, parts[0] == "checklists", parts[1].hasSuffix(".md") {
            return .checklist(id: String(parts[1].dropLast(3)), anchor: anchor)
        }
        return .broken("'\(joined)' is not a policy (policies/<id>/policy.md) or checklist (checklists/<id>.md) file")
    }
}
