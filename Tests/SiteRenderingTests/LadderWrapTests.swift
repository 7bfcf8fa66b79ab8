import XCTest
@testable import SiteRendering

/// The ladder diagram wraps stage labels by characters; its shortcut for ASCII (bytes for
/// characters) must agree with the rule itself, and text whose characters are not bytes
/// must take the rule.
final class LadderWrapTests: XCTestCase {
    func testTheRuleCountsCharacters() {
        XCTAssertEqual(LadderDiagram.wrap("ab cd ef", width: 5), ["ab cd", "ef"])
        XCTAssertEqual(LadderDiagram.wrap("e\u{301}e\u{301} e\u{301}e\u{301} x", width: 5), ["e\u{301}e\u{301} e\u{301}e\u{301}", "x"])
        XCTAssertEqual(LadderDiagram.wrap("ab\r\ncd x", width: 7), ["ab\r\ncd x"])
        XCTAssertEqual(LadderDiagram.wrap("averylongword a", width: 4), ["averylongword", "a"])
    }

    func testWrappingAgreesWithCountingEachLineAfresh() {
        let texts = [
            "Director of children's services, within 24 hours if the issue relates to child protection",
            "Head of service  (Children's Social Care)   5 working days",
            "Café résumé naïve coöperate déjà vu – “quoted” words",
            "e\u{301} a\u{301}\u{302} combining marks e \u{301} after a space",
            "\u{600} Arabic number sign before a space \u{600} x",
            "👩‍👩‍👧 family 🇬🇧 flag emoji words",
            "averyveryverylongwordthatdoesnotfitonanyline short",
            "ab\r\ncd x", "Team\r\nmanager abcdefghijklmnopqrstuvwxy", "a\rb\n c\r\n\r\nd e",
            "", " ", "one",
        ]
        for text in texts {
            for width in [1, 5, 7, 12, 18, 30, 38, 200] {
                XCTAssertEqual(LadderDiagram.wrap(text, width: width), LadderDiagram.wrapByCharacters(text, width: width), "\(text) at \(width)")
            }
        }
    }
}
