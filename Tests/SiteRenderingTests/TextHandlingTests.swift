import XCTest
import PolicyModel
@testable import SiteRendering

/// The byte-level text helpers that replaced slower Foundation calls give what the slower
/// calls gave, including for text that is not ASCII.
final class TextHandlingTests: XCTestCase {
    func testEscapingReplacesEachOfTheFiveCharactersAndKeepsEverythingElse() {
        XCTAssertEqual(HTML.escape("Plain text, nothing to do"), "Plain text, nothing to do")
        XCTAssertEqual(HTML.escape(#"<a href="x">Tom & Jerry's</a>"#), "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        XCTAssertEqual(HTML.escape("Café “quoted” & ünïcödé <b>"), "Café “quoted” &amp; ünïcödé &lt;b&gt;")
        XCTAssertEqual(HTML.escape("&&&&"), "&amp;&amp;&amp;&amp;")
        XCTAssertEqual(HTML.escape(""), "")
        XCTAssertEqual(HTML.escape("'"), "&#39;")
    }

    func testPrintStampIsOneCSSStringWhateverSiteYmlSays() {
        XCTAssertEqual(Stylesheet.cssString("Plain"), #""Plain""#)
        XCTAssertEqual(Stylesheet.cssString(#"Say "hi" \ bye"#), #""Say \"hi\" \\ bye""#)
        XCTAssertEqual(Stylesheet.cssString("Line\nbreak}"), #""Line\a break}""#)
        XCTAssertEqual(Stylesheet.cssString("</style><script>"), #""\3c /style\3e \3c script\3e ""#)
        let settings = SiteSettings(title: #"Guide"; } body { display: none"#, subtitle: nil, version: "1", published: PolicyDate(parsing: "2026-11-22")!,
                                    reviewPeriodYears: 3, intranetNote: "")
        let stamp = Stylesheet.printStamp(settings)
        XCTAssertTrue(stamp.contains(#"content: "Guide\"; } body { display: none guidance version 1, published 22 November 2026";"#), stamp)
    }

    func testParagraphsSplitAsFoundationSplitsThem() {
        for text in ["one", "one\n\ntwo", "a\n\n\nb", "a\n\n\n\nb", "\n\nlead", "trail\n\n", "", "line\nbreak\n\nnext ü"] {
            XCTAssertEqual(CriterionPage.paragraphs(text), text.components(separatedBy: "\n\n"), text)
        }
    }
}
