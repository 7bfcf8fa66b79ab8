import Foundation
import XCTest
import ContentLoading
import PolicyModel
import TestSupport

/// A policy's `url` and site.yml's `intranetUrl`: an http or https address is kept; anything
/// else is an error at the field, saying what to write instead.
final class WebAddressTests: XCTestCase {
    /// The "valid" fixture with `line` added after the policy's `version:` line (line 5) and
    /// `siteLine` appended to site.yml.
    func load(policyLine: String? = nil, siteLine: String? = nil) throws -> (LoadResult, URL) {
        let temp = try workFolder(withContent: Fixtures.tree("valid"))
        let content = temp.appendingPathComponent("content", isDirectory: true)
        let policyURL = content.appendingPathComponent("policies/example/policy.md")
        if let policyLine {
            var lines = try String(contentsOf: policyURL, encoding: .utf8).components(separatedBy: "\n")
            lines.insert(policyLine, at: 5)
            try lines.joined(separator: "\n").write(to: policyURL, atomically: true, encoding: .utf8)
        }
        if let siteLine {
            let site = content.appendingPathComponent("site.yml")
            try (try String(contentsOf: site, encoding: .utf8) + siteLine + "\n").write(to: site, atomically: true, encoding: .utf8)
        }
        return (ContentLoader(root: content, displayRoot: "content").load(), temp)
    }

    func testAPolicysWebAddressIsKept() throws {
        let (result, _) = try load(policyLine: "url: https://www.example.gov.uk/escalation-policy.pdf")
        XCTAssertFalse(result.hasErrors, result.diagnostics.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(result.model?.policy("example")?.url, "https://www.example.gov.uk/escalation-policy.pdf")
    }

    func testAnAddressThatIsNotHttpIsAnErrorAtTheField() throws {
        for bad in ["javascript:alert(1)", "file:///etc/passwd", "www.example.gov.uk/policy", "https://", "https://example.org/a b"] {
            let (result, _) = try load(policyLine: "url: \"\(bad)\"")
            let errors = result.diagnostics.filter { $0.severity == .error }
            XCTAssertEqual(errors.count, 1, bad)
            XCTAssertEqual(errors.first?.location, SourceLocation(file: "content/policies/example/policy.md", line: 6, column: 6), bad)
            XCTAssertEqual(errors.first?.message,
                           "field 'url' must be a web address starting https:// or http:// with no spaces, e.g. 'https://www.example.gov.uk/escalation-policy.pdf'; found '\(bad)'.")
        }
    }

    func testTheIntranetAddressIsCheckedTheSameWay() throws {
        let (good, _) = try load(siteLine: "intranetUrl: https://intranet.example.gov.uk/guidance")
        XCTAssertEqual(good.model?.settings.intranetUrl, "https://intranet.example.gov.uk/guidance")
        let (bad, _) = try load(siteLine: "intranetUrl: ftp://intranet")
        XCTAssertTrue(bad.diagnostics.contains { $0.severity == .error && $0.location.file == "content/site.yml" && $0.message.hasPrefix("field 'intranetUrl' must be a web address") },
                      bad.diagnostics.map(\.description).joined(separator: "\n"))
    }
}
