import Dispatch

/// Runs two independent steps at the same time, one per core, and returns both results.
/// A rebuild's first steps (fingerprinting the content, reading the output's caches, checking
/// the kept pages) each leave a core idle for part of their run; side by side they overlap.
enum BothAtOnce {
    static func run<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let a = Box<A>(), b = Box<B>()
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            if i == 0 { a.value = first() } else { b.value = second() }
        }
        return (a.value!, b.value!)
    }

    /// One result, written by one iteration and read after `concurrentPerform` returns
    /// (which orders the write before the read).
    private final class Box<T>: @unchecked Sendable {
        var value: T?
    }
}
