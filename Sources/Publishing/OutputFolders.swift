#if canImport(Glibc)
import Glibc
#endif

/// The folders of a live output folder opened so far while applying a publish journal, by
/// path relative to the output. Each is opened component by component without following
/// links (`FileSystem.openFolder`), so no move or deletion can reach outside the output
/// through a symbolic link put inside it.
package struct OutputFolders {
    /// The open output folder (not owned: the caller closes it).
    package let root: Int32
    /// The output folder's path, for messages.
    package let output: String
    private var opened: [String: Int32] = [:]

    package init(root: Int32, output: String) { self.root = root; self.output = output }

    /// The open folder `relative` (made if missing and `create`), nil if missing.
    package mutating func open(_ relative: String, create: Bool) throws(FileSystem.Failure) -> Int32? {
        if relative.isEmpty { return root }
        if let fd = opened[relative] { return fd }
        // An update touches a few folders; a large deletion may touch thousands, which
        // must not all stay open.
        if opened.count >= 64 { closeAll() }
        do {
            guard let fd = try FileSystem.openFolder(relative, in: root, create: create) else { return nil }
            opened[relative] = fd
            return fd
        } catch {
            switch error {
            case .notAFolder(let path):
                throw FileSystem.Failure(description: "\(output)/\(path) is a symbolic link or not a folder: PolicyGuide never writes or deletes through a link inside the output folder. Remove it (a build without --incremental replaces the whole folder)")
            case .failed(let path, let why):
                throw FileSystem.Failure(description: "cannot open \(output)/\(path): \(why)")
            }
        }
    }

    /// Closes and drops the folder `relative` (after it was removed).
    package mutating func forget(_ relative: String) {
        if let fd = opened.removeValue(forKey: relative) { close(fd) }
    }

    /// Closes every folder opened so far.
    package mutating func closeAll() {
        for fd in opened.values { close(fd) }
        opened = [:]
    }
}
