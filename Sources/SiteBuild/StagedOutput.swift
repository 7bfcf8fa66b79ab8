import Foundation
import SiteRendering

/// The temporary sibling folder a cold build writes into, page by page, from any thread;
/// then either committed (swapped into place, so readers see the old site or the new one,
/// never a mix) or abandoned. Pages are written as soon as they are rendered, so a large site
/// never has to sit in memory whole. (Rebuilds with a cache use `InPlaceUpdate`.)
final class StagedOutput: SiteOutput, @unchecked Sendable {
    let output: URL
    let staging: URL
    /// `staging.path`, worked out once: every page's path starts with it, and `URL.path` is
    /// computed afresh on each use.
    let stagingPath: String
    let retired: URL
    /// Whether to hash and stamp every file for a rebuild cache (`build --incremental`).
    let recording: Bool
    private let lock = NSLock()
    private var madeDirectories: Set<String> = []
    private var records = OutputRecords()
    private(set) var written = 0
    let kept = 0

    /// Creates the staging folder next to `output`. The caller has already finished or removed
    /// what killed builds left (`AtomicSiteWriter.cleanStale`, under the build lock).
    init(writer: AtomicSiteWriter, recording: Bool) throws {
        let fm = FileManager.default
        output = writer.output
        guard output.path != "/", !writer.name.isEmpty, writer.name != ".", writer.name != ".." else {
            throw BuildError.badOutput("'\(output.path)' cannot be an output folder.")
        }
        let pid = ProcessInfo.processInfo.processIdentifier
        staging = writer.parent.appendingPathComponent(".\(writer.name).building-\(pid)")
        retired = writer.parent.appendingPathComponent(".\(writer.name).previous-\(pid)")
        self.recording = recording
        stagingPath = staging.path
        madeDirectories = [stagingPath]
        do {
            // `--output new/path/site` works like `mkdir -p`: the parents are part of the output path.
            try fm.createDirectory(at: writer.parent, withIntermediateDirectories: true)
            try fm.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw BuildError.io(error.localizedDescription)
        }
    }

    /// Writes one page (thread-safe).
    func write(_ page: Page) throws {
        let dir = FileSystem.parent(of: page.path)
        let target = stagingPath + "/" + page.path
        lock.lock()
        do { try FileSystem.makeDirectories(dir.isEmpty ? stagingPath : stagingPath + "/" + dir, made: &madeDirectories) }
        catch { lock.unlock(); throw BuildError.io("\(error)") }
        lock.unlock()
        var contents = page.contents
        try contents.withUTF8 { bytes in
            let stamp: FileStamp?
            do { stamp = try FileSystem.write(UnsafeRawBufferPointer(bytes), to: target, stamp: recording) }
            catch { throw BuildError.io("\(error)") }
            // Hashes and stamps serve only the rebuild cache; a plain build skips them.
            let record = recording ? OutputRecord(hash: ContentHash.of(bytes), stamp: stamp ?? .none) : nil
            lock.lock()
            if let record { records[path: page.path] = record }
            written += 1
            lock.unlock()
        }
    }

    /// A cold build has no previous pages to keep.
    func carryOver(policies ids: Set<String>) -> Set<String> { [] }

    /// A cold build has no previous pages to keep.
    func carryOverSitePages() -> Bool { false }

    /// Writes the cache and the marker, then swaps the staging folder into place.
    func commit(cache: ((OutputRecords) -> BuildCache)?, policies: [UInt8]?) throws {
        let fm = FileManager.default
        do {
            if let cache {
                try cache(records).serialized().withUnsafeBytes { _ = try FileSystem.write($0, to: staging.path + "/" + BuildCache.fileName) }
            }
            if let policies {
                try policies.withUnsafeBytes { _ = try FileSystem.write($0, to: staging.path + "/" + PolicyCache.fileName) }
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
