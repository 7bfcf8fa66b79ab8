import XCTest
@testable import ContentLoading

/// Policies are loaded, checked and restored, and pages rendered, on all cores; the results
/// must come back in the input order, each exactly once, whatever the number of items and
/// however they are split.
final class ParallelTests: XCTestCase {
    func testResultsAreInInputOrderForAnyCount() {
        for count in [0, 1, 2, 31, 32, 33, 1000, 10_007] {
            let items = (0..<count).map { "policy-\($0)" }
            XCTAssertEqual(Parallel.map(items) { $0 + "!" }, items.map { $0 + "!" }, "\(count) items")
            XCTAssertEqual(Parallel.map(items, oneByOne: true) { $0 + "!" }, items.map { $0 + "!" }, "\(count) items one by one")
        }
    }

    func testBothStepsRunAndBothResultsComeBack() {
        // The two steps of a rebuild's start (fingerprint, cache) may each map on all cores.
        let (a, b) = Parallel.both({ Parallel.map(Array(0..<100)) { $0 * 2 } }, { Parallel.map(Array(0..<50)) { "\($0)" } })
        XCTAssertEqual(a, (0..<100).map { $0 * 2 })
        XCTAssertEqual(b, (0..<50).map { "\($0)" })
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
