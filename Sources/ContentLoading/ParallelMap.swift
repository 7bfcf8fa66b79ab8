import Foundation

/// `map` over independent items on all cores, results in input order.
public enum ParallelMap {
    /// Applies `transform` to every item, spread over all cores.
    ///
    /// Items are handed out in runs (sixteen per core), not one by one, and each result is
    /// written straight into its place: a rebuild maps over 10,000 policies whose work is
    /// mostly a dictionary lookup, and one `concurrentPerform` iteration and one locked store
    /// per item cost more than that work.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @escaping @Sendable (T) -> R) -> [R] {
        let count = items.count
        guard count > 0 else { return [] }
        let runs = min(count, ProcessInfo.processInfo.activeProcessorCount * 16)
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

    /// The result buffer, shared by the runs; `concurrentPerform` returns only when every run
    /// has written its places.
    private struct Slots<R>: @unchecked Sendable {
        let base: UnsafeMutablePointer<R>
        init(_ base: UnsafeMutablePointer<R>) { self.base = base }
    }
}
