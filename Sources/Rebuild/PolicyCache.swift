import Publishing
import ContentLoading
import Foundation
import PolicyModel

/// The loaded form of every policy, kept beside the rebuild cache by `build --incremental`
/// (`.policyguide-cache-policies`), so a rebuild after one edit parses one file instead of
/// all of them. After a header line, one record per policy: its id and its `CacheCodec`
/// bytes. Records of unchanged policies are copied forward byte for byte, so a rebuild
/// encodes only what it loaded afresh.
package struct PolicyCache: Sendable {
    package static let fileName = ".policyguide-cache-policies"

    /// Each cached policy's encoded record, by id.
    private(set) var records: [String: ArraySlice<UInt8>]

    /// The header: a new tool build or a different content path (diagnostics name files by
    /// the path given on the command line) invalidates every record.
    package static func header(contentDisplay: String) -> String {
        "policyguide-policies-1 \(executableStamp) \(contentDisplay)\n"
    }

    package init(records: [String: ArraySlice<UInt8>] = [:]) { self.records = records }

    /// Reads the cache in `output`, or an empty one if it is missing, damaged, or from
    /// another tool build or content path.
    package static func read(in output: URL, contentDisplay: String) -> PolicyCache {
        guard let bytes = FileSystem.read(output.path + "/" + fileName) else { return PolicyCache() }
        let header = Array(header(contentDisplay: contentDisplay).utf8)
        guard bytes.starts(with: header) else { return PolicyCache() }
        var reader = ByteReader(bytes[header.count...])
        var records: [String: ArraySlice<UInt8>] = [:]
        do {
            while !reader.isAtEnd {
                let id = try reader.string()
                records[id] = try reader.data()
            }
        } catch {
            return PolicyCache()
        }
        return PolicyCache(records: records)
    }

    /// Decodes the records for `ids` on all cores. A record that does not decode is left
    /// out, and that policy is loaded from its file.
    package func entries(for ids: Set<String>) -> [String: LoadedPolicy] {
        // In no particular order: the result is keyed by id.
        let wanted = ids.compactMap { id in records[id].map { (id, $0) } }
        let decoded = Parallel.map(wanted.map(\.1)) { bytes -> LoadedPolicy? in
            var reader = ByteReader(bytes)
            guard let entry = try? CacheCodec.readEntry(&reader), reader.isAtEnd else { return nil }
            return entry
        }
        var out: [String: LoadedPolicy] = [:]
        for (i, entry) in decoded.enumerated() {
            if let entry, entry.policy.id == wanted[i].0 { out[wanted[i].0] = entry }
        }
        return out
    }

    /// Whether `serialized(policies:fresh:…)` would give this cache's own bytes back: the
    /// same policies (in folder order, which an unchanged set keeps), and every policy loaded
    /// afresh encoding to exactly its old record (an edit to prose alone changes no summary).
    package func isUnchanged(policies: [Policy], fresh: [LoadedPolicy]) -> Bool {
        guard records.count == policies.count, policies.allSatisfy({ records[$0.id] != nil }) else { return false }
        var record = ByteWriter()
        return fresh.allSatisfy { entry in
            record.removeAll()
            CacheCodec.write(entry, to: &record)
            return records[entry.policy.id].map { $0.elementsEqual(record.bytes) } ?? false
        }
    }

    /// The cache file for `policies` (in order): entries loaded afresh are encoded, the rest
    /// copied from this cache.
    package func serialized(policies: [Policy], fresh: [LoadedPolicy], contentDisplay: String) -> [UInt8] {
        // One buffer, header first: at 10,000 policies the file is tens of MB, and every
        // extra copy of it would add to the build's peak memory.
        var w = ByteWriter(header: Array(Self.header(contentDisplay: contentDisplay).utf8))
        let freshByID = Dictionary(fresh.map { ($0.policy.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Sized from the records kept and, for new ones, their average (or 4 KB, about what
        // a policy's summary takes): at 10,000 policies the file is about 40 MB.
        let kept = records.values.reduce(0) { $0 + $1.count + 32 }
        w.reserveCapacity(w.bytes.count + kept + fresh.count * (records.isEmpty ? 4608 : kept / records.count + 512))
        var record = ByteWriter()
        for policy in policies {
            if let entry = freshByID[policy.id] {
                record.removeAll()
                CacheCodec.write(entry, to: &record)
                w.string(policy.id)
                w.data(record.bytes)
            } else if let old = records[policy.id] {
                w.string(policy.id)
                w.data(old)
            }
        }
        return w.bytes
    }
}
