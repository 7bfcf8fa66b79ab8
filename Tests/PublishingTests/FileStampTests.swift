import Foundation
import XCTest
@testable import Publishing
import TestSupport

/// A touched file no longer matches its stamp, and the stamp taken from the open file as it is
/// written is the one a later look-up by path finds.
final class FileStampTests: XCTestCase {
    func testAStampNoticesAChange() throws {
        let file = try temporaryFolder("pg-stamp").appendingPathComponent("page")
        try "first".write(to: file, atomically: false, encoding: .utf8)
        let stamp = try XCTUnwrap(FileStamp.of(file.path))
        try "second, longer".write(to: file, atomically: false, encoding: .utf8)
        XCTAssertNotEqual(FileStamp.of(file.path), stamp)
        XCTAssertNil(FileStamp.of(file.path + "-missing"))
        XCTAssertNotEqual(FileStamp.of(file.path), FileStamp.none)
    }

    func testTheStampOfAWrittenFileIsTheOneFoundByPath() throws {
        let file = try temporaryFolder("pg-stamp").appendingPathComponent("page")
        let written = try Array("<p>page</p>\n".utf8).withUnsafeBytes { try FileSystem.write($0, to: file.path, stamp: true) }
        XCTAssertEqual(written, FileStamp.of(file.path))
        XCTAssertNil(try Array("x".utf8).withUnsafeBytes { try FileSystem.write($0, to: file.path) })
    }
}
