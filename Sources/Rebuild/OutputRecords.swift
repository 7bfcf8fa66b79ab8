import Publishing
import SiteRendering

/// What a build wrote at every output path, grouped by the policy folder each file lies in
/// (`policies/<id>/…`, keyed by the path inside that folder), with the whole-site pages in a
/// group of their own (keyed by their whole path).
///
/// Grouped because a rebuild handles policies whole: after an edit, 999 of 1,000 policies keep
/// every page, and their groups pass from the last build's records to the new ones as they
/// are, instead of 10,000 paths being split, looked up and inserted one by one.
package struct OutputRecords: Equatable, Sendable {
    /// Group id (a policy id, or `siteGroup`) → path inside the group → record.
    private(set) var groups: [String: [String: OutputRecord]] = [:]

    /// The group of the pages outside `policies/<id>/`. Not a valid policy id.
    package static let siteGroup = ""

    package init() {}

    /// Records from whole paths (tests, and callers holding paths).
    package init(_ records: [String: OutputRecord]) {
        for (path, record) in records { self[path: path] = record }
    }

    /// The record at a whole output path.
    package subscript(path path: String) -> OutputRecord? {
        get {
            let (group, inner) = Self.split(path)
            return groups[group]?[inner]
        }
        set {
            let (group, inner) = Self.split(path)
            groups[group, default: [:]][inner] = newValue
        }
    }

    /// The number of files recorded.
    package var count: Int { groups.values.reduce(0) { $0 + $1.count } }

    /// A policy's whole group (nil if it has none).
    package func group(_ id: String) -> [String: OutputRecord]? { groups[id] }

    /// Puts a whole group in place (a policy or the whole-site pages kept as they were).
    package mutating func setGroup(_ id: String, _ records: [String: OutputRecord]) { groups[id] = records }

    /// The whole output path of `inner` in `group`.
    package static func path(_ inner: String, in group: String) -> String {
        group == siteGroup ? inner : SitePath.policies + group + "/" + inner
    }

    /// The folder a group's inner paths are relative to, inside the output folder.
    package static func folder(of group: String) -> String {
        group == siteGroup ? "." : SitePath.policies + group
    }

    /// (group, inner path) of a whole output path: a file inside `policies/<id>/` belongs to
    /// that policy's group; anything else (also a file directly in `policies/`) to the site's.
    package static func split(_ path: String) -> (group: String, inner: String) {
        let utf8 = path.utf8
        guard utf8.starts(with: policiesPrefix) else { return (siteGroup, path) }
        let rest = utf8.dropFirst(policiesPrefix.count)
        guard let slash = rest.firstIndex(of: UInt8(ascii: "/")), slash != rest.startIndex else { return (siteGroup, path) }
        return (String(Substring(rest[..<slash])), String(Substring(rest[rest.index(after: slash)...])))
    }

    /// Whether every file of `group` is still in `output` (an open folder) exactly as
    /// recorded. Each is looked up from its group's folder, opened once, so the kernel walks
    /// one or two path components per file rather than the whole path.
    package static func intact(_ group: String, _ records: [String: OutputRecord], in output: Int32) -> Bool {
        FileSystem.withFolder(folder(of: group), in: output, otherwise: false) { descriptor in
            records.allSatisfy { FileStamp.of($0.key, in: descriptor) == $0.value.stamp }
        }
    }

    private static let policiesPrefix = Array(SitePath.policies.utf8)
}
