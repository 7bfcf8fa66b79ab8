import Foundation

/// Slots written by concurrent jobs, each index by exactly one job.
final class ResultSlots: @unchecked Sendable {
    private var slots: [Result<Int, Error>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: Result<Int, Error>) {
        lock.lock(); slots[i] = value; lock.unlock()
    }

    func all() -> [Result<Int, Error>] { slots.map { $0! } }
}
