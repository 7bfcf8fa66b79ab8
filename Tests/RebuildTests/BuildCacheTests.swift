import Foundation
import XCTest
@testable import Publishing
@testable import Rebuild
import TestSupport

/// The output cache reads back exactly what was written, numbers of any size included, and a
/// damaged or foreign cache is not trusted (the build then starts afresh).
final class BuildCacheTests: XCTestCase {
    func folder() throws -> URL { try temporaryFolder("pg-buildcache") }

    func sample() -> BuildCache {
        BuildCache(fingerprint: InputFingerprint(global: ["site.yml": FileStamp(size: 120, seconds: 1_795_361_352, nanoseconds: 5, inode: 77), "glossary.yml": nil],
                                                 policies: ["bexley": .init(folder: FileStamp(size: 4096, seconds: -3, nanoseconds: 0, inode: .max), file: nil)]),
                   outputs: OutputRecords(["index.html": OutputRecord(hash: .max, stamp: FileStamp(size: 4096, seconds: 1_795_361_352, nanoseconds: 999_999_999, inode: .max)),
                             "policies/bexley/cp/advocacy-not-offered.html": OutputRecord(hash: 0x1234_5678_9ABC_DEF0, stamp: .none),
                             "a-z/index.html": OutputRecord(hash: 0, stamp: FileStamp(size: 0, seconds: -1, nanoseconds: 0, inode: 1))]),
                   warnings: ["content/policies/bexley/policy.md:1:1: warning: Policy review due: “updated” é", ""],
                   summaryDigest: 0xFEDC_BA98_7654_3210)
    }

    func testACacheReadsBackAsWritten() throws {
        let dir = try folder()
        let cache = sample()
        try cache.serialized().withUnsafeBytes { _ = try FileSystem.write($0, to: dir.path + "/" + BuildCache.fileName) }
        let back = try XCTUnwrap(BuildCache.read(in: dir))
        XCTAssertEqual(back.fingerprint, cache.fingerprint)
        XCTAssertEqual(back.outputs, cache.outputs)
        XCTAssertEqual(back.warnings, cache.warnings)
        XCTAssertEqual(back.summaryDigest, cache.summaryDigest)
        var noDigest = cache
        noDigest.summaryDigest = nil
        try noDigest.serialized().withUnsafeBytes { _ = try FileSystem.write($0, to: dir.path + "/" + BuildCache.fileName) }
        XCTAssertNil(try XCTUnwrap(BuildCache.read(in: dir)).summaryDigest)
    }

    func testADamagedOrForeignCacheIsNotRead() throws {
        let dir = try folder()
        let bytes = sample().serialized()
        for damaged in [Array(bytes.dropLast(3)), bytes + [0], Array("policyguide-cache-1 old\n".utf8) + bytes.dropFirst(30), []] {
            try damaged.withUnsafeBytes { _ = try FileSystem.write($0, to: dir.path + "/" + BuildCache.fileName) }
            XCTAssertNil(BuildCache.read(in: dir))
        }
        try FileManager.default.removeItem(atPath: dir.path + "/" + BuildCache.fileName)
        XCTAssertNil(BuildCache.read(in: dir))
    }
}
