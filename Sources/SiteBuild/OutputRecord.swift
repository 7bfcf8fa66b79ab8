#if canImport(Glibc)
import Glibc
#endif

/// What the last build wrote at one path: the content hash, and the file's size, mtime and
/// inode right after writing. If the file on disk no longer matches those, someone touched
/// it, and the cache is not trusted for it.
struct OutputRecord: Equatable {
    var hash: UInt64
    var stamp: String

    /// "size mtime inode" of the file at `path`, or nil if it is missing.
    static func stamp(of path: String) -> String? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return "\(st.st_size)/\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)/\(st.st_ino)"
    }
}
