import XCTest
import ContentLoading
import PolicyModel

/// The one-printed-page warning for checklists: estimated from the text, per the rule in
/// `PrintedPageEstimate` (documented in content/README.md).
final class PrintedPageEstimateTests: XCTestCase {
    private func checklist(items: Int, characters: Int) -> Checklist {
        let loc = SourceLocation(file: "content/checklists/long.md", line: 1, column: 1)
        let text = String(repeating: "x", count: characters)
        let list = (0..<items).map { _ in ChecklistItem(content: [], text: text, source: SourceRef(label: "Bexley, section 4", policyID: "bexley", anchor: nil), location: loc) }
        return Checklist(id: "long", title: "Long", audience: nil, summary: nil, order: 1, sections: [ChecklistSection(title: "All", items: list)], file: loc.file)
    }

    func testTheEstimateFollowsTheDocumentedRule() {
        // 45 mm fixed + 8 mm heading + 10 items of one line (4 mm + 1 mm) = 103 mm.
        XCTAssertEqual(PrintedPageEstimate(checklist(items: 10, characters: 50)).height, 103)
        // An item of 100 characters plus its 20-character citation takes two lines.
        XCTAssertEqual(PrintedPageEstimate(checklist(items: 1, characters: 100)).height, 45 + 8 + 9)
    }

    func testALongChecklistIsWarnedAboutAndAShortOneIsNot() throws {
        var model = try XCTUnwrap(Fixtures.load("valid").model)
        model.checklists = [checklist(items: 30, characters: 200)]
        let findings = PolicyLint(model: model).findings().filter { $0.message.contains("printed A4 page") }
        XCTAssertEqual(findings.map(\.description), ["content/checklists/long.md:1:1: warning: checklist 'long' will probably not fit its one printed A4 page (about 443 mm of text for 254 mm): shorten its items or notes, or split it into two checklists. (rule: printed page estimate, content/README.md)"])
        model.checklists = [checklist(items: 20, characters: 80)]
        XCTAssertEqual(PolicyLint(model: model).findings().filter { $0.message.contains("printed A4 page") }, [])
    }

    func testTheShippedChecklistsFitTheirPage() throws {
        let model = try XCTUnwrap(ContentLoader(root: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../content").standardized, displayRoot: "content").load().model)
        for c in model.checklists {
            let h = PrintedPageEstimate(c).height
            XCTAssertTrue(PrintedPageEstimate(c).fits, "\(c.id): \(h) mm")
        }
    }
}
