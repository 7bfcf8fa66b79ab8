import Foundation

/// `map` over independent items on all cores, results in input order.
public enum ParallelMap {
    /// Applies `transform` to every item, spread over all cores.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @escaping @Sendable (T) -> R) -> [R] {
        let slots = Slots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            slots.set(i, transform(items[i]))
        }
        return slots.values()
    }

    /// Result storage written by concurrent iterations, each index exactly once.
    final class Slots<R>: @unchecked Sendable {
        private var storage: [R?]
        private let lock = NSLock()

        init(count: Int) { storage = Array(repeating: nil, count: count) }

        func set(_ i: Int, _ value: R) {
            lock.lock(); storage[i] = value; lock.unlock()
        }

        func values() -> [R] { storage.map { $0! } }
    }
}
