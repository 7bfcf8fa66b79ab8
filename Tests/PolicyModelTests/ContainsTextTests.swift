import XCTest
import PolicyModel

/// String.containsText, which the keyword index and search use: a word is found anywhere in
/// the text, and only where its characters really are.
final class ContainsTextTests: XCTestCase {
    func testContainsTextFindsWordsAnywhereAndOnlyWhereTheyAre() {
        XCTAssertTrue("referral to cafcass by the iro".containsText("cafcass"))
        XCTAssertTrue("cafcass".containsText("cafcass"))
        XCTAssertFalse("cafcas".containsText("cafcass"))
        XCTAssertTrue("a--b".containsText("--"))
        XCTAssertFalse("a-b-c".containsText("--"))
        XCTAssertTrue("children (lac only)".containsText("lac only"))
        XCTAssertTrue("anything".containsText(""))
        XCTAssertTrue("über cafcass".containsText("cafcass"))
    }
}
