import Foundation

/// What the last build saw and wrote, kept in the output folder (`.policyguide-cache`, not
/// part of the published site and not committed): the input fingerprint, to skip a build when
/// nothing changed, and a hash of every output file, so unchanged files are carried over by
/// hard link instead of being rewritten.
struct BuildCache {
    static let fileName = ".policyguide-cache"
    /// Changes whenever the tool's output could change for the same input.
    static let toolVersion = "policyguide-cache-1 " + executableStamp

    var fingerprint: InputFingerprint
    /// Output path → what was written there.
    var outputs: [String: OutputRecord]
    /// The warnings printed by the build, replayed when the build is skipped.
    var warnings: [String]

    /// Reads the cache in `output`, if present and written by this version of the tool.
    static func read(in output: URL) -> BuildCache? {
        guard let data = FileManager.default.contents(atPath: output.appendingPathComponent(fileName).path) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first == toolVersion else { return nil }
        lines.removeFirst()
        var fp: [String] = [], outs: [String: OutputRecord] = [:], warnings: [String] = []
        for line in lines {
            if line.hasPrefix("i ") { fp.append(String(line.dropFirst(2))) }
            else if line.hasPrefix("o ") {
                // "o <path> <hash> <stamp>": paths are ids and slashes, never spaces.
                let parts = line.split(separator: " ")
                if parts.count == 4, let h = UInt64(parts[2], radix: 16) {
                    outs[String(parts[1])] = OutputRecord(hash: h, stamp: String(parts[3]))
                }
            } else if line.hasPrefix("w ") { warnings.append(String(line.dropFirst(2))) }
        }
        return BuildCache(fingerprint: InputFingerprint(lines: fp), outputs: outs, warnings: warnings)
    }

    /// Whether every file the cache lists is still in `output` exactly as written.
    func outputsIntact(in output: URL) -> Bool {
        let root = output.path + "/"
        return outputs.allSatisfy { OutputRecord.stamp(of: root + $0.key) == $0.value.stamp }
    }

    /// The cache file's text.
    func serialized() -> String {
        var out = BuildCache.toolVersion + "\n"
        for l in fingerprint.lines { out += "i " + l + "\n" }
        for (path, r) in outputs.sorted(by: { $0.key < $1.key }) { out += "o \(path) \(String(r.hash, radix: 16)) \(r.stamp)\n" }
        for w in warnings { out += "w " + w.replacingOccurrences(of: "\n", with: " ") + "\n" }
        return out
    }
}

/// The running executable's size and modification time: a new build of the tool invalidates
/// every cache, so a changed renderer never reuses old output. (Hashing the binary would be
/// exact but costs more than a whole no-change rebuild should.)
let executableStamp: String = {
    var st = stat()
    guard stat("/proc/self/exe", &st) == 0 else { return "unknown" }
    return "\(st.st_size) \(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
}()
