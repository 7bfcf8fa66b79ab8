import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The list of changes an in-place update (`InPlaceUpdate`) makes to a live output folder:
/// files to move in from the staging folder and files to delete. It is written into the
/// staging folder, complete, before the first change; a build killed part-way through is
/// finished by the next one (`replay`), so the folder never stays half-updated. Without a
/// journal, a staging folder is simply abandoned and the output is as the last build left it.
enum PublishJournal {
    static let fileName = ".policyguide-journal"

    /// Writes the journal atomically (a temporary name, then a rename).
    static func write(moves: [String], deletions: [String], in staging: String) throws {
        var text = ""
        for path in moves { text += "m \(path)\n" }
        for path in deletions { text += "d \(path)\n" }
        let temporary = staging + "/" + fileName + ".partial"
        try Array(text.utf8).withUnsafeBytes { try FileSystem.write($0, to: temporary) }
        guard rename(temporary, staging + "/" + fileName) == 0 else {
            throw FileSystem.Failure(description: "cannot write the publish journal: \(String(cString: strerror(errno)))")
        }
    }

    /// Applies the journal in `staging` to `output`, then removes the staging folder. Every
    /// step can be repeated: a file already moved is no longer in staging, a file already
    /// deleted is already gone. Returns false if the staging folder has no journal (nothing
    /// was changed, so it is only removed).
    @discardableResult
    static func replay(staging: String, output: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: staging + "/" + fileName) else {
            FileSystem.removeTree(staging)
            return false
        }
        var made: Set<String> = [output]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let path = String(line.dropFirst(2))
            guard !path.isEmpty, !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else { continue }
            if line.hasPrefix("m ") {
                let target = output + "/" + path
                try? FileSystem.makeDirectories(FileSystem.parent(of: target), made: &made)
                rename(staging + "/" + path, target)
            } else if line.hasPrefix("d ") {
                unlink(output + "/" + path)
                // A folder emptied by the deletion goes too, as a fresh build would not make it.
                var folder = FileSystem.parent(of: path)
                while !folder.isEmpty, rmdir(output + "/" + folder) == 0 { folder = FileSystem.parent(of: folder) }
            }
        }
        FileSystem.removeTree(staging)
        return true
    }
}
