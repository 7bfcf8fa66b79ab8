import XCTest
@testable import PolicyGuideCLI

/// Control characters are shown, not obeyed, when text is printed to a terminal.
final class TerminalTextTests: XCTestCase {
    func testEveryControlCharacterIsEscaped() {
        XCTAssertEqual(TerminalText.visible("a\u{1B}[31mb\rc\nd\u{0}e\u{7F}f\u{9B}g\u{202E}h\ti"),
                       "a\\u{1B}[31mb\\u{D}c\\u{A}d\\u{0}e\\u{7F}f\\u{9B}g\\u{202E}h\\u{9}i")
        XCTAssertEqual(TerminalText.visible("one\ntwo\u{1B}", keepingLineBreaks: true), "one\ntwo\\u{1B}")
        XCTAssertEqual(TerminalText.visible("plain text, é, 😀"), "plain text, é, 😀")
    }
}
