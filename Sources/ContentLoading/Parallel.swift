import Dispatch
import Foundation

/// The build's one way of using both cores: a `map` over independent items, and `both`, two
/// independent steps side by side. Everything that runs in parallel (loading and checking
/// policies, decoding cached ones, checking kept pages) goes through here, results always
/// in input order, so output never depends on scheduling.
public enum Parallel {
    /// Applies `transform` to every item, spread over all cores; results in input order.
    ///
    /// Items are handed out in runs of neighbours, taken in order, and each result is written
    /// straight into its place. By default there are sixteen runs per core: a rebuild maps
    /// over thousands of policies whose work is mostly a dictionary lookup, where handing
    /// out items one by one would cost more than the work. `oneByOne` hands out each item
    /// alone, in order, for a few large items of very different sizes (the renderer's jobs),
    /// so no core waits while another works through a run.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], oneByOne: Bool = false, _ transform: @escaping @Sendable (T) -> R) -> [R] {
        let count = items.count
        guard count > 0 else { return [] }
        let runs = oneByOne ? count : min(count, ProcessInfo.processInfo.activeProcessorCount * 16)
        return [R](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: runs) { run in
                // Each index belongs to exactly one run, so no two threads write one place.
                for i in (count * run / runs)..<(count * (run + 1) / runs) {
                    (slots.base + i).initialize(to: transform(items[i]))
                }
            }
            initialized = count
        }
    }

    /// Runs two independent steps at the same time and returns both results.
    ///
    /// The second step runs as a plain block on a global queue, not as an iteration of
    /// `concurrentPerform`: libdispatch runs a `concurrentPerform` nested in another one on a
    /// single thread, so each step's own `map` would be held to one core. Run this way, both
    /// steps' maps share both cores.
    public static func both<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @escaping @Sendable () -> B) -> (A, B) {
        let b = Box<B>()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async { b.value = second(); done.signal() }
        let a = first()
        done.wait()
        return (a, b.value!)
    }

    /// The result buffer, shared by the runs; `concurrentPerform` returns only when every run
    /// has written its places.
    /// Unchecked Sendable: each run writes only its own indices, and the buffer is read after all end.
    private struct Slots<R>: @unchecked Sendable {
        let base: UnsafeMutablePointer<R>
        init(_ base: UnsafeMutablePointer<R>) { self.base = base }
    }

    /// The second step's result: written once by that step, read after its semaphore is
    /// signalled (which orders the write before the read).
    /// Unchecked Sendable: the semaphore orders the one write before the one read.
    private final class Box<T>: @unchecked Sendable {
        var value: T?
    }
}
