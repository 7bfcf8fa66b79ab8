import XCTest
import ContentLoading
import PolicyModel
@testable import SiteRendering

/// The A–Z lists every entry by its lower-cased title, then its description, then its page,
/// compared as UTF-8 bytes, whatever shortcuts the sort takes (ASCII lower-casing, an 8-byte
/// prefix compared first).
final class AZPageTests: XCTestCase {
    static let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("content")

    /// The order by the rule, worked out the plain way.
    func reference(_ entries: [IndexEntry]) -> [IndexEntry] {
        entries.sorted { a, b in
            let x = Array(a.title.lowercased().utf8) + [0] + Array(a.kind.utf8) + [0] + Array(a.path.utf8)
            let y = Array(b.title.lowercased().utf8) + [0] + Array(b.kind.utf8) + [0] + Array(b.path.utf8)
            return x.lexicographicallyPrecedes(y)
        }
    }

    func testEntriesAreInOrderEvenWhereTitlesShareLongBeginnings() throws {
        var model = try XCTUnwrap(ContentLoader(root: Self.content, displayRoot: "content").load().model)
        // Titles that agree in their first eight bytes, differ only in case, or are not ASCII.
        for title in ["Escalation", "escalation", "Escalations", "Escalat", "ESCALATION DAYS", "École", "ecole", "Zeta",
                      "zeta", "Abcdefgh", "abcdefgh", "Abcdefghi", "Ab", "Σχολείο", "σχολείο", "İstanbul", "5 days", "“Quoted”"] {
            model.glossary.append(GlossaryTerm(term: title, expansion: nil, definition: "d", aliases: [],
                                               location: SourceLocation(file: "content/glossary.yml", line: 1, column: 1)))
        }
        let page = AZPage(context: try RenderContext(model: model))
        let entries = page.entries()
        XCTAssertGreaterThan(entries.count, 100)
        let key = { (e: IndexEntry) in "\(e.title)|\(e.kind)|\(e.path)|\(e.anchor ?? "")" }
        XCTAssertEqual(entries.map(key), reference(entries).map(key))
    }
}
