import XCTest
@testable import Publishing
@testable import Rebuild

/// The output hash decides whether a page is rewritten: any change to a page's bytes, in any
/// lane or in the tail, and any change of length (also by trailing zero bytes), must change it.
final class ContentHashTests: XCTestCase {
    func hash(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBufferPointer { ContentHash.of($0) } }

    func testEveryOneByteChangeChangesTheHash() {
        for length in [1, 7, 8, 9, 31, 32, 33, 64, 100] {
            let original = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            XCTAssertEqual(hash(original), hash(original))
            var seen: Set<UInt64> = [hash(original)]
            for position in 0..<length {
                var changed = original
                changed[position] ^= 0x01
                XCTAssertTrue(seen.insert(hash(changed)).inserted, "length \(length), byte \(position)")
            }
        }
    }

    func testLengthCounts() {
        var seen: Set<UInt64> = []
        for length in 0...80 {
            XCTAssertTrue(seen.insert(hash([UInt8](repeating: 0, count: length))).inserted, "\(length) zero bytes")
        }
        XCTAssertNotEqual(hash(Array("a".utf8)), hash(Array("a".utf8) + [0]))
    }
}
