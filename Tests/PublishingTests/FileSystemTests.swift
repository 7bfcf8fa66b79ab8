import Foundation
import XCTest
@testable import Publishing
import TestSupport

/// Removing an old output or staging folder never reaches outside it.
final class FileSystemTests: XCTestCase {
    func testRemovingAFolderDoesNotFollowSymbolicLinksOutOfIt() throws {
        let fm = FileManager.default
        let work = try temporaryFolder("pg-remove")
        let outside = work.appendingPathComponent("outside"), tree = work.appendingPathComponent("tree")
        try fm.createDirectory(at: outside, withIntermediateDirectories: true)
        try "keep me".write(to: outside.appendingPathComponent("precious.txt"), atomically: false, encoding: .utf8)
        try fm.createDirectory(at: tree.appendingPathComponent("policies/a/cp"), withIntermediateDirectories: true)
        try "page".write(to: tree.appendingPathComponent("policies/a/cp/index.html"), atomically: false, encoding: .utf8)
        try fm.createSymbolicLink(at: tree.appendingPathComponent("policies/a/link"), withDestinationURL: outside)
        try fm.createSymbolicLink(at: tree.appendingPathComponent("top-link"), withDestinationURL: outside)

        FileSystem.removeTree(tree.path)

        XCTAssertFalse(fm.fileExists(atPath: tree.path))
        XCTAssertEqual(try String(contentsOf: outside.appendingPathComponent("precious.txt"), encoding: .utf8), "keep me")
    }
}
