import Foundation
import XCTest
import ContentLoading
import PolicyModel
@testable import Publishing
@testable import Rebuild
@testable import SiteBuild
import TestSupport

/// The incremental build's policy cache: what goes in comes back out, field for field, and a
/// damaged cache is ignored rather than trusted.
final class PolicyCacheTests: XCTestCase {
    static let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("content")

    func cacheFolder() throws -> URL {
        try temporaryFolder("pg-cache")
    }

    func written(_ entries: [LoadedPolicy], in folder: URL) throws {
        let bytes = PolicyCache().serialized(policies: entries.map(\.policy), fresh: entries, contentDisplay: "content")
        try Data(bytes).write(to: folder.appendingPathComponent(PolicyCache.fileName))
    }

    func testEveryRealPolicyRoundTripsWithoutItsText() throws {
        let result = ContentLoader(root: Self.content, displayRoot: "content").load()
        var entries = result.loadedPolicies
        XCTAssertEqual(entries.count, 4)
        // A diagnostic in another file keeps that file.
        entries[0].diagnostics.append(Diagnostic(.warning, SourceLocation(file: "content/site.yml", line: 3, column: 7), "elsewhere"))
        let folder = try cacheFolder()
        try written(entries, in: folder)

        let restored = PolicyCache.read(in: folder, contentDisplay: "content").entries(for: Set(entries.map(\.policy.id)))
        XCTAssertEqual(restored.count, entries.count)
        for entry in entries {
            XCTAssertEqual(restored[entry.policy.id], entry, entry.policy.id)
        }
        let bexley = try XCTUnwrap(restored["bexley"]?.policy)
        XCTAssertEqual(bexley.routes.map(\.stages.count), [4, 5])
        XCTAssertEqual(bexley.routes[1].stages[1].timescale?.wording, "5 days")
    }

    func testAnotherContentPathOrADamagedFileIsNotTrusted() throws {
        let entries = ContentLoader(root: Self.content, displayRoot: "content").load().loadedPolicies
        let folder = try cacheFolder()
        try written(entries, in: folder)
        let ids = Set(entries.map(\.policy.id))
        // Diagnostics name files by the content path given: another path means another cache.
        XCTAssertEqual(PolicyCache.read(in: folder, contentDisplay: "elsewhere/content").entries(for: ids).count, 0)

        let file = folder.appendingPathComponent(PolicyCache.fileName)
        let bytes = try Data(contentsOf: file)
        try bytes.prefix(bytes.count - 40).write(to: file)
        let truncated = PolicyCache.read(in: folder, contentDisplay: "content").entries(for: ids)
        XCTAssertLessThan(truncated.count, entries.count, "a truncated cache was read as whole")
    }
}

/// The cache's integers survive whatever their size.
final class ByteCodingTests: XCTestCase {
    func testIntegersRoundTripAtEveryMagnitude() throws {
        let values = [0, 1, -1, 63, -64, 1 << 31, 1 << 62, -(1 << 62), Int.max, Int.min, Int.max - 1]
        var w = ByteWriter()
        for v in values { w.int(v) }
        var r = ByteReader(w.bytes[...])
        for v in values { XCTAssertEqual(try r.int(), v) }
        XCTAssertTrue(r.isAtEnd)
    }
}
