import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The size and modification time of every content file, read with one `stat` each: enough to
/// know that nothing changed without reading or parsing anything.
struct InputFingerprint: Equatable, Sendable {
    /// "path size mtime-ns" lines, sorted by path.
    let lines: [String]

    /// Fingerprints the content folder (the files the loader reads, in the same places).
    init(content: URL) {
        let fm = FileManager.default
        let root = content.path + "/"
        var paths = ["site.yml", "glossary.yml", "wording/escalation.mustache"]
        for name in ((try? fm.contentsOfDirectory(atPath: root + "policies")) ?? []) {
            paths.append("policies/\(name)/policy.md")
            paths.append("policies/\(name)")
        }
        for name in ((try? fm.contentsOfDirectory(atPath: root + "checklists")) ?? []) {
            paths.append("checklists/\(name)")
        }
        var lines: [String] = []
        lines.reserveCapacity(paths.count)
        for path in paths.sorted() {
            var st = stat()
            if stat(root + path, &st) == 0 {
                lines.append("\(path) \(st.st_size) \(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec) \(st.st_ino)")
            } else {
                lines.append("\(path) missing")
            }
        }
        self.lines = lines
    }

    init(lines: [String]) { self.lines = lines }

    /// The ids of policies whose pages cannot have changed since `previous`: nothing outside
    /// `policies/` changed (site.yml, glossary, template, checklists), no policy was added or
    /// removed (links between policies depend on which exist), and the policy's own file and
    /// folder are as they were. Empty when anything global changed.
    func unchangedPolicies(since previous: InputFingerprint) -> Set<String> {
        func split(_ lines: [String]) -> (global: [String], perPolicy: [String: [String]]) {
            var global: [String] = [], per: [String: [String]] = [:]
            for line in lines {
                if let id = PolicyFolder.id(in: line) { per[id, default: []].append(line) } else { global.append(line) }
            }
            return (global, per)
        }
        let now = split(lines), before = split(previous.lines)
        guard now.global == before.global, Set(now.perPolicy.keys) == Set(before.perPolicy.keys) else { return [] }
        return Set(now.perPolicy.compactMap { id, lines in before.perPolicy[id] == lines ? id : nil })
    }
}
