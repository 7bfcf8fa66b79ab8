import XCTest
@testable import SiteRendering

/// The ladder diagram wraps stage labels by characters; its running count must agree with
/// counting each line afresh, for ASCII and for text whose characters are not bytes.
final class LadderWrapTests: XCTestCase {
    /// The rule as first written: counts taken afresh for every word.
    func reference(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty { current = String(word) }
            else if current.count + 1 + word.count <= width { current += " " + word }
            else { lines.append(current); current = String(word) }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
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
                XCTAssertEqual(LadderDiagram.wrap(text, width: width), reference(text, width: width), "\(text) at \(width)")
            }
        }
    }
}
