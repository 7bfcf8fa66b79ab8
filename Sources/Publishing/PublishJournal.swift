#if canImport(Glibc)
import Glibc
#endif

/// The list of changes an in-place update (`InPlaceUpdate`) makes to a live output folder:
/// files to move in from the staging folder and files to delete. It is written into the
/// staging folder, complete, before the first change; a build killed part-way through is
/// finished by the next one (`replay`), so the folder never stays half-updated. Without a
/// journal, a staging folder is simply abandoned and the output is as the last build left it.
package enum PublishJournal {
    package static let fileName = ".policyguide-journal"

    /// Writes the journal atomically (a temporary name, then a rename).
    package static func write(moves: [String], deletions: [String], in staging: String) throws {
        var text = ""
        for path in moves { text += "m \(path)\n" }
        for path in deletions { text += "d \(path)\n" }
        let temporary = staging + "/" + fileName + ".partial"
        try Array(text.utf8).withUnsafeBytes { _ = try FileSystem.write($0, to: temporary) }
        guard rename(temporary, staging + "/" + fileName) == 0 else {
            throw FileSystem.Failure(description: "cannot write the publish journal: \(String(cString: strerror(errno)))")
        }
    }

    /// What replaying a staging folder did.
    package enum Outcome: Equatable {
        /// There was no journal: nothing had been changed, and the folder was removed.
        case noJournal
        /// Every change was made, and the folder was removed.
        case applied
        /// A change could not be made; the folder and its journal are kept for another try.
        case failed(String)
    }

    /// Applies the journal in `staging` to `output`, then removes the staging folder. Every
    /// step can be repeated: a file already moved is no longer in staging, a file already
    /// deleted is already gone. It stops at the first change that cannot be made (for
    /// example a move across file systems), leaving the rest for a later attempt. Every
    /// folder inside the output is opened component by component without following links
    /// (`FileSystem.openFolder`), so a symbolic link put inside the output stops the update
    /// instead of leading a move or a deletion outside it.
    package static func replay(staging: String, output: String) -> Outcome {
        guard let data = FileSystem.read(staging + "/" + fileName) else {
            FileSystem.removeTree(staging)
            return .noJournal
        }
        let root = open(output, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard root >= 0 else { return .failed("cannot open \(output): \(String(cString: strerror(errno)))") }
        var folders = OutputFolders(root: root, output: output)
        defer { folders.closeAll(); close(root) }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let path = String(line.dropFirst(2))
            guard !path.isEmpty, !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else { continue }
            let folder = FileSystem.parent(of: path)
            let name = folder.isEmpty ? path : String(path.dropFirst(folder.count + 1))
            if line.hasPrefix("m ") {
                let source = staging + "/" + path
                var st = stat()
                guard lstat(source, &st) == 0 else { continue }          // moved by an earlier attempt
                let target: Int32
                do { guard let fd = try folders.open(folder, create: true) else { continue }; target = fd }
                catch { return .failed("cannot move \(path) into \(output): \(error.description)") }
                guard renameat(AT_FDCWD, source, target, name) == 0 else {
                    return .failed("cannot move \(path) into \(output): \(String(cString: strerror(errno)))")
                }
            } else if line.hasPrefix("d ") {
                let containing: Int32
                do { guard let fd = try folders.open(folder, create: false) else { continue }; containing = fd }   // already gone
                catch { return .failed("cannot delete \(path) from \(output): \(error.description)") }
                guard unlinkat(containing, name, 0) == 0 || errno == ENOENT else {
                    return .failed("cannot delete \(path) from \(output): \(String(cString: strerror(errno)))")
                }
                // A folder emptied by the deletion goes too, as a fresh build would not make it.
                var emptied = folder
                while !emptied.isEmpty {
                    let above = FileSystem.parent(of: emptied)
                    let last = above.isEmpty ? emptied : String(emptied.dropFirst(above.count + 1))
                    guard let fd = try? folders.open(above, create: false), unlinkat(fd, last, AT_REMOVEDIR) == 0 else { break }
                    folders.forget(emptied)
                    emptied = above
                }
            }
        }
        FileSystem.removeTree(staging)
        return .applied
    }
}
