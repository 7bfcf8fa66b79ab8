import ContentLoading
import Foundation
import PolicyModel
import XCTest
import TestSupport

/// Paragraphs in a checklist (a quoted lead-in, a reading note) are kept with their section,
/// so the printed sheet says what the policy says before its list.
final class ChecklistNotesTests: XCTestCase {
    func testLeadInParagraphsStayWithTheirSection() throws {
        let text = """
        ---
        title: Example
        ---

        Read me first.

        ## From the policy

        "In addition, a review must be convened:"

        - [ ] An item ([Src](../policies/example/policy.md))
        """
        let temp = try contentCopy(of: Fixtures.tree("valid"))
        try text.write(to: temp.appendingPathComponent("checklists/one.md"), atomically: true, encoding: .utf8)
        let result = ContentLoader(root: temp, displayRoot: "content").load()
        let checklist = try XCTUnwrap(result.model?.checklists.first { $0.id == "one" })
        XCTAssertEqual(checklist.sections.count, 2)
        XCTAssertNil(checklist.sections[0].title)
        XCTAssertEqual(checklist.sections[0].notes.map(\.plainText), ["Read me first."])
        XCTAssertEqual(checklist.sections[0].items.count, 0)
        XCTAssertEqual(checklist.sections[1].title, "From the policy")
        XCTAssertEqual(checklist.sections[1].notes.map(\.plainText), ["\"In addition, a review must be convened:\""])
        XCTAssertEqual(checklist.sections[1].items.map(\.text), ["An item"])
    }
}
