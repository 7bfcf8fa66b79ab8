import ContentLoading
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The few file operations a build repeats a hundred thousand times, as direct system calls.
/// Foundation's FileManager does the same work with URL and attribute handling around each
/// call, and at 10,000 policies (over 100,000 files) that overhead would dominate writing.
package enum FileSystem {
    /// A failed file operation, described for the build's error message.
    package struct Failure: Error, CustomStringConvertible {
        package let description: String

        package init(description: String) { self.description = description }
    }

    /// Creates `path` and any missing parents (like `mkdir -p`); `made` remembers folders
    /// already created so each is made once.
    package static func makeDirectories(_ path: String, made: inout Set<String>) throws {
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
    /// With `noFollow`, a symbolic link at `path` itself is not opened.
    package static func withFolder<T>(_ path: String, in parent: Int32 = AT_FDCWD, noFollow: Bool = false, otherwise: T, _ body: (Int32) throws -> T) rethrows -> T {
        let descriptor = openat(parent, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | (noFollow ? O_NOFOLLOW : 0))
        guard descriptor >= 0 else { return otherwise }
        defer { close(descriptor) }
        return try body(descriptor)
    }

    /// The folder part of a `/`-separated path ("" for a bare name).
    package static func parent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// Writes `bytes` to a new file at `path` (mode 0666 less the umask, like any editor).
    /// With `stamp`, returns the written file's stamp, read from the open file (no second
    /// lookup of its path).
    @discardableResult
    package static func write(_ bytes: UnsafeRawBufferPointer, to path: String, stamp: Bool = false) throws -> FileStamp? {
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
    package static func read(_ path: String) -> [UInt8]? {
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

    /// Deletes the folder at `path` and everything in it, without following symbolic links:
    /// every folder is opened with `O_NOFOLLOW` relative to its parent's descriptor and every
    /// entry removed with `unlinkat`, so a link anywhere in the tree (its top included) is
    /// removed as a link, or, at the top, left alone, and never followed to its target.
    /// Subfolders two levels down (one per policy) are removed on all cores.
    package static func removeTree(_ path: String) {
        let top = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard top >= 0 else { return }   // gone, not a folder, or a symbolic link: nothing of ours to remove
        // Folders one level down stay open while their own subfolders are removed in parallel.
        var levelOne: [Int32] = []
        var nested: [(Int32, String)] = []
        for (name, isDirectory) in entries(of: top) where isDirectory {
            let fd = openat(top, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { continue }
            levelOne.append(fd)
            for (inner, innerIsDirectory) in entries(of: fd) where innerIsDirectory { nested.append((fd, inner)) }
        }
        let folders = nested
        _ = Parallel.map(folders, oneByOne: true) { removeTreeSerially($0.1, in: $0.0) }
        for fd in levelOne { close(fd) }
        removeContents(of: top)
        close(top)
        rmdir(path)
    }

    /// Removes the folder `name` in the open folder `parent`, and everything in it.
    private static func removeTreeSerially(_ name: String, in parent: Int32) {
        let fd = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if fd >= 0 {
            removeContents(of: fd)
            close(fd)
        }
        unlinkat(parent, name, AT_REMOVEDIR)
    }

    /// Removes everything in the open folder `folder` (the folder itself stays).
    private static func removeContents(of folder: Int32) {
        for (name, isDirectory) in entries(of: folder) {
            if isDirectory { removeTreeSerially(name, in: folder) } else { unlinkat(folder, name, 0) }
        }
    }

    /// Whether the open folder `folder` holds a plain file `name` (not a link to one).
    package static func holdsFile(_ name: String, in folder: Int32) -> Bool {
        var st = stat()
        return fstatat(folder, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }

    /// What `lstat` says `path` is: a folder, a symbolic link, something else, or nothing.
    package enum Kind { case missing, folder, link, other }

    /// The kind of `path` itself, a link not followed.
    package static func kind(of path: String, in parent: Int32 = AT_FDCWD) -> Kind {
        var st = stat()
        guard fstatat(parent, path, &st, AT_SYMLINK_NOFOLLOW) == 0 else { return .missing }
        switch st.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFLNK: return .link
        default: return .other
        }
    }

    /// Where the symbolic link at `path` points, as written in the link.
    package static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n >= 0 else { return nil }
        return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The kernel's `renameat2`, looked up at run time: Glibc declares it only for GNU
    /// sources, which Swift's Glibc module does not define.
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let renameAt2: RenameAt2? = {
        #if os(Linux)
        guard let symbol = dlsym(nil, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
        return nil
        #endif
    }()

    /// What `exchange` did.
    package enum Exchange: Equatable {
        /// The two names swapped in one step.
        case exchanged
        /// The system or file system cannot swap in one step (no `RENAME_EXCHANGE`).
        case unsupported
        /// Another error (`errno`'s text).
        case failed(String)
    }

    /// Swaps the folders `a` and `b` in the open folder `parent` in one step
    /// (`renameat2(RENAME_EXCHANGE)`): at every instant each name holds one complete folder.
    package static func exchange(_ a: String, _ b: String, in parent: Int32) -> Exchange {
        guard let renameAt2 else { return .unsupported }
        let exchangeFlag: UInt32 = 2   // RENAME_EXCHANGE in <linux/fs.h>
        if renameAt2(parent, a, parent, b, exchangeFlag) == 0 { return .exchanged }
        if errno == EINVAL || errno == ENOSYS || errno == ENOTSUP { return .unsupported }
        return .failed(String(cString: strerror(errno)))
    }

    /// The names in a folder (all but `.` and `..`), in the order the file system gives them;
    /// none if it cannot be read.
    package static func names(in path: String) -> [String] {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return [] }
        defer { close(fd) }
        return entries(of: fd).map(\.0)
    }

    /// Names in the open folder `folder` with whether each is a real folder (symbolic links
    /// count as files, so removal never follows one out of the tree). The whole list is read
    /// before the caller changes the folder.
    private static func entries(of folder: Int32) -> [(String, Bool)] {
        let own = dup(folder)
        guard own >= 0 else { return [] }
        guard let dir = fdopendir(own) else { close(own); return [] }
        defer { closedir(dir) }
        // A duplicate shares the folder's read position: start from the top every time.
        rewinddir(dir)
        var out: [(String, Bool)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            var isDirectory = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                var st = stat()
                isDirectory = fstatat(folder, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
            }
            out.append((name, isDirectory))
        }
        return out
    }
}

extension FileSystem {
    /// Why a folder inside the output could not be opened safely.
    package enum FolderProblem: Error {
        /// `path` is a symbolic link (or not a folder): writing through it would leave the tree.
        case notAFolder(String)
        /// Another error, with `errno`'s text.
        case failed(String, String)
    }

    /// Opens the folder `relative` (`/`-separated, "" for `root` itself) inside the open folder
    /// `root`, one component at a time with `O_NOFOLLOW`, so no symbolic link inside the tree
    /// is ever followed; with `create`, missing folders are made. Returns nil if a component
    /// is missing and `create` is off. The caller closes the descriptor.
    package static func openFolder(_ relative: String, in root: Int32, create: Bool) throws(FolderProblem) -> Int32? {
        var current = dup(root)
        guard current >= 0 else { throw .failed(relative, String(cString: strerror(errno))) }
        var walked = ""
        for component in relative.split(separator: "/", omittingEmptySubsequences: true) {
            let name = String(component)
            walked = walked.isEmpty ? name : walked + "/" + name
            var next = openat(current, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if next < 0 && errno == ENOENT && create {
                if mkdirat(current, name, 0o777) != 0 && errno != EEXIST {
                    let why = String(cString: strerror(errno))
                    close(current)
                    throw .failed(walked, why)
                }
                next = openat(current, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            }
            if next < 0 {
                let code = errno
                close(current)
                if code == ENOENT { return nil }
                if code == ELOOP || code == ENOTDIR { throw .notAFolder(walked) }
                throw .failed(walked, String(cString: strerror(code)))
            }
            close(current)
            current = next
        }
        return current
    }
}
