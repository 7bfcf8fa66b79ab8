#if canImport(Glibc)
import Glibc
#endif

/// Makes sure the process may open enough files before any work starts. With `ulimit -n` at
/// 5, libdispatch could not make its event descriptor and killed the process (SIGILL) with
/// no message; at 6 or 7 content files failed as "cannot read". The soft limit is raised
/// towards the hard one, as any process may; if the hard limit is too low the run stops with
/// a clear message instead.
enum OpenFileLimit {
    /// What a build needs at most at once: standard streams, libdispatch's event loop, the
    /// build lock, one file or folder per core being read or written, and folder descriptors
    /// while a tree is removed; with a wide margin.
    static let needed: rlim_t = 64

    /// Raises the soft limit to at least `needed` (up to 1,024 if the hard limit allows);
    /// returns the message to print if the hard limit is below `needed`.
    static func ensure() -> String? {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return nil }
        if limit.rlim_cur >= needed { return nil }
        let wanted = min(max(needed, 1024), limit.rlim_max)
        if wanted >= needed {
            limit.rlim_cur = wanted
            if setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 { return nil }
        }
        return "too many open files: the limit on open files (ulimit -n) is \(limit.rlim_max), and policyguide needs at least \(needed). Raise it (ulimit -n 1024) and run again."
    }
}
