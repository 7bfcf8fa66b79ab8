import Foundation
import XCTest
import ContentLoading
import PolicyModel
import TestSupport

/// Issue 14: every input has a bounded cost; each limit is reported at its place, naming it.
final class InputLimitTests: XCTestCase {
    /// Nine levels of anchored lists, each listing the one before nine times, then the last
    /// used as a mapping key: 9^9 values once expanded.
    static var aliasBomb: String {
        var yaml = "title: T\nbomb:\n  - &a0 [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 {
            yaml += "  - &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        yaml += "? *a8\n: x\n"
        return yaml
    }

    func testAnAliasBombInFrontMatterIsRefusedAtTheAliasThatCrossesTheLimit() {
        let text = "---\n" + Self.aliasBomb + "---\n\nBody.\n"
        let diagnostics = SingleFileLoader.load(Data(text.utf8), as: .policy, file: "content/policies/x/policy.md")
        XCTAssertEqual(diagnostics.map(\.description), [
            "content/policies/x/policy.md:8:10: error: the aliases (*name) here expand to more than 10000 values, the limit: write the values out instead of nesting aliases.",
        ])
    }

    func testMoreThanAHundredAliasesAreRefused() {
        let yaml = "title: T\nlist:\n  - &a x\n" + String(repeating: "  - *a\n", count: 101)
        let diagnostics = SingleFileLoader.load(Data(("---\n" + yaml + "---\n").utf8), as: .policy, file: "content/policies/x/policy.md")
        XCTAssertEqual(diagnostics.map(\.description), [
            "content/policies/x/policy.md:105:5: error: more than 100 aliases (*name) in one document, the limit: write the values out instead of repeating them by alias.",
        ])
    }

    func testTheGlossaryAndSiteSettingsAreBoundedToo() {
        for kind in [SingleFileLoader.Kind.glossary, .settings] {
            let diagnostics = SingleFileLoader.load(Data(Self.aliasBomb.utf8), as: kind, file: "content/x.yml")
            XCTAssertEqual(diagnostics.first?.description.hasPrefix("content/x.yml:7:10: error: the aliases (*name) here expand to more than 10000 values"), true, "\(kind): \(diagnostics)")
        }
    }

    func testAFewAliasesStillWork() {
        // Aliases are YAML: a handful, expanding to little, are read as usual.
        let yaml = "title: &t Shared title\ncopy: *t\n"
        let diagnostics = SingleFileLoader.load(Data(("---\n" + yaml + "---\n").utf8), as: .policy, file: "content/policies/x/policy.md")
        XCTAssertFalse(diagnostics.contains { $0.message.contains("alias") }, "\(diagnostics)")
    }

    func testStageIdsStayInsideASCIILettersDigitsAndHyphens() throws {
        let policy = try String(contentsOf: Fixtures.tree("valid").appendingPathComponent("policies/example/policy.md"), encoding: .utf8)
        let names = ["Stage ٣", "½ stage", "Stage Ⅷ", "Stage ..", "Ⅻ", "Level 2b"]
        var table = "| Stage | Responsible officer | Timescale |\n|---|---|---|\n"
        for name in names { table += "| \(name) | Team manager | 5 days |\n" }
        let text = policy.replacingOccurrences(of: "| Stage 1 | Team manager | 5 days |\n| Stage 2 | Head of service | 5 working days |\n| Stage 3 | Cafcass | At any time |\n", with: table.components(separatedBy: "\n").dropFirst(2).joined(separator: "\n"))
        let temp = try workFolder(withContent: Fixtures.tree("valid"))
        let root = temp.appendingPathComponent("content", isDirectory: true)
        try text.write(to: root.appendingPathComponent("policies/example/policy.md"), atomically: false, encoding: .utf8)
        let result = ContentLoader(root: root, displayRoot: "content").load()
        let ids = result.model?.policies.first?.routes.first?.stages.map(\.id) ?? []
        XCTAssertFalse(ids.isEmpty, "\(result.diagnostics)")
        for id in ids {
            XCTAssertTrue(id.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }, "stage id '\(id)'")
            XCTAssertFalse(id == "." || id == ".." || id.isEmpty, "stage id '\(id)'")
        }
        XCTAssertEqual(ids.first, "stage")
        XCTAssertTrue(ids.contains("2b"), "\(ids)")
    }
}
