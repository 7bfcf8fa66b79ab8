import Publishing
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
/// Unchecked Sendable: while pages are written from many threads the records, moves, counts
/// and folders made change only under `lock` (carry-over runs before any page is written).
package final class InPlaceUpdate: SiteOutput, @unchecked Sendable {
    package let output: String
    package let staging: String
    package let previous: BuildCache
    private let lock = NSLock()
    private var made: Set<String>
    private var records = OutputRecords()
    /// The groups passed on whole from the last build (unchanged policies, the site pages).
    private var keptGroups: Set<String> = []
    private var moves: [String] = []
    package private(set) var written = 0
    package private(set) var kept = 0

    /// Creates the staging folder next to `output`. The caller has already finished or removed
    /// what killed builds left (`AtomicSiteWriter.cleanStale`, under the build lock).
    package init(writer: AtomicSiteWriter, previous: BuildCache) throws {
        output = writer.output.path
        staging = writer.parent.path + "/.\(writer.name).building-\(ProcessInfo.processInfo.processIdentifier)"
        self.previous = previous
        guard mkdir(staging, 0o777) == 0 else {
            throw BuildError.io("cannot create the staging folder \(staging): \(String(cString: strerror(errno)))")
        }
        // Marked at once, so a later build knows it may finish or remove it.
        do { try AtomicSiteWriter.mark(staging) } catch { FileSystem.removeTree(staging); throw BuildError.io("\(error)") }
        made = [staging]
    }

    /// Writes `page` into the staging folder, unless the live file already holds exactly
    /// these bytes as the last build left it.
    package func write(_ page: Page) throws {
        try page.bytes.withUnsafeBufferPointer { bytes in
            let hash = ContentHash.of(bytes)
            if let old = previous.outputs[path: page.path], old.hash == hash,
               FileStamp.of(output + "/" + page.path) == old.stamp {
                lock.lock(); records[path: page.path] = old; kept += 1; lock.unlock()
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
            lock.lock(); records[path: page.path] = record; moves.append(page.path); written += 1; lock.unlock()
        }
    }

    /// Unchanged policies keep their files where they are: only their records carry over,
    /// a group at a time. A policy is kept only if every one of its files is exactly as the
    /// last build left it (checked on all cores); one touched by hand is rendered again.
    package func carryOver(policies ids: Set<String>) -> Set<String> {
        // In no particular order: the result is a set, so sorting the ids would be wasted work.
        let candidates = ids.compactMap { id in previous.outputs.group(id).map { (id, $0) } }
        let intact = FileSystem.withFolder(output, otherwise: candidates.map { _ in false }) { descriptor in
            Parallel.map(candidates) { id, files in OutputRecords.intact(id, files, in: descriptor) }
        }
        var carried: Set<String> = []
        for (i, (id, files)) in candidates.enumerated() where intact[i] {
            carried.insert(id)
            keep(id, files)
        }
        return carried
    }

    /// Keeps the previous whole-site pages (everything outside `policies/<id>/`) if every
    /// one is as the last build left it; returns whether they were kept (if not, render them).
    package func carryOverSitePages() -> Bool {
        let group = OutputRecords.siteGroup
        guard let pages = previous.outputs.group(group), !pages.isEmpty else { return false }
        guard FileSystem.withFolder(output, otherwise: false, { OutputRecords.intact(group, pages, in: $0) }) else { return false }
        keep(group, pages)
        return true
    }

    private func keep(_ group: String, _ files: [String: OutputRecord]) {
        records.setGroup(group, files)
        keptGroups.insert(group)
        kept += files.count
    }

    /// What this update has written or kept at every output path so far.
    package var recorded: OutputRecords {
        lock.lock(); defer { lock.unlock() }
        return records
    }

    /// Moves the new pages and `files` (the caches) in and deletes pages no longer produced,
    /// under a journal.
    package func commit(adding files: [OutputFile]) throws {
        var bookkeeping: [String] = []
        do {
            for file in files {
                try file.bytes.withUnsafeBytes { _ = try FileSystem.write($0, to: staging + "/" + file.name) }
                bookkeeping.append(file.name)
            }
            // Pages the last build made and this one did not (none in a kept group).
            var deletions: [String] = []
            for (group, files) in previous.outputs.groups where !keptGroups.contains(group) {
                let now = records.group(group) ?? [:]
                for inner in files.keys where now[inner] == nil { deletions.append(OutputRecords.path(inner, in: group)) }
            }
            deletions.sort()
            // Refused before anything changes (no journal yet): a symbolic link inside the
            // output on the way to a page this update would move in or delete.
            try Self.checkNoLinks(on: moves + deletions, in: output)
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

    /// Throws if a folder on the way to any of `paths` inside `output` is a symbolic link.
    private static func checkNoLinks(on paths: [String], in output: String) throws {
        let root = open(output, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard root >= 0 else { throw FileSystem.Failure(description: "cannot open \(output): \(String(cString: strerror(errno)))") }
        var folders = OutputFolders(root: root, output: output)
        defer { folders.closeAll(); close(root) }
        for folder in Set(paths.map(FileSystem.parent(of:))).sorted() { _ = try folders.open(folder, create: false) }
    }

    package func abandon() {
        FileSystem.removeTree(staging)
    }
}
