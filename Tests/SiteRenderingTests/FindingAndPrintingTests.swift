import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
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

    func testTheAuthorityPageListsItsRoutesChecklistsAndChanges() throws {
        let home = try page("index.html")
        XCTAssertTrue(home.contains("<a href=\"policies/bexley/index.html\">Routes, checklists and changes for London Borough of Bexley</a>"))
        let bexley = try page("policies/bexley/index.html")
        for link in ["href=\"cp/index.html\"", "href=\"lac/index.html\"", "href=\"../../checklists/significant-changes/bexley.html\"",
                     "href=\"../../checklists/review-triggers/bexley.html\"", "<dt>Last updated</dt>"] {
            XCTAssertTrue(bexley.contains(link), link)
        }
        // Cumberland's policy is cited by no checklist: no empty section.
        XCTAssertFalse(try page("policies/cumberland-westmorland-furness/index.html").contains("id=\"checklists\""))
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

/// Issue 17.5: the source link, the intranet link and the Atom feed of changes.
final class ManualLinksTests: XCTestCase {
    private func model() throws -> ContentModel { try XCTUnwrap(ContentLoader(root: FindingAndPrintingTests.content, displayRoot: "content").load().model) }

    func testThePolicyLinksToItsSourceAndTheFooterToTheIntranetWhenSet() throws {
        var model = try model()
        let i = try XCTUnwrap(model.policies.firstIndex { $0.id == "bexley" })
        model.policies[i].url = "https://www.example.gov.uk/bexley.pdf?a=1&b=2"
        model.settings.intranetUrl = "https://intranet.example.gov.uk/"
        let pages = try SiteRenderer(model: model).render()
        let bexley = try XCTUnwrap(pages.first { $0.path == "policies/bexley/index.html" }).contents
        XCTAssertTrue(bexley.contains("<a href=\"https://www.example.gov.uk/bexley.pdf?a=1&amp;b=2\">Read the policy where it is published"), bexley)
        XCTAssertTrue(bexley.contains("<a href=\"https://intranet.example.gov.uk/\">Check the intranet</a>"))
        // Without them, nothing is linked (no address is ever invented).
        let plain = try SiteRenderer(model: try self.model()).render()
        XCTAssertFalse(try XCTUnwrap(plain.first { $0.path == "policies/bexley/index.html" }).contents.contains("Read the policy where it is published"))
        XCTAssertFalse(try XCTUnwrap(plain.first { $0.path == "index.html" }).contents.contains("Check the intranet</a>"))
    }

    func testTheFeedIsAtomWithEveryRequiredElementAndDatesFromContent() throws {
        var model = try model()
        let i = try XCTUnwrap(model.policies.firstIndex { $0.id == "bexley" })
        model.policies[i].changes = [ChangeNote(date: PolicyDate(year: 2026, month: 11, day: 1), note: "Stage 3 officer renamed <Head of Service> & more\u{1}")]
        let feed = try XCTUnwrap(try SiteRenderer(model: model).render().first { $0.path == "changes.xml" }).contents
        let doc = try XMLDocument(xmlString: feed, options: [])
        let root = try XCTUnwrap(doc.rootElement())
        XCTAssertEqual(root.name, "feed")
        XCTAssertEqual(root.uri, "http://www.w3.org/2005/Atom")
        for name in ["id", "title", "updated", "author"] { XCTAssertEqual(root.elements(forName: name).count, 1, name) }
        // The later of the newest event and site.yml's published date: from content, not the clock.
        XCTAssertEqual(root.elements(forName: "updated").first?.stringValue, "2026-11-22T00:00:00Z")
        let entries = root.elements(forName: "entry")
        XCTAssertEqual(entries.count, ChangesPage.events(model).count)
        var ids = Set<String>()
        for e in entries {
            for name in ["id", "title", "updated", "link"] { XCTAssertEqual(e.elements(forName: name).count, 1, name) }
            XCTAssertTrue(ids.insert(e.elements(forName: "id")[0].stringValue ?? "").inserted, "two entries share an id")
        }
        let first = entries[0]
        XCTAssertEqual(first.elements(forName: "title").first?.stringValue?.hasSuffix(": Stage 3 officer renamed <Head of Service> & more"), true)
        XCTAssertEqual(first.elements(forName: "updated").first?.stringValue, "2026-11-01T00:00:00Z")
        // Bexley's "Updated November 2018" is dated its first day, and worded as stated.
        let updated = try XCTUnwrap(entries.first { $0.elements(forName: "title").first?.stringValue?.hasPrefix("Escalation policy for children subject") == true && $0.elements(forName: "summary").first?.stringValue?.hasPrefix("Last updated") == true })
        XCTAssertEqual(updated.elements(forName: "updated").first?.stringValue, "2018-11-01T00:00:00Z")
        XCTAssertEqual(updated.elements(forName: "summary").first?.stringValue, "Last updated, November 2018 (as the policy states the date).")
        XCTAssertEqual(feed, try XCTUnwrap(try SiteRenderer(model: model).render().first { $0.path == "changes.xml" }).contents)
    }
}

/// One authority's A to Z holds its policy's words and the checklist items citing it, and no
/// other authority's.
final class AuthorityIndexTests: XCTestCase {
    func testOneAuthoritysIndexHasOnlyItsDocuments() throws {
        let model = try XCTUnwrap(ContentLoader(root: FindingAndPrintingTests.content, displayRoot: "content").load().model)
        let bexley = try XCTUnwrap(model.policy("bexley"))
        let index = KeywordIndex(policy: bexley, checklists: model.checklists)
        XCTAssertTrue(index.documents.allSatisfy { $0.policyID == "bexley" })
        XCTAssertTrue(index.documents.contains { $0.path.hasPrefix("checklists/") }, "Bexley's checklist items are missing")
        XCTAssertNotNil(index.keywords.first { $0.word == "cafcass" })
        let page = AuthorityIndexPage(context: try RenderContext(model: model), policy: bexley).render()
        XCTAssertEqual(page.path, "policies/bexley/keywords.html")
        XCTAssertFalse(page.contents.contains("northamptonshire/"))
    }
}

/// A word in more documents than a keyword may list is named as too common, not listed: so a
/// letter page and the search index stay bounded however large the library.
final class TooCommonWordTests: XCTestCase {
    func testAWordInTooManyDocumentsIsSetAsideAndNamed() throws {
        let n = KeywordIndex.maxDocuments + 1
        var docs = (0..<n).map { i in
            SearchDocument(title: "Doc \(i)", kind: "k", path: "p\(i).html", anchor: nil, policyID: nil, words: ["common"])
        }
        docs.append(SearchDocument(title: "Rare", kind: "k", path: "rare.html", anchor: nil, policyID: nil, words: ["common", "rare"]))
        let index = KeywordIndex(documents: docs)
        XCTAssertEqual(index.keywords.map(\.word), ["rare"])
        XCTAssertEqual(index.tooCommon.map(\.word), ["common"])
        XCTAssertEqual(index.tooCommon.first?.count, n + 1)
        // The search index writes only the documents a listed keyword finds, and names the word.
        let js = SearchScript.index(index, from: "a-z/index.html")
        XCTAssertFalse(js.contains("Doc 0"))
        XCTAssertTrue(js.contains(#"["rare",[0]]"#), js)
        XCTAssertTrue(js.contains(#""common": ["common"]"#), js)
        let model = try XCTUnwrap(ContentLoader(root: FindingAndPrintingTests.content, displayRoot: "content").load().model)
        let pages = AZPage(context: try RenderContext(model: model), index: index).render()
        let c = try XCTUnwrap(pages.first { $0.path == "a-z/c.html" }).contents
        XCTAssertTrue(c.contains("Too common to list (each in more than \(KeywordIndex.maxDocuments) places; look for a rarer word): common (\(n + 1))."), c)
    }
}
