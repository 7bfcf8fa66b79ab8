import XCTest
import PolicyModel
@testable import SiteRendering

/// The ladder's timescale lines: a neutral label (never "Respond within: Within …") and lines
/// short enough for their bold type to stay inside the box.
final class LadderTimescaleTests: XCTestCase {
    private func ladder(_ wordings: [String]) -> String {
        let loc = SourceLocation(file: "content/policies/x/policy.md", line: 1, column: 1)
        let stages = wordings.enumerated().map {
            Stage(id: "\($0.offset + 1)", order: $0.offset + 1, name: "Level \($0.offset + 1)", officer: "Manager",
                  timescale: Timescale(wording: $0.element), location: loc)
        }
        let route = Route(id: "r", policyID: "x", title: "Route", raisedBy: [.iro], stages: stages, criteria: [],
                          bypass: nil, finalStep: nil, rights: nil, sectionAnchor: nil, location: loc)
        return LadderDiagram.svg(route, id: "ladder-r")
    }

    private func timeLines(_ svg: String) -> [String] {
        svg.components(separatedBy: "\n").filter { $0.contains("class=\"ladder-time\"") }.map {
            let start = $0.range(of: ">")!.upperBound, end = $0.range(of: "</text>")!.lowerBound
            return String($0[start..<end])
        }
    }

    func testTheLabelDoesNotDoubleThePolicysWord() {
        let svg = ladder(["Within five working days of step 1"])
        XCTAssertFalse(svg.contains("Respond within"), svg)
        XCTAssertEqual(timeLines(svg), ["Timescale: Within five working", "days of step 1"])
    }

    func testLongTimescaleLinesWrapInsideTheBox() {
        // 37 characters and more: each bold line stays within the width that fits the box.
        let wording = "No longer than 7 working days; within 24 hours if the issue relates to child protection"
        let lines = timeLines(ladder([wording, "A maximum of five working days (LAC only)"]))
        XCTAssertGreaterThan(lines.count, 4)
        for line in lines { XCTAssertLessThanOrEqual(line.count, LadderDiagram.timeWrapAt, line) }
        XCTAssertEqual(lines.joined(separator: " "), "Timescale: " + wording + " Timescale: A maximum of five working days (LAC only)")
    }
}
