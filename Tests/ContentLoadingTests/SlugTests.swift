import XCTest
@testable import PolicyModel

/// Ids and anchors are what authors link to: the ASCII shortcut must give exactly the slug
/// the general rule gives.
final class SlugTests: XCTestCase {
    func testSlugsOfTitles() {
        XCTAssertEqual(Slug.make("Child's Plan -- Review"), "childs-plan-review")
        XCTAssertEqual(Slug.make("  Stage 2: Head of Service "), "stage-2-head-of-service")
        XCTAssertEqual(Slug.make("?!"), "section")
        XCTAssertEqual(Slug.make("Café Résumé"), "caf-rsum")
    }

    func testASCIIShortcutAgreesWithTheGeneralRule() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcXYZ019 -\t'?:_()&.AMz".utf8)
        for _ in 0..<5_000 {
            let text = String(decoding: (0..<Int.random(in: 0...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }, as: UTF8.self)
            XCTAssertEqual(Slug.makeASCII(text), Slug.makeUnicode(text), text)
        }
    }
}
