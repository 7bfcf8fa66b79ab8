import Publishing
import ContentLoading
import Foundation

/// What the last build saw and wrote, kept in the output folder (`.policyguide-cache`, not
/// part of the published site and not committed): the input fingerprint, to skip a build when
/// nothing changed, and a hash and stamp of every output file, so a rebuild leaves unchanged
/// files untouched instead of rewriting them.
package struct BuildCache: Sendable {
    package static let fileName = ".policyguide-cache"
    /// Changes whenever the tool's output could change for the same input.
    package static let toolVersion = "policyguide-cache-3 " + executableStamp

    package var fingerprint: InputFingerprint
    /// What was written at every output path, grouped by policy.
    package var outputs: OutputRecords
    /// The warnings printed by the build, replayed when the build is skipped.
    package var warnings: [String]
    /// A hash of every policy's loaded summary (everything but its text): the whole-site
    /// pages (home, A–Z, comparison, changes, checklists, glossary) depend on nothing else
    /// from the policies, so while it and the other inputs are unchanged they are kept.
    package var summaryDigest: UInt64? = nil

    /// Reads the cache in `output`, if present, intact and written by this version of the
    /// tool. A binary form (`ByteWriter`'s): a 10,000-policy site lists over 100,000 outputs,
    /// and reading them (then writing them back) is a large part of a one-edit rebuild.
    package static func read(in output: URL) -> BuildCache? {
        guard let bytes = FileSystem.read(output.path + "/" + fileName) else { return nil }
        let header = Array((toolVersion + "\n").utf8)
        guard bytes.starts(with: header) else { return nil }
        var reader = ByteReader(bytes[header.count...])
        do {
            var global: [String: FileStamp?] = [:]
            for _ in 0..<(try reader.count()) { global[try reader.string()] = .some(try reader.optional(FileStamp.read)) }
            var policies: [String: InputFingerprint.PolicyStamps] = [:]
            for _ in 0..<(try reader.count()) {
                policies[try reader.string()] = InputFingerprint.PolicyStamps(folder: try reader.optional(FileStamp.read), file: try reader.optional(FileStamp.read))
            }
            let fingerprint = InputFingerprint(global: global, policies: policies)
            var outputs = OutputRecords()
            for _ in 0..<(try reader.count()) {
                let group = try reader.string()
                let count = try reader.count()
                var records: [String: OutputRecord] = [:]
                records.reserveCapacity(count)
                for _ in 0..<count {
                    let path = try reader.string()
                    let hash = UInt64(bitPattern: Int64(try reader.int()))
                    records[path] = OutputRecord(hash: hash, stamp: try FileStamp.read(&reader))
                }
                guard outputs.group(group) == nil else { return nil }
                outputs.setGroup(group, records)
            }
            let warnings = try reader.array { try $0.string() }
            let digest = try reader.optional { UInt64(bitPattern: Int64(try $0.int())) }
            guard reader.isAtEnd else { return nil }
            return BuildCache(fingerprint: fingerprint, outputs: outputs, warnings: warnings, summaryDigest: digest)
        } catch {
            return nil
        }
    }

    /// Whether every file the cache lists is still in `output` exactly as written.
    package func outputsIntact(in output: URL) -> Bool {
        // At 10,000 policies these are 100,000 `stat` calls, most of a build with nothing to
        // do: on all cores, a slice of groups at a time (a group per policy).
        let groups = Array(outputs.groups)
        let slices = stride(from: 0, to: groups.count, by: 256).map { $0..<min($0 + 256, groups.count) }
        return FileSystem.withFolder(output.path, otherwise: false) { descriptor in
            Parallel.map(slices) { range in
                groups[range].allSatisfy { OutputRecords.intact($0.key, $0.value, in: descriptor) }
            }.allSatisfy { $0 }
        }
    }

    /// The cache file's bytes: the tool version line, then the fingerprint, the outputs by
    /// group (unsorted: this machine's bookkeeping, never published or compared, so sorting
    /// 100,000 paths would be wasted work), the warnings and the digest.
    package func serialized() -> [UInt8] {
        var w = ByteWriter(header: Array((BuildCache.toolVersion + "\n").utf8))
        w.reserveCapacity(outputs.count * 64 + fingerprint.policies.count * 64 + warnings.reduce(0) { $0 + $1.utf8.count + 3 } + 1024)
        w.int(fingerprint.global.count)
        for (path, stamp) in fingerprint.global {
            w.string(path)
            w.optional(stamp) { $1.write(to: &$0) }
        }
        w.int(fingerprint.policies.count)
        for (id, stamps) in fingerprint.policies {
            w.string(id)
            w.optional(stamps.folder) { $1.write(to: &$0) }
            w.optional(stamps.file) { $1.write(to: &$0) }
        }
        w.int(outputs.groups.count)
        for (group, records) in outputs.groups {
            w.string(group)
            w.int(records.count)
            for (path, r) in records {
                w.string(path)
                w.int(Int(Int64(bitPattern: r.hash)))
                r.stamp.write(to: &w)
            }
        }
        w.array(warnings) { $0.string($1) }
        w.optional(summaryDigest) { $0.int(Int(Int64(bitPattern: $1))) }
        return w.bytes
    }
}

/// The running executable's size and modification time: a new build of the tool invalidates
/// every cache, so a changed renderer never reuses old output. (Hashing the binary would be
/// exact but costs more than a whole no-change rebuild should.)
package let executableStamp: String = {
    var st = stat()
    guard stat("/proc/self/exe", &st) == 0 else { return "unknown" }
    return "\(st.st_size) \(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
}()
