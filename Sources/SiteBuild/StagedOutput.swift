import Foundation
import SiteRendering

/// The temporary sibling folder a build writes into, page by page, from any thread; then
/// either committed (swapped into place) or abandoned. Pages are written as soon as they are
/// rendered, so a large site never has to sit in memory whole.
final class StagedOutput: @unchecked Sendable {
    let output: URL
    let staging: URL
    let retired: URL
    let previous: BuildCache?
    private let oldRoot: String
    private let lock = NSLock()
    private var madeDirectories: Set<String> = [""]
    private var records: [String: OutputRecord] = [:]
    private(set) var written = 0
    private(set) var linked = 0

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
        let fm = FileManager.default
        let dir = (page.path as NSString).deletingLastPathComponent
        lock.lock()
        if !madeDirectories.contains(dir) {
            do { try fm.createDirectory(at: staging.appendingPathComponent(dir), withIntermediateDirectories: true) }
            catch { lock.unlock(); throw BuildError.io("cannot create folder \(dir): \(error.localizedDescription)") }
            madeDirectories.insert(dir)
        }
        lock.unlock()
        let hash = ContentHash.of(page.contents)
        let target = staging.path + "/" + page.path
        if let old = previous?.outputs[page.path], old.hash == hash,
           OutputRecord.stamp(of: oldRoot + page.path) == old.stamp,
           link(oldRoot + page.path, target) == 0 {
            record(page.path, old, linked: true)
            return
        }
        guard fm.createFile(atPath: target, contents: Data(page.contents.utf8)) else {
            throw BuildError.io("cannot create \(page.path)")
        }
        record(page.path, OutputRecord(hash: hash, stamp: OutputRecord.stamp(of: target) ?? ""), linked: false)
    }

    /// Carries every previous output of the given policies into the staging folder by hard
    /// link, for policies whose inputs did not change. A policy is carried over only if all its
    /// files are exactly as the last build left them; the ids carried over are returned, and
    /// the rest must be rendered.
    func carryOver(policies ids: Set<String>) -> Set<String> {
        guard let previous, !ids.isEmpty else { return [] }
        var byPolicy: [String: [(String, OutputRecord)]] = [:]
        for (path, record) in previous.outputs where path.hasPrefix("policies/") {
            let id = String(path.dropFirst("policies/".count).prefix { $0 != "/" })
            if ids.contains(id) { byPolicy[id, default: []].append((path, record)) }
        }
        let fm = FileManager.default
        var carried: Set<String> = []
        for (id, files) in byPolicy {
            guard files.allSatisfy({ OutputRecord.stamp(of: oldRoot + $0.0) == $0.1.stamp }) else { continue }
            var done: [String] = []
            var ok = true
            for (path, record) in files {
                let dir = (path as NSString).deletingLastPathComponent
                if !madeDirectories.contains(dir) {
                    guard (try? fm.createDirectory(at: staging.appendingPathComponent(dir), withIntermediateDirectories: true)) != nil else { ok = false; break }
                    madeDirectories.insert(dir)
                }
                guard link(oldRoot + path, staging.path + "/" + path) == 0 else { ok = false; break }
                done.append(path)
                records[path] = record
            }
            if ok {
                carried.insert(id)
                linked += files.count
            } else {
                // Undo a partial carry-over; the policy will be rendered instead.
                for path in done { unlink(staging.path + "/" + path); records[path] = nil }
            }
        }
        return carried
    }

    private func record(_ path: String, _ r: OutputRecord, linked isLinked: Bool) {
        lock.lock()
        records[path] = r
        if isLinked { linked += 1 } else { written += 1 }
        lock.unlock()
    }

    /// Writes the cache and the marker, then swaps the staging folder into place.
    func commit(cache: (([String: OutputRecord]) -> BuildCache)?) throws {
        let fm = FileManager.default
        do {
            if let cache {
                _ = fm.createFile(atPath: staging.appendingPathComponent(BuildCache.fileName).path, contents: Data(cache(records).serialized().utf8))
            }
            guard fm.createFile(atPath: staging.appendingPathComponent(AtomicSiteWriter.markerName).path, contents: Data(AtomicSiteWriter.markerText.utf8)) else {
                throw BuildError.io("cannot create the marker file")
            }
            if fm.fileExists(atPath: output.path) {
                try fm.moveItem(at: output, to: retired)
                try fm.moveItem(at: staging, to: output)
                try? fm.removeItem(at: retired)
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
        try? FileManager.default.removeItem(at: staging)
    }
}
