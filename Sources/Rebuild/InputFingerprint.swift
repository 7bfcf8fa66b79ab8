import ContentLoading
import Publishing
#if canImport(Glibc)
import Glibc
#endif

/// The stamp (size, modification time, inode) of every content file the loader reads, taken
/// with one `stat` each: enough to know that nothing changed without reading or parsing
/// anything, and which policies did not change after an edit.
///
/// Kept as numbers, grouped the way a rebuild asks: the files outside `policies/` (site.yml,
/// glossary, wording template, checklists) together, and each policy's folder and file under
/// its id. The paths come from `ContentLayout`, as the loader's do.
package struct InputFingerprint: Equatable, Sendable {
    /// Path inside content/ → its stamp, or nil if it is missing.
    package let global: [String: FileStamp?]
    /// Each entry of `policies/`, by name: the stamps of the folder and of its policy.md.
    package let policies: [String: PolicyStamps]

    /// A policy's stamps; nil where the file is missing.
    package struct PolicyStamps: Equatable, Sendable {
        package var folder: FileStamp?
        package var file: FileStamp?
    }

    /// Fingerprints the content folder (the files the loader reads, in the same places).
    package init(content: String) {
        let root = content + "/"
        let descriptor = open(content, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if descriptor >= 0 { close(descriptor) } }
        func stamp(_ path: String) -> FileStamp? { descriptor >= 0 ? FileStamp.of(path, in: descriptor) : nil }
        var global: [String: FileStamp?] = [:]
        for path in ContentLayout.singleFiles + FileSystem.names(in: root + ContentLayout.checklists).map(ContentLayout.checklistFile) {
            global[path] = .some(stamp(path))
        }
        var policies: [String: PolicyStamps] = [:]
        for name in FileSystem.names(in: root + ContentLayout.policies) {
            policies[name] = PolicyStamps(folder: stamp(ContentLayout.policyFolder(name)), file: stamp(ContentLayout.policyFile(name)))
        }
        self.init(global: global, policies: policies)
    }

    package init(global: [String: FileStamp?], policies: [String: PolicyStamps]) {
        self.global = global
        self.policies = policies
    }

    /// The ids of policies whose pages cannot have changed since `previous`: nothing outside
    /// `policies/` changed (site.yml, glossary, template, checklists), no policy was added or
    /// removed (links between policies depend on which exist), and the policy's own file and
    /// folder are as they were. Empty when anything global changed.
    package func unchangedPolicies(since previous: InputFingerprint) -> Set<String> {
        guard global == previous.global, policies.count == previous.policies.count else { return [] }
        var unchanged: Set<String> = []
        unchanged.reserveCapacity(policies.count)
        for (id, stamps) in policies {
            guard let before = previous.policies[id] else { return [] }
            if before == stamps { unchanged.insert(id) }
        }
        return unchanged
    }
}
