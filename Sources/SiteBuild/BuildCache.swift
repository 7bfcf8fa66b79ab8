import ContentLoading
import Foundation

/// What the last build saw and wrote, kept in the output folder (`.policyguide-cache`, not
/// part of the published site and not committed): the input fingerprint, to skip a build when
/// nothing changed, and a hash and stamp of every output file, so a rebuild leaves unchanged
/// files untouched instead of rewriting them.
struct BuildCache: Sendable {
    static let fileName = ".policyguide-cache"
    /// Changes whenever the tool's output could change for the same input.
    static let toolVersion = "policyguide-cache-1 " + executableStamp

    var fingerprint: InputFingerprint
    /// Output path → what was written there.
    var outputs: [String: OutputRecord]
    /// The warnings printed by the build, replayed when the build is skipped.
    var warnings: [String]
    /// A hash of every policy's loaded summary (everything but its text): the whole-site
    /// pages (home, A–Z, comparison, changes, checklists, glossary) depend on nothing else
    /// from the policies, so while it and the other inputs are unchanged they are kept.
    var summaryDigest: UInt64? = nil

    /// Reads the cache in `output`, if present and written by this version of the tool.
    /// Parsed byte by byte: a 10,000-policy site lists over 100,000 outputs, and reading them
    /// is most of a no-change rebuild.
    static func read(in output: URL) -> BuildCache? {
        guard let bytes = FileSystem.read(output.path + "/" + fileName) else { return nil }
        var fp: [String] = [], warnings: [String] = []
        var digest: UInt64? = nil
        var outs: [String: OutputRecord] = [:]
        // One line per output: sized once (growing a 100,000-entry dictionary rehashes it
        // again and again).
        outs.reserveCapacity(bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 })
        var start = 0
        var first = true
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let line = bytes[start..<end]
            start = end + 1
            if first {
                guard String(decoding: line, as: UTF8.self) == toolVersion else { return nil }
                first = false
                continue
            }
            guard line.count > 2, line[line.startIndex + 1] == 0x20 else { continue }
            let kind = line[line.startIndex]
            let rest = line[(line.startIndex + 2)...]
            switch kind {
            case 0x69: fp.append(String(decoding: rest, as: UTF8.self))                       // i
            case 0x77: warnings.append(String(decoding: rest, as: UTF8.self))                 // w
            case 0x73: digest = UInt64(String(decoding: rest, as: UTF8.self), radix: 16)      // s
            case 0x6F:                                                                        // o <path> <hash> <stamp>
                // Fields found by their spaces and read in place: one line per output file.
                guard let space1 = rest.firstIndex(of: 0x20),
                      let space2 = rest[(space1 + 1)...].firstIndex(of: 0x20),
                      let h = hex(rest[(space1 + 1)..<space2]),
                      let stamp = FileStamp(text: rest[(space2 + 1)...]) else { continue }
                outs[String(decoding: rest[..<space1], as: UTF8.self)] = OutputRecord(hash: h, stamp: stamp)
            default: continue
            }
        }
        guard !first else { return nil }
        return BuildCache(fingerprint: InputFingerprint(lines: fp), outputs: outs, warnings: warnings, summaryDigest: digest)
    }

    /// A hexadecimal number from its digits, or nil.
    static func hex(_ digits: ArraySlice<UInt8>) -> UInt64? {
        guard !digits.isEmpty, digits.count <= 16 else { return nil }
        var value: UInt64 = 0
        for d in digits {
            switch d {
            case 0x30...0x39: value = value << 4 | UInt64(d - 0x30)
            case 0x61...0x66: value = value << 4 | UInt64(d - 0x61 + 10)
            default: return nil
            }
        }
        return value
    }

    /// Whether every file the cache lists is still in `output` exactly as written.
    func outputsIntact(in output: URL) -> Bool {
        // At 10,000 policies these are 100,000 `stat` calls, most of a build with nothing to
        // do: on all cores, in slices, each looked up from the output folder (opened once)
        // so the kernel does not walk the output folder's own path every time.
        let descriptor = open(output.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let entries = Array(outputs)
        let slices = stride(from: 0, to: entries.count, by: 2048).map { $0..<min($0 + 2048, entries.count) }
        return ParallelMap.map(slices) { range in
            entries[range].allSatisfy { FileStamp.of($0.key, in: descriptor) == $0.value.stamp }
        }.allSatisfy { $0 }
    }

    /// The cache file's text.
    func serialized() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(outputs.count * 150 + fingerprint.lines.count * 100 + warnings.reduce(0) { $0 + $1.utf8.count + 3 } + 64)
        func line(_ kind: UInt8, _ text: String) { out.append(kind); out.append(0x20); out += text.utf8; out.append(0x0A) }
        out += (BuildCache.toolVersion + "\n").utf8
        for l in fingerprint.lines { line(0x69, l) }
        // Unsorted: the cache is this machine's bookkeeping, never published or compared, and
        // sorting 100,000 paths was a tenth of an edit's rebuild. Numbers are written as bytes,
        // not through string interpolation: one line per output file.
        for (path, r) in outputs {
            out.append(0x6F); out.append(0x20); out += path.utf8; out.append(0x20)
            Self.appendHex(r.hash, to: &out); out.append(0x20)
            Self.appendDecimal(r.stamp.size, to: &out); out.append(0x2F)
            Self.appendDecimal(r.stamp.seconds, to: &out); out.append(0x2E)
            Self.appendDecimal(r.stamp.nanoseconds, to: &out); out.append(0x2F)
            Self.appendDecimal(UInt64(r.stamp.inode), to: &out); out.append(0x0A)
        }
        for w in warnings { line(0x77, w.replacingOccurrences(of: "\n", with: " ")) }
        if let summaryDigest { line(0x73, String(summaryDigest, radix: 16)) }
        return out
    }

    static func appendHex(_ value: UInt64, to out: inout [UInt8]) {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var shift = 60
        while shift > 0 && (value >> UInt64(shift)) & 0xF == 0 { shift -= 4 }
        while shift >= 0 { out.append(digits[Int((value >> UInt64(shift)) & 0xF)]); shift -= 4 }
    }

    static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(0x2D); appendDecimal(UInt64(-value), to: &out) } else { appendDecimal(UInt64(value), to: &out) }
    }

    static func appendDecimal(_ value: UInt64, to out: inout [UInt8]) {
        var digits: [UInt8] = []
        var v = value
        repeat { digits.append(UInt8(0x30 + v % 10)); v /= 10 } while v > 0
        out += digits.reversed()
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
