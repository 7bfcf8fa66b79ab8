import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The few file operations a build repeats a hundred thousand times, as direct system calls.
/// Foundation's FileManager does the same work with URL and attribute handling around each
/// call; at 10,000 policies (over 100,000 files) that overhead was most of writing the site.
enum FileSystem {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Creates `path` and any missing parents (like `mkdir -p`); `made` remembers folders
    /// already created so each is made once.
    static func makeDirectories(_ path: String, made: inout Set<String>) throws {
        if path.isEmpty || made.contains(path) { return }
        if let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) {
            try makeDirectories(String(path[..<slash]), made: &made)
        }
        if mkdir(path, 0o777) != 0 && errno != EEXIST {
            throw Failure(description: "cannot create folder \(path): \(String(cString: strerror(errno)))")
        }
        made.insert(path)
    }

    /// `body` with the folder at `path` (relative to the open folder `parent`, if given) open
    /// for `*at` calls, closed afterwards; `otherwise` if it cannot be opened. Rebuilds look
    /// files up from an open folder so the kernel does not walk the same path every time.
    static func withFolder<T>(_ path: String, in parent: Int32 = AT_FDCWD, otherwise: T, _ body: (Int32) throws -> T) rethrows -> T {
        let descriptor = openat(parent, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return otherwise }
        defer { close(descriptor) }
        return try body(descriptor)
    }

    /// The folder part of a `/`-separated path ("" for a bare name).
    static func parent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// Writes `bytes` to a new file at `path` (mode 0666 less the umask, like any editor).
    /// With `stamp`, returns the written file's stamp, read from the open file (no second
    /// lookup of its path).
    @discardableResult
    static func write(_ bytes: UnsafeRawBufferPointer, to path: String, stamp: Bool = false) throws -> FileStamp? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw Failure(description: "cannot create \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno)))")
            }
            offset += n
        }
        return stamp ? FileStamp.of(descriptor: fd) ?? FileStamp.none : nil
    }

    /// The bytes of the file at `path`, or nil if it cannot be read.
    static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(st.st_size))
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return nil }
            offset += n
        }
        return bytes
    }

    /// Deletes the folder at `path` and everything in it, without following symbolic links.
    /// Subfolders two levels down (one per policy) are removed on all cores.
    static func removeTree(_ path: String) {
        var nested: [String] = []
        for (name, isDirectory) in entries(of: path) where isDirectory {
            for (inner, innerIsDirectory) in entries(of: path + "/" + name) where innerIsDirectory {
                nested.append(path + "/" + name + "/" + inner)
            }
        }
        let folders = nested
        DispatchQueue.concurrentPerform(iterations: folders.count) { removeTreeSerially(folders[$0]) }
        removeTreeSerially(path)
    }

    private static func removeTreeSerially(_ path: String) {
        for (name, isDirectory) in entries(of: path) {
            let child = path + "/" + name
            if isDirectory { removeTreeSerially(child) } else { unlink(child) }
        }
        rmdir(path)
    }

    /// The names in a folder (all but `.` and `..`), in the order the file system gives them;
    /// none if it cannot be read.
    static func names(in path: String) -> [String] {
        entries(of: path).map(\.0)
    }

    /// Names in a folder with whether each is a real folder (symbolic links count as files,
    /// so removal never follows one out of the tree).
    private static func entries(of path: String) -> [(String, Bool)] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var out: [(String, Bool)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            var isDirectory = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                var st = stat()
                isDirectory = lstat(path + "/" + name, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
            }
            out.append((name, isDirectory))
        }
        return out
    }
}
