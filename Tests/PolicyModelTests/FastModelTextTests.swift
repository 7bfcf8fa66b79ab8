import Foundation
import XCTest
@testable import PolicyModel
import TestSupport

/// The model's byte-level shortcuts give what their rules give, on every line of the shipped
/// policies and on awkward text: criterion labels, and the words a timescale's clause is
/// compared by (whether it says more than the time).
final class FastModelTextTests: XCTestCase {
    private func policyLines() throws -> [String] {
        let policies = Repository.content.appendingPathComponent("policies")
        var lines: [String] = []
        for folder in try FileManager.default.contentsOfDirectory(atPath: policies.path) {
            let text = try String(contentsOf: policies.appendingPathComponent(folder).appendingPathComponent("policy.md"), encoding: .utf8)
            lines += text.split(separator: "\n").map(String.init)
        }
        return lines
    }

    private let awkward = ["Placement choice,", "Stability; and/or", "Plan and", "Plan or", "Drift  delay", "(LAC only", "x)", "end ", "end\r\n",
                           "Ends in é", "Café", "A—B", "tab\tend", "e\u{301}", "Name\u{200D}x", "", " ", ";", "and", "Sand", "Door", "3 days:",
                           "\u{E000}t3\u{E001}", "Plan’s review;", "x  y ;", "  ;", "and/or", "؀;", "A \u{E000}d1\u{E001} and/or ;", "Review: ,;"]

    func testLabelShortcutAgreesWithTheRule() throws {
        let lines = try policyLines() + awkward
        XCTAssertGreaterThan(lines.count, 300)
        var short = 0
        for line in lines {
            if Criterion.isLabelAlready(line) { short += 1 }
            XCTAssertEqual(Criterion.label(line), Criterion.ruledLabel(line), line.debugDescription)
        }
        XCTAssertGreaterThan(short, 50, "plain titles take the shortcut")
        // Titles ending in list punctuation take the byte path, which must give the rule's label.
        for line in lines { if let fast = Criterion.bytesLabel(line) { XCTAssertEqual(fast, Criterion.ruledLabel(line), line.debugDescription) } }
        XCTAssertEqual(Criterion.bytesLabel("Missing care episodes;"), "Missing care episodes")
        XCTAssertNil(Criterion.bytesLabel("؀;"), "a prepended mark takes the plain rule")
        XCTAssertFalse(Criterion.isLabelAlready("Placement choice,"))
        XCTAssertEqual(Criterion.label("Placement choice,"), "Placement choice")
    }

    func testByteIDsAgreeWithTheScalarRule() throws {
        var byBytes = 0
        for line in try policyLines() + awkward + ["e.g. the child's plan", "A.B", ".x.", "Step 4a - Head of Service", "x'.y", "1.5 days", "a..b"] {
            if let fast = Slug.idASCII(line) {
                byBytes += 1
                XCTAssertEqual(fast, Slug.scalarID(line), line.debugDescription)
            }
            XCTAssertEqual(Slug.id(line), Slug.scalarID(line), line.debugDescription)
        }
        XCTAssertGreaterThan(byBytes, 100, "ASCII titles take the byte path")
    }

    func testClauseWordsAgreeWithTheCharacterSplit() throws {
        for line in try policyLines() + awkward + ["The IRO’s ‘5 working days’ – of step 1", "Ünïcode words 5days"] {
            XCTAssertEqual(line.lowercasedWords, line.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init),
                           line.debugDescription)
        }
    }
}
