import Foundation
import XCTest
@testable import SiteBuild

/// Output stamps survive the trip through the cache file, and a touched file no longer matches.
final class FileStampTests: XCTestCase {
    func testAStampReadsBackAndNoticesAChange() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pg-stamp-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: file) }
        try "first".write(to: file, atomically: false, encoding: .utf8)
        let stamp = try XCTUnwrap(FileStamp.of(file.path))
        XCTAssertEqual(FileStamp(text: stamp.text.utf8), stamp)
        try "second, longer".write(to: file, atomically: false, encoding: .utf8)
        XCTAssertNotEqual(FileStamp.of(file.path), stamp)
        XCTAssertNil(FileStamp.of(file.path + "-missing"))
        XCTAssertNotEqual(FileStamp.of(file.path), FileStamp.none)
        for bad in ["", "1/2.3", "1/2.3/x", "1//2.3/4", "12 2.3/4"] { XCTAssertNil(FileStamp(text: bad.utf8), bad) }
        XCTAssertEqual(FileStamp(text: FileStamp.none.text.utf8), FileStamp.none)
    }
}
