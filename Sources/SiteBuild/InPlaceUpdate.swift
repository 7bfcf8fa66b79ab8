import ContentLoading
import Foundation
import SiteRendering
#if canImport(Glibc)
import Glibc
#endif

/// An incremental rebuild's output: only pages whose bytes changed are written, into a small
/// staging folder, and then moved into the live output folder under a `PublishJournal`.
/// Unchanged pages (every page of an unchanged policy, and any page rendered to the same
/// bytes) are never touched, so the cost of a rebuild follows what changed, not the size of
/// the site. A failure before the journal is written leaves the output as it was; a build
/// killed after it is finished by the next build.
///
/// Unlike a cold build's folder swap, readers of the live folder may see the new pages
/// appear one by one during the final moves (milliseconds for an edit). The default build,
/// used for publishing, always swaps.
final class InPlaceUpdate: SiteOutput, @unchecked Sendable {
    let output: String
    let staging: String
    let previous: BuildCache
    private let lock = NSLock()
    private var made: Set<String>
    private var records: [String: OutputRecord] = [:]
    private var moves: [String] = []
    private(set) var written = 0
    private(set) var kept = 0

    /// Creates the staging folder next to `output`. The caller has already finished or removed
    /// what killed builds left (`AtomicSiteWriter.cleanStale`, under the build lock).
    init(writer: AtomicSiteWriter, previous: BuildCache) throws {
        output = writer.output.path
        staging = writer.parent.path + "/.\(writer.name).building-\(ProcessInfo.processInfo.processIdentifier)"
        self.previous = previous
        // Nearly every output carries over: sized once, not grown by doubling 100,000 times.
        records.reserveCapacity(previous.outputs.count + 64)
        guard mkdir(staging, 0o777) == 0 else {
            throw BuildError.io("cannot create the staging folder \(staging): \(String(cString: strerror(errno)))")
        }
        made = [staging]
    }

    /// Writes `page` into the staging folder, unless the live file already holds exactly
    /// these bytes as the last build left it.
    func write(_ page: Page) throws {
        var contents = page.contents
        try contents.withUTF8 { bytes in
            let hash = ContentHash.of(bytes)
            if let old = previous.outputs[page.path], old.hash == hash,
               FileStamp.of(output + "/" + page.path) == old.stamp {
                lock.lock(); records[page.path] = old; kept += 1; lock.unlock()
                return
            }
            let target = staging + "/" + page.path
            lock.lock()
            do { try FileSystem.makeDirectories(FileSystem.parent(of: target), made: &made) }
            catch { lock.unlock(); throw BuildError.io("\(error)") }
            lock.unlock()
            let stamp: FileStamp?
            do { stamp = try FileSystem.write(UnsafeRawBufferPointer(bytes), to: target, stamp: true) }
            catch { throw BuildError.io("\(error)") }
            // A rename keeps the inode, size and time, so the stamp taken here stays true.
            let record = OutputRecord(hash: hash, stamp: stamp ?? .none)
            lock.lock(); records[page.path] = record; moves.append(page.path); written += 1; lock.unlock()
        }
    }

    /// Unchanged policies keep their files where they are: only their records carry over.
    /// A policy is kept only if every one of its files is exactly as the last build left it
    /// (checked on all cores); one touched by hand is rendered again.
    func carryOver(policies ids: Set<String>) -> Set<String> {
        var byPolicy: [String: [(String, OutputRecord)]] = [:]
        for (path, record) in previous.outputs {
            if let id = PolicyFolder.id(in: path), ids.contains(id) { byPolicy[id, default: []].append((path, record)) }
        }
        let intact = ParallelMap.map(byPolicy.sorted { $0.key < $1.key }) { [output] id, files -> (String, [(String, OutputRecord)])? in
            // Stat each file relative to its policy's folder: the kernel walks two path
            // components instead of the whole output path, for every file.
            let folder = "policies/" + id + "/"
            let descriptor = open(output + "/" + folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else { return nil }
            defer { close(descriptor) }
            return files.allSatisfy { FileStamp.of(String($0.0.dropFirst(folder.count)), in: descriptor) == $0.1.stamp } ? (id, files) : nil
        }
        var carried: Set<String> = []
        for case let (id, files)? in intact {
            carried.insert(id)
            for (path, record) in files { records[path] = record }
            kept += files.count
        }
        return carried
    }

    func carryOverSitePages() -> Bool {
        let pages = previous.outputs.filter { !$0.key.hasPrefix("policies/") }
        guard !pages.isEmpty, pages.allSatisfy({ FileStamp.of(output + "/" + $0.key) == $0.value.stamp }) else { return false }
        for (path, record) in pages { records[path] = record }
        kept += pages.count
        return true
    }

    /// Moves the new pages and the caches in and deletes pages no longer produced, under a
    /// journal.
    func commit(cache: (([String: OutputRecord]) -> BuildCache)?, policies: [UInt8]?) throws {
        var bookkeeping: [String] = []
        do {
            if let cache {
                try cache(records).serialized().withUnsafeBytes { _ = try FileSystem.write($0, to: staging + "/" + BuildCache.fileName) }
                bookkeeping.append(BuildCache.fileName)
            }
            if let policies {
                try policies.withUnsafeBytes { _ = try FileSystem.write($0, to: staging + "/" + PolicyCache.fileName) }
                bookkeeping.append(PolicyCache.fileName)
            }
            let deletions = previous.outputs.keys.filter { records[$0] == nil }.sorted()
            try PublishJournal.write(moves: moves.sorted() + bookkeeping, deletions: deletions, in: staging)
        } catch {
            abandon()
            throw BuildError.io("\(error)")
        }
        if case .failed(let why) = PublishJournal.replay(staging: staging, output: output) {
            // The journal stays with the staging folder: the next build finishes (or reports) it.
            throw BuildError.io("\(why). An incremental rebuild moves pages into the output folder, so it must be on the same file system as its parent folder; build without --incremental, or choose another --output.")
        }
    }

    func abandon() {
        FileSystem.removeTree(staging)
    }
}
