#if canImport(Glibc)
import Glibc
#endif

/// A file's size, modification time and inode, read with one `stat`: equal stamps mean the
/// file is as it was. Compared as numbers; a rebuild checks one per output file (100,000 at
/// 10,000 policies), so no text is made for the comparison.
package struct FileStamp: Equatable, Sendable {
    package var size: Int
    package var seconds: Int
    package var nanoseconds: Int
    package var inode: UInt64

    /// A stamp no file has (when a file could not be stamped after writing).
    package static let none = FileStamp(size: -1, seconds: 0, nanoseconds: 0, inode: 0)

    /// The stamp of the file at `path`, or nil if it is missing.
    package static func of(_ path: String) -> FileStamp? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return FileStamp(size: Int(st.st_size), seconds: Int(st.st_mtim.tv_sec), nanoseconds: Int(st.st_mtim.tv_nsec), inode: UInt64(st.st_ino))
    }

    /// The stamp of the open file `descriptor`.
    package static func of(descriptor: Int32) -> FileStamp? {
        var st = stat()
        guard fstat(descriptor, &st) == 0 else { return nil }
        return FileStamp(size: Int(st.st_size), seconds: Int(st.st_mtim.tv_sec), nanoseconds: Int(st.st_mtim.tv_nsec), inode: UInt64(st.st_ino))
    }

    /// The stamp of the file at `path` relative to the open folder `descriptor`.
    package static func of(_ path: String, in descriptor: Int32) -> FileStamp? {
        var st = stat()
        guard fstatat(descriptor, path, &st, 0) == 0 else { return nil }
        return FileStamp(size: Int(st.st_size), seconds: Int(st.st_mtim.tv_sec), nanoseconds: Int(st.st_mtim.tv_nsec), inode: UInt64(st.st_ino))
    }

    package init(size: Int, seconds: Int, nanoseconds: Int, inode: UInt64) {
        self.size = size
        self.seconds = seconds
        self.nanoseconds = nanoseconds
        self.inode = inode
    }
}
