import Foundation
import Publishing

/// The hash and stamp of every page a first incremental build writes, gathered from the
/// rendering threads for the rebuild cache.
/// Unchecked Sendable: `records` is read and changed only under `lock`.
package final class OutputRecorder: WriteRecorder, @unchecked Sendable {
    private let lock = NSLock()
    private var records = OutputRecords()

    package init() {}

    package func wrote(_ path: String, _ bytes: UnsafeRawBufferPointer, stamp: FileStamp?) {
        let record = OutputRecord(hash: ContentHash.of(bytes.assumingMemoryBound(to: UInt8.self)), stamp: stamp ?? .none)
        lock.lock(); records[path: path] = record; lock.unlock()
    }

    /// Everything recorded so far.
    package var recorded: OutputRecords {
        lock.lock(); defer { lock.unlock() }
        return records
    }
}
