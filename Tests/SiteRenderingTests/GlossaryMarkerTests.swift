import Markdown
import PolicyModel
import XCTest
@testable import SiteRendering

/// A glossary term is linked where its own bytes appear in the text, whichever of its forms
/// (term or alias) they are, also when two forms are the same text to Unicode but not the
/// same bytes.
final class GlossaryMarkerTests: XCTestCase {
    func marker(_ terms: [GlossaryTerm]) -> GlossaryMarker {
        GlossaryMarker(index: GlossaryIndex(terms: terms), glossaryHref: "g.html")
    }

    func term(_ term: String, aliases: [String] = []) -> GlossaryTerm {
        GlossaryTerm(term: term, expansion: nil, definition: "d", aliases: aliases, location: SourceLocation(file: "glossary.yml", line: 1, column: 1))
    }

    func testEveryFormOfATermIsLinkedByItsOwnBytes() {
        // "a가" written with the composed syllable (4 bytes) and with its two jamo (7 bytes):
        // one first word to Swift's dictionary, two byte lengths in the text.
        let composed = "a\u{AC00}", jamo = "a\u{1100}\u{1161}"
        XCTAssertEqual(composed, jamo)
        for text in ["See \(jamo) here.", "See \(composed) here."] {
            let html = marker([term(composed, aliases: [jamo])]).mark(text)
            XCTAssertTrue(html.contains("<a class=\"term\""), "\(text.unicodeScalars.map { String($0.value, radix: 16) }): \(html)")
        }
        let html = marker([term("IRO", aliases: ["Independent Reviewing Officer"])]).mark("The Independent Reviewing Officer and the IRO.")
        XCTAssertEqual(html.components(separatedBy: "<a class=\"term\"").count - 1, 1, html)
        XCTAssertTrue(html.contains(">Independent Reviewing Officer</a>"), html)
    }

    func testAWordOfAnotherLengthIsNotATerm() {
        let html = marker([term("CP Chair"), term("LADO")]).mark("CPs and LADOs, then a CP Chair and the LADO.")
        XCTAssertTrue(html.hasPrefix("CPs and LADOs, then a "), html)
        XCTAssertTrue(html.contains(">CP Chair</a>") && html.contains(">LADO</a>."), html)
    }

    /// Renders `markdown` as a page body with `terms` marked.
    func render(_ markdown: String, _ terms: [GlossaryTerm]) -> String {
        MarkdownHTMLRenderer(anchors: [], headingShift: 1, marker: marker(terms), resolveLink: { $0 }).render(MarkdownParser.parse(markdown))
    }

    func testATermInsideALinkOrHeadingIsNotLinkedAgain() {
        // A link inside a link is invalid HTML and a trap for screen readers: the term's first
        // use outside any link or heading is the one marked.
        let html = render("# The IRO\n\nSee [what an IRO does](https://example.org/iro). Ask the IRO.\n", [term("IRO")])
        XCTAssertEqual(html, "<h2>The IRO</h2>\n<p>See <a href=\"https://example.org/iro\">what an IRO does</a>. Ask the <a class=\"term\" href=\"g.html#term-iro\">IRO</a>.</p>\n")
    }
}
