import XCTest
@testable import PolicyModel

/// Criterion ids a chair reads and types (issue 16): words split at "/" and other punctuation,
/// cut at a word; the id a title had before keeps working; labels lose list punctuation only.
final class CriterionIDTests: XCTestCase {
    func testIdsSplitWordsAtPunctuation() {
        XCTAssertEqual(Slug.id("No up to date/poor quality PEP. (LAC only);"), "no-up-to-date-poor-quality-pep-lac-only")
        XCTAssertEqual(Slug.id("Drift/delay in the implementation of the child's care plan"), "drift-delay-in-the-implementation-of-the-childs-care-plan")
        XCTAssertEqual(Slug.id("Preparation for review (e.g. non completion)"), "preparation-for-review-eg-non-completion")
        XCTAssertEqual(Slug.id("Issues of human rights/participation of the child"), "issues-of-human-rights-participation-of-the-child")
    }

    func testLongIdsEndAtAWord() {
        let id = Slug.id("Issues of human rights/participation of the child, their wishes and feelings not being heard")
        XCTAssertLessThanOrEqual(id.count, 60)
        XCTAssertEqual(id, "issues-of-human-rights-participation-of-the-child-their")
        // A last word that ends exactly at the limit is kept, not dropped.
        let sixty = "abcdef " + String(repeating: "abcde ", count: 9) + "more"
        XCTAssertEqual(Slug.id(sixty), "abcdef-" + String(repeating: "abcde-", count: 8) + "abcde")
        XCTAssertEqual(Slug.id(sixty).count, 60)
    }

    func testFormerIdIsKeptWhenTheRuleChangedIt() {
        let c = Criterion(id: Slug.id("No up to date/poor quality PEP."), title: "No up to date/poor quality PEP.", description: "", group: nil, appliesTo: [.iro],
                          location: SourceLocation(file: "f", line: 1, column: 1))
        XCTAssertEqual(c.formerID, "no-up-to-datepoor-quality-pep")
        let same = Criterion(id: Slug.id("No allocated social worker"), title: "No allocated social worker", description: "", group: nil, appliesTo: [.iro],
                             location: SourceLocation(file: "f", line: 1, column: 1))
        XCTAssertNil(same.formerID)
    }

    func testLabelsLoseListPunctuationAndStrayBrackets() {
        XCTAssertEqual(Criterion.label("Delays in applications for passports etc. LAC only);"), "Delays in applications for passports etc. LAC only")
        XCTAssertEqual(Criterion.label("IRO not in agreement with the Care Plan. (LAC only);"), "IRO not in agreement with the Care Plan. (LAC only)")
        XCTAssertEqual(Criterion.label("Concerns about placement stability; and/or"), "Concerns about placement stability")
        XCTAssertEqual(Criterion.label("Placement choice,"), "Placement choice")
        XCTAssertEqual(Criterion.label("(Unclosed bracket text"), "Unclosed bracket text")
        XCTAssertEqual(Criterion.label("Balanced (as written)"), "Balanced (as written)")
    }
}
