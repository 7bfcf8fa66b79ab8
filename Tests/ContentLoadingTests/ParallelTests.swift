import XCTest
@testable import ContentLoading

/// Policies are loaded, checked and restored on all cores; the results must come back in the
/// input order, each exactly once, whatever the number of items and however they are split.
final class ParallelTests: XCTestCase {
    func testResultsAreInInputOrderForAnyCount() {
        for count in [0, 1, 2, 31, 32, 33, 1000, 10_007] {
            let items = (0..<count).map { "policy-\($0)" }
            XCTAssertEqual(Parallel.map(items) { $0 + "!" }, items.map { $0 + "!" }, "\(count) items")
        }
    }

    func testEveryItemIsTransformedOnce() {
        final class Counter: @unchecked Sendable {
            let lock = NSLock()
            var seen: [Int: Int] = [:]
            func add(_ i: Int) { lock.lock(); seen[i, default: 0] += 1; lock.unlock() }
        }
        let counter = Counter()
        _ = Parallel.map(Array(0..<5000)) { i -> Int in counter.add(i); return i }
        XCTAssertEqual(counter.seen.count, 5000)
        XCTAssertTrue(counter.seen.values.allSatisfy { $0 == 1 })
    }
}
