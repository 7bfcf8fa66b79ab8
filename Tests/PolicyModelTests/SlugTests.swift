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

    // MARK: ids that name files

    /// Every id becomes a file or folder name under `site/`; these are the ids the README's
    /// rule allows (lower-case letters, digits, single inner hyphens, at most 80 characters).
    func testValidIDsAccepted() {
        let accepted = ["a", "7", "bexley", "lac", "iro-and-cp-chair", "stage-2", "2026", "a1-b2-c3",
                        "northamptonshire", "indexes", "con1", "com10", "lpt0",
                        String(repeating: "a", count: 80), String(repeating: "ab-", count: 26) + "ab"]
        for id in accepted { XCTAssertTrue(Slug.isValidID(id), "rejected valid id '\(id)'") }
    }

    /// What an id must never be: a path step (`.`, `..`), a path, anything outside the
    /// alphabet, a stray hyphen, too long, or a name Windows shares or `index.html` claim.
    func testUnsafeOrMalformedIDsRejected() {
        let rejected = ["", ".", "..", "...", "a.b", ".hidden", "bexley.", "../site", "./a", "a/b", "/", "a\\b",
                        "-a", "a-", "-", "a--b", "A", "Bexley", "lAc", "a_b", "a b", " a", "a\n", "a\u{0}b", "café", "ａ", "%2e%2e", "~", "a:b",
                        String(repeating: "a", count: 81), String(repeating: "ab-", count: 26) + "abc",
                        "index", "con", "prn", "aux", "nul", "com1", "com9", "lpt1", "lpt9"]
        for id in rejected { XCTAssertFalse(Slug.isValidID(id), "accepted unsafe id '\(id)'") }
    }

    /// A slug made from any title is either a valid id or a reserved name: `Slug.id` never
    /// makes a path step out of punctuation.
    func testIDsMadeFromTitlesAreValid() {
        for title in ["..", "../../etc", "Stage 1.5", "A -- B", "-x-", String(repeating: "long words ", count: 20)] {
            let id = Slug.id(title)
            XCTAssertTrue(Slug.isValidID(id), "'\(title)' gave invalid id '\(id)'")
        }
    }
}
