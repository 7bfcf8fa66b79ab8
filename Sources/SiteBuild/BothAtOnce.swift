import Dispatch

/// Runs two independent steps at the same time and returns both results. A rebuild's first
/// steps (fingerprinting the content, reading the output's caches, checking the kept pages)
/// each leave a core idle for part of their run; side by side they overlap.
///
/// The second step runs as a plain block on a global queue, not as an iteration of
/// `concurrentPerform`: libdispatch runs a `concurrentPerform` nested in another one on a
/// single thread, so the steps' own parallel maps would each be held to one core, and the
/// longer step would finish alone. Run this way, both steps' maps share both cores.
enum BothAtOnce {
    static func run<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @escaping @Sendable () -> B) -> (A, B) {
        let b = Box<B>()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async { b.value = second(); done.signal() }
        let a = first()
        done.wait()
        return (a, b.value!)
    }

    /// One result, written by the second step and read after its semaphore is signalled
    /// (which orders the write before the read).
    private final class Box<T>: @unchecked Sendable {
        var value: T?
    }
}
