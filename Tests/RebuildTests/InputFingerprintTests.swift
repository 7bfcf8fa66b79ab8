import Foundation
import XCTest
@testable import Publishing
@testable import Rebuild
import TestSupport

/// The fingerprint tells a rebuild which policies are untouched: an edited policy drops out,
/// and any change outside `policies/`, or a policy added or removed, leaves none untouched.
final class InputFingerprintTests: XCTestCase {
    func content() throws -> URL {
        let root = try temporaryFolder("pg-fingerprint")
        for path in ["site.yml", "glossary.yml", "wording/escalation.mustache", "checklists/a.md",
                     "policies/alpha/policy.md", "policies/beta/policy.md", "policies/gamma/policy.md"] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        return root
    }

    func append(_ text: String, to url: URL) throws {
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    func testAnEditedPolicyIsTheOnlyOneChanged() throws {
        let root = try content()
        let before = InputFingerprint(content: root.path)
        XCTAssertEqual(InputFingerprint(content: root.path), before)
        XCTAssertEqual(InputFingerprint(content: root.path).unchangedPolicies(since: before), ["alpha", "beta", "gamma"])
        try append("more", to: root.appendingPathComponent("policies/beta/policy.md"))
        let after = InputFingerprint(content: root.path)
        XCTAssertNotEqual(after, before)
        XCTAssertEqual(after.unchangedPolicies(since: before), ["alpha", "gamma"])
    }

    func testAChangeOutsidePoliciesOrToWhichPoliciesExistKeepsNone() throws {
        for change in ["site.yml", "checklists/a.md", "checklists/new.md", "policies/delta/policy.md", "remove policies/gamma"] {
            let root = try content()
            let before = InputFingerprint(content: root.path)
            if change.hasPrefix("remove ") {
                try FileManager.default.removeItem(at: root.appendingPathComponent(String(change.dropFirst(7))))
            } else {
                let url = root.appendingPathComponent(change)
                if FileManager.default.fileExists(atPath: url.path) { try append("more", to: url) } else {
                    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Data("new".utf8).write(to: url)
                }
            }
            XCTAssertEqual(InputFingerprint(content: root.path).unchangedPolicies(since: before), [], change)
        }
    }
}
