import Foundation
import SiteRendering
#if canImport(Glibc)
import Glibc
#endif

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
        } catch {
            throw BuildError.io(error.localizedDescription)
        }
        // A fresh folder (mkdir fails if anything, a link included, has the name), marked at
        // once so a later build knows it may remove it if this one is killed.
        guard mkdir(stagingPath, 0o777) == 0 else {
            throw BuildError.io("cannot create the staging folder \(stagingPath): \(String(cString: strerror(errno)))")
        }
        do { try AtomicSiteWriter.mark(stagingPath) } catch { FileSystem.removeTree(stagingPath); throw BuildError.io("\(error)") }
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

    /// Writes the cache, then swaps the staging folder into place in one step
    /// (`renameat2(RENAME_EXCHANGE)`), so a reader of the output folder finds the old site or
    /// the new one at every instant, and a build killed at any point leaves one of them there.
    /// On a system or file system that cannot exchange (not Linux, or some network and FUSE
    /// file systems) it falls back to two renames, old site aside then new site in, with a
    /// moment between them when the output name is missing; a build killed in that moment
    /// leaves the old site under `.<name>.previous-<pid>`, and the next build puts it back.
    func commit(cache: ((OutputRecords) -> BuildCache)?, policies: [UInt8]?) throws {
        do {
            if let cache {
                try cache(records).serialized().withUnsafeBytes { _ = try FileSystem.write($0, to: stagingPath + "/" + BuildCache.fileName) }
            }
            if let policies {
                try policies.withUnsafeBytes { _ = try FileSystem.write($0, to: stagingPath + "/" + PolicyCache.fileName) }
            }
        } catch {
            abandon()
            throw BuildError.io("\(error)")
        }
        let parent = FileSystem.parent(of: stagingPath)
        let stagingName = staging.lastPathComponent, outputName = output.lastPathComponent, retiredName = retired.lastPathComponent
        let failure: String? = FileSystem.withFolder(parent.isEmpty ? "/" : parent, otherwise: "cannot open \(parent): \(String(cString: strerror(errno)))") { folder in
            switch FileSystem.kind(of: outputName, in: folder) {
            case .missing:
                return renameat(folder, stagingName, folder, outputName) == 0 ? nil : "cannot move the new site into place: \(String(cString: strerror(errno)))"
            case .link:
                return "the output folder became a symbolic link during the build"
            case .folder:
                break
            case .other:
                return "the output is no longer a folder"
            }
            switch FileSystem.exchange(stagingName, outputName, in: folder) {
            case .exchanged:
                // The staging name now holds the previous site.
                FileSystem.removeTree(stagingPath)
                return nil
            case .failed(let why):
                return "cannot swap the new site into place: \(why)"
            case .unsupported:
                guard renameat(folder, outputName, folder, retiredName) == 0 else {
                    return "cannot move the previous site aside: \(String(cString: strerror(errno)))"
                }
                guard renameat(folder, stagingName, folder, outputName) == 0 else {
                    let why = String(cString: strerror(errno))
                    renameat(folder, retiredName, folder, outputName)
                    return "cannot move the new site into place: \(why)"
                }
                FileSystem.removeTree(retired.path)
                return nil
            }
        }
        if let failure {
            abandon()
            throw BuildError.io(failure)
        }
    }

    /// Removes the staging folder; the previous output is untouched.
    func abandon() {
        FileSystem.removeTree(staging.path)
    }
}
