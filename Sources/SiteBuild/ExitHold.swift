import Foundation

/// Keeps a finished build's data alive until the process exits. Freeing a large model and
/// its caches object by object can take longer than a whole rebuild, and the system reclaims
/// a process's memory at exit in one step anyway (compilers skip the same work for the same
/// reason). Only the command-line tool, which exits right after a build, asks for this.
/// Unchecked Sendable: `held` is changed only under `lock`, and never read.
final class ExitHold: @unchecked Sendable {
    static let shared = ExitHold()
    private var held: [Any] = []
    private let lock = NSLock()

    func keep(_ values: [Any]) {
        lock.lock(); held.append(contentsOf: values); lock.unlock()
    }
}
