import ContentLoading
import Foundation
import SiteRendering

/// The temporary sibling folder a build writes into, page by page, from any thread; then
/// either committed (swapped into place) or abandoned. Pages are written as soon as they are
/// rendered, so a large site never has to sit in memory whole.
final class StagedOutput: SiteOutput, @unchecked Sendable {
    let output: URL
    let staging: URL
    let retired: URL
    let previous: BuildCache?
    private let oldRoot: String
    private let lock = NSLock()
    private var madeDirectories: Set<String> = []
    private var records: [String: OutputRecord] = [:]
    private(set) var written = 0
    private(set) var kept = 0

    /// Creates the staging folder next to `output` (after removing any left by killed builds).
    init(writer: AtomicSiteWriter, previous: BuildCache?) throws {
        let fm = FileManager.default
        output = writer.output
        guard output.path != "/", !writer.name.isEmpty, writer.name != ".", writer.name != ".." else {
            throw BuildError.badOutput("'\(output.path)' cannot be an output folder.")
        }
        let pid = ProcessInfo.processInfo.processIdentifier
        staging = writer.parent.appendingPathComponent(".\(writer.name).building-\(pid)")
        retired = writer.parent.appendingPathComponent(".\(writer.name).previous-\(pid)")
        self.previous = previous
        oldRoot = output.path + "/"
        madeDirectories = [staging.path]
        writer.cleanStale()
        do {
            // `--output new/path/site` works like `mkdir -p`: the parents are part of the output path.
            try fm.createDirectory(at: writer.parent, withIntermediateDirectories: true)
            try fm.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw BuildError.io(error.localizedDescription)
        }
    }

    /// Writes one page (thread-safe). A page whose bytes are the same as last time, in a file
    /// nobody has touched since, is hard-linked from the old output instead of rewritten.
    func write(_ page: Page) throws {
        let dir = FileSystem.parent(of: page.path)
        let target = staging.path + "/" + page.path
        lock.lock()
        do { try FileSystem.makeDirectories(dir.isEmpty ? staging.path : staging.path + "/" + dir, made: &madeDirectories) }
        catch { lock.unlock(); throw BuildError.io("\(error)") }
        lock.unlock()
        var contents = page.contents
        try contents.withUTF8 { bytes in
            let hash = ContentHash.of(bytes)
            if let old = previous?.outputs[page.path], old.hash == hash,
               OutputRecord.stamp(of: oldRoot + page.path) == old.stamp,
               link(oldRoot + page.path, target) == 0 {
                record(page.path, old, linked: true)
                return
            }
            do { try FileSystem.write(UnsafeRawBufferPointer(bytes), to: target) }
            catch { throw BuildError.io("\(error)") }
            record(page.path, OutputRecord(hash: hash, stamp: OutputRecord.stamp(of: target) ?? ""), linked: false)
        }
    }

    /// Carries every previous output of the given policies into the staging folder by hard
    /// link, for policies whose inputs did not change. A policy is carried over only if all its
    /// files are exactly as the last build left them; the ids carried over are returned, and
    /// the rest must be rendered. Policies are independent, so they are linked on all cores.
    func carryOver(policies ids: Set<String>) -> Set<String> {
        guard let previous, !ids.isEmpty else { return [] }
        var byPolicy: [String: [(String, OutputRecord)]] = [:]
        for (path, record) in previous.outputs where path.hasPrefix("policies/") {
            let id = String(path.dropFirst("policies/".count).prefix { $0 != "/" })
            if ids.contains(id) { byPolicy[id, default: []].append((path, record)) }
        }
        guard (try? FileSystem.makeDirectories(staging.path + "/policies", made: &madeDirectories)) != nil else { return [] }
        let policies = byPolicy.sorted { $0.key < $1.key }
        let shared = madeDirectories
        let results = ParallelMap.map(policies) { [staging, oldRoot] id, files -> (String, [(String, OutputRecord)])? in
            guard files.allSatisfy({ OutputRecord.stamp(of: oldRoot + $0.0) == $0.1.stamp }) else { return nil }
            var made = shared
            var done: [String] = []
            for (path, _) in files {
                let target = staging.path + "/" + path
                guard (try? FileSystem.makeDirectories(FileSystem.parent(of: target), made: &made)) != nil,
                      link(oldRoot + path, target) == 0 else {
                    // Undo a partial carry-over; the policy will be rendered instead.
                    for path in done { unlink(staging.path + "/" + path) }
                    return nil
                }
                done.append(path)
            }
            return (id, files)
        }
        var carried: Set<String> = []
        for case let (id, files)? in results {
            carried.insert(id)
            kept += files.count
            for (path, record) in files {
                records[path] = record
                madeDirectories.insert(FileSystem.parent(of: staging.path + "/" + path))
            }
        }
        return carried
    }

    private func record(_ path: String, _ r: OutputRecord, linked isLinked: Bool) {
        lock.lock()
        records[path] = r
        if isLinked { kept += 1 } else { written += 1 }
        lock.unlock()
    }

    /// Writes the cache and the marker, then swaps the staging folder into place.
    func commit(cache: (([String: OutputRecord]) -> BuildCache)?, policies: [UInt8]?) throws {
        let fm = FileManager.default
        do {
            if let cache {
                _ = fm.createFile(atPath: staging.appendingPathComponent(BuildCache.fileName).path, contents: Data(cache(records).serialized().utf8))
            }
            if let policies {
                _ = fm.createFile(atPath: staging.appendingPathComponent(PolicyCache.fileName).path, contents: Data(policies))
            }
            guard fm.createFile(atPath: staging.appendingPathComponent(AtomicSiteWriter.markerName).path, contents: Data(AtomicSiteWriter.markerText.utf8)) else {
                throw BuildError.io("cannot create the marker file")
            }
            if fm.fileExists(atPath: output.path) {
                try fm.moveItem(at: output, to: retired)
                try fm.moveItem(at: staging, to: output)
                FileSystem.removeTree(retired.path)
            } else {
                try fm.moveItem(at: staging, to: output)
            }
        } catch let error as BuildError {
            abandon()
            throw error
        } catch {
            abandon()
            if !fm.fileExists(atPath: output.path), fm.fileExists(atPath: retired.path) { try? fm.moveItem(at: retired, to: output) }
            throw BuildError.io(error.localizedDescription)
        }
    }

    /// Removes the staging folder; the previous output is untouched.
    func abandon() {
        FileSystem.removeTree(staging.path)
    }
}
