import Foundation
import SiteRendering
#if canImport(Glibc)
import Glibc
#endif

/// The temporary sibling folder a cold build writes into, page by page, from any thread;
/// then either committed (swapped into place, so readers see the old site or the new one,
/// never a mix) or abandoned. Pages are written as soon as they are rendered, so a large site
/// never has to sit in memory whole. (Rebuilds with a cache use `InPlaceUpdate`.)
/// Unchecked Sendable: the folders made and the count are changed only under `lock`; the rest is immutable.
package final class StagedOutput: SiteOutput, @unchecked Sendable {
    package let output: URL
    package let staging: URL
    /// `staging.path`, worked out once: every page's path starts with it, and `URL.path` is
    /// computed afresh on each use.
    package let stagingPath: String
    package let retired: URL
    /// Told of every page written, for a rebuild cache (`build --incremental`); nil in a
    /// plain build, which then neither stamps nor hashes anything.
    package let recorder: (any WriteRecorder)?
    private let lock = NSLock()
    private var madeDirectories: Set<String> = []
    package private(set) var written = 0
    package let kept = 0

    /// Creates the staging folder next to `output`. The caller has already finished or removed
    /// what killed builds left (`AtomicSiteWriter.cleanStale`, under the build lock).
    package init(writer: AtomicSiteWriter, recorder: (any WriteRecorder)? = nil) throws {
        let fm = FileManager.default
        output = writer.output
        guard output.path != "/", !writer.name.isEmpty, writer.name != ".", writer.name != ".." else {
            throw BuildError.badOutput("'\(output.path)' cannot be an output folder.")
        }
        let pid = ProcessInfo.processInfo.processIdentifier
        staging = writer.parent.appendingPathComponent(".\(writer.name).building-\(pid)")
        retired = writer.parent.appendingPathComponent(".\(writer.name).previous-\(pid)")
        self.recorder = recorder
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
    package func write(_ page: Page) throws {
        let dir = FileSystem.parent(of: page.path)
        let target = stagingPath + "/" + page.path
        lock.lock()
        do { try FileSystem.makeDirectories(dir.isEmpty ? stagingPath : stagingPath + "/" + dir, made: &madeDirectories) }
        catch { lock.unlock(); throw BuildError.io("\(error)") }
        lock.unlock()
        try page.bytes.withUnsafeBufferPointer { bytes in
            let stamp: FileStamp?
            do { stamp = try FileSystem.write(UnsafeRawBufferPointer(bytes), to: target, stamp: recorder != nil) }
            catch { throw BuildError.io("\(error)") }
            recorder?.wrote(page.path, UnsafeRawBufferPointer(bytes), stamp: stamp)
            lock.lock()
            written += 1
            lock.unlock()
        }
    }

    /// Writes `files` (the rebuild caches), then swaps the staging folder into place in one step
    /// (`renameat2(RENAME_EXCHANGE)`), so a reader of the output folder finds the old site or
    /// the new one at every instant, and a build killed at any point leaves one of them there.
    /// On a system or file system that cannot exchange (not Linux, or some network and FUSE
    /// file systems) it falls back to two renames, old site aside then new site in, with a
    /// moment between them when the output name is missing; a build killed in that moment
    /// leaves the old site under `.<name>.previous-<pid>`, and the next build puts it back.
    package func commit(adding files: [OutputFile]) throws {
        do {
            for file in files {
                try file.bytes.withUnsafeBytes { _ = try FileSystem.write($0, to: stagingPath + "/" + file.name) }
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
    package func abandon() {
        FileSystem.removeTree(staging.path)
    }
}
