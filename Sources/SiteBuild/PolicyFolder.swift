/// Each policy's files in `content/` and its pages in the output sit in a folder named by its
/// id, `policies/<id>/`: the rebuild caches group their lines by it.
enum PolicyFolder {
    /// The id of the policy folder that `path` lies in ("policies/<id>/…", or "policies/<id>"
    /// ending the path or followed by a space, as in a fingerprint line), or nil for a path
    /// outside `policies/`. Read as bytes: a 10,000-policy library asks this 100,000 times.
    static func id(in path: String) -> String? {
        let utf8 = path.utf8
        guard utf8.starts(with: prefix) else { return nil }
        let rest = utf8.dropFirst(prefix.count)
        let end = rest.firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: " ") } ?? rest.endIndex
        return String(Substring(rest[..<end]))
    }

    private static let prefix = Array("policies/".utf8)
}
