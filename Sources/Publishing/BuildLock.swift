import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One build at a time per output folder. An editor that rebuilds on every save can start a
/// build while the last is still running; without this, the second would take the first's
/// staging folder for a killed build's leftovers and remove it. The lock is an advisory
/// `flock` on the output's parent folder (which holds the output and its temporary
/// siblings), so no lock file is ever created; the system drops it if the process dies.
package final class BuildLock {
    private let descriptor: Int32

    /// Takes the lock, waiting (and saying so through `waiting`) while another build holds it.
    package init(folder: String, waiting: (String) -> Void) throws {
        descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw BuildError.io("cannot open \(folder) to take the build lock: \(String(cString: strerror(errno)))")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            waiting("another build is writing next to \(folder); waiting for it to finish")
            while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
