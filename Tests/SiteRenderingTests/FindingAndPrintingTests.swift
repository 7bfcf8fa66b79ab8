import Foundation
import XCTest
import ContentLoading
import PolicyModel
@testable import SiteRendering

/// Issue 17 on the real content: the keyword index finds words anywhere (not first words),
/// one authority's checklist holds only its items, and guidance is printed without a box.
final class FindingAndPrintingTests: XCTestCase {
    static let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("content")
    private static let realModel: ContentModel? = ContentLoader(root: content, displayRoot: "content").load().model
    private static let realPages: [Page]? = realModel.flatMap { try? SiteRenderer(model: $0).render() }

    private func page(_ path: String) throws -> String {
        try XCTUnwrap(try XCTUnwrap(Self.realPages).first { $0.path == path }, "no page \(path)").contents
    }

    func testKeywordsAreSignificantWordsAndTimescalePhrases() {
        XCTAssertEqual(SearchWords.significant("Any missing care episodes"), ["missing", "care", "episodes"])
        XCTAssertEqual(SearchWords.significant("Delays in applications for passports etc."), ["delays", "applications", "passports"])
        XCTAssertEqual(SearchWords.significant("determined within 24 hours; 5 working days"), ["determined", "24 hours", "hours", "5 working days", "working", "days"])
        XCTAssertEqual(SearchWords.significant("The child's plan"), ["child", "plan"])
    }

    func testTheIndexFindsWordsInsideItemsAndAnAuthoritysItemsCarryItsPolicy() throws {
        let index = KeywordIndex(model: try XCTUnwrap(Self.realModel))
        let missing = try XCTUnwrap(index.keywords.first { $0.word == "missing" })
        let titles = missing.documents.map { index.documents[$0].title }
        XCTAssertTrue(titles.contains("Any missing care episodes"), "\(titles)")
        XCTAssertNil(index.keywords.first { $0.word == "the" }, "a stop word is a keyword")
        let hours = try XCTUnwrap(index.keywords.first { $0.word == "24 hours" })
        XCTAssertTrue(hours.documents.contains { index.documents[$0].policyID == "cumberland-westmorland-furness" })
        // Every keyword page is listed on the letters of the search page.
        let search = try page("a-z/index.html")
        for key in Set(index.keywords.map { KeywordIndex.pageKey(of: $0.word) }) {
            XCTAssertTrue(search.contains("href=\"\(key).html\""), key)
        }
        XCTAssertTrue(try page("a-z/m.html").contains("<dt id=\"kw-missing\">missing</dt>"))
    }

    func testTheSearchIndexCannotCarryMarkupFromContent() {
        XCTAssertEqual(SearchScript.string("a</script><b>\"x\"\\ & \u{2028}"), #""a\u003c/script\u003e\u003cb\u003e\"x\"\\ \u0026 \u2028""#)
    }

    func testOneAuthoritysChecklistHasOnlyItsItems() throws {
        let bexley = try page("checklists/significant-changes/bexley.html")
        XCTAssertTrue(bexley.contains("Significant changes: tell the IRO or CP Chair: London Borough of Bexley"))
        XCTAssertTrue(bexley.contains("informed of significant events, or failing to consult"))
        XCTAssertFalse(bexley.contains("Any missing care episodes"), "a Northamptonshire item on Bexley's sheet")
        XCTAssertFalse(bexley.contains("Northamptonshire"), "Bexley's sheet names Northamptonshire")
        XCTAssertTrue(bexley.contains("London Borough of Bexley’s items only"), "the printed sheet does not say it is one authority's")
        let northants = try page("checklists/significant-changes/northamptonshire.html")
        XCTAssertTrue(northants.contains("Any missing care episodes"))
        XCTAssertFalse(northants.contains("informed of significant events, or failing to consult"))
        // The combined sheet stays, linking to each authority's.
        let combined = try page("checklists/significant-changes.html")
        XCTAssertTrue(combined.contains("Any missing care episodes") && combined.contains("informed of significant events, or failing to consult"))
        XCTAssertTrue(combined.contains("href=\"significant-changes/bexley.html\""))
    }

    func testGuidanceIsANoteWithoutABoxAndACutShortItemSaysSo() throws {
        let triggers = try page("checklists/review-triggers.html")
        let guidance = try XCTUnwrap(triggers.range(of: "A review will not be required for every change"))
        let line = triggers[triggers[..<guidance.lowerBound].range(of: "<li", options: .backwards)!.lowerBound..<guidance.lowerBound]
        XCTAssertTrue(line.hasPrefix("<li class=\"note-item\"><span class=\"note-label\">Note:</span>"), String(line))
        XCTAssertFalse(line.contains("box"))
        let changes = try page("checklists/significant-changes.html")
        XCTAssertTrue(changes.contains("Outcomes of any Panel applications or presentations including; <span class=\"cite\">"))
        XCTAssertTrue(changes.contains("<span class=\"item-note\">The policy’s item ends here") || changes.contains("<span class=\"item-note\">The policy&#39;s item ends here"))
    }
}
