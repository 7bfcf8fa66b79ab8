/// Resolves link destinations written in content files (relative paths to `.md` files, as an
/// author's editor would follow them) to `LinkTarget`s.
public enum LinkResolver {
    static let safeSchemes = ["http", "https", "mailto"]

    /// Resolves `destination`, written in the file at `fromFile` (path relative to the content
    /// folder, e.g. `checklists/review-triggers.md`).
    public static func resolve(_ destination: String, fromFile: String) -> LinkTarget {
        if let target = policyToPolicy(destination, fromFile: fromFile) { return target }
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

    /// The common case, read without building path components: a policy linking to another
    /// policy as `../<id>/policy.md[#anchor]`. Anything else returns nil and takes the
    /// general path above.
    static func policyToPolicy(_ destination: String, fromFile: String) -> LinkTarget? {
        guard fromFile.hasPrefix(ContentLayout.policies + "/"), destination.hasPrefix("../") else { return nil }
        let utf8 = destination.utf8
        var rest = utf8.dropFirst(3)
        guard let slash = rest.firstIndex(of: UInt8(ascii: "/")) else { return nil }
        let id = rest[..<slash]
        guard !id.isEmpty, id.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }) else { return nil }
        rest = rest[rest.index(after: slash)...]
        let file = Array("policy.md".utf8)
        guard rest.starts(with: file) else { return nil }
        rest = rest.dropFirst(file.count)
        if rest.isEmpty { return .policy(id: String(Substring(id)), anchor: nil) }
        guard rest.first == UInt8(ascii: "#") else { return nil }
        let anchor = rest.dropFirst()
        // Anything unusual in the anchor (spaces, another '#', anything beyond ASCII, such as
        // the no-break space a word processor pastes) goes the general way.
        guard anchor.allSatisfy({ $0 > 0x20 && $0 < 0x80 && $0 != UInt8(ascii: "#") }) else { return nil }
        return .policy(id: String(Substring(id)), anchor: anchor.isEmpty ? nil : String(Substring(anchor)))
    }
}
