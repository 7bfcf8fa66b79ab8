import Foundation
import XCTest
import Escalation
import PolicyModel

/// The due dates the real-policy corpus (Tests/ContentLoadingTests/Fixtures/real-policies)
/// records for its timescales: every date an expected.json names for a stage, raised when it
/// says, is a date `escalate` gives for that stage's wording.
final class CorpusDueDateTests: XCTestCase {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ContentLoadingTests/Fixtures/real-policies", isDirectory: true)

    /// "Tuesday 5 January 2027" and "Saturday 26 December 2026 at 16:00" in a sentence.
    static func dates(in text: String) -> [String] {
        let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let words = text.split(separator: " ").map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: ",.():;'")) }
        var out: [String] = []
        for i in words.indices where days.contains(words[i]) && i + 3 < words.count && Int(words[i + 1]) != nil && Int(words[i + 3]) != nil {
            var date = words[i...(i + 3)].joined(separator: " ")
            if i + 5 < words.count, words[i + 4] == "at", words[i + 5].contains(":") { date += " at " + words[i + 5] }
            out.append(date)
        }
        return out
    }

    func testEveryDueDateTheCorpusRecordsIsGiven() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).filter { !$0.hasPrefix("_") && !$0.hasSuffix(".md") }.sorted()
        XCTAssertEqual(names.count, 8)
        var checked = 0
        for name in names {
            let data = try Data(contentsOf: Self.corpus.appendingPathComponent(name).appendingPathComponent("expected.json"))
            let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            for route in object["routes"] as? [[String: Any]] ?? [] {
                for stage in route["stages"] as? [[String: Any]] ?? [] {
                    guard let wording = stage["timescale"] as? String, let due = stage["dueDates"] as? [String: Any],
                          let raisedText = due["raised"] as? String, let shows = due["shows"] as? [String] else { continue }
                    let raised = try XCTUnwrap(RaisedAt(parsing: raisedText))
                    let given = try DueDate.statements(for: Timescale(wording: wording), raised: raised, raisers: [.iro, .cpChair, .multiAgency]).joined(separator: "\n")
                    for date in shows.flatMap(Self.dates) {
                        XCTAssertTrue(given.contains(date), "\(name) \(stage["name"] ?? ""): \(date) not in\n\(given)")
                        checked += 1
                    }
                    if shows.allSatisfy({ Self.dates(in: $0).isEmpty }) {
                        XCTAssertTrue(given.contains("no date") || given.contains("no response date"), "\(name): no date expected, got\n\(given)")
                    }
                }
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 7)
    }
}
