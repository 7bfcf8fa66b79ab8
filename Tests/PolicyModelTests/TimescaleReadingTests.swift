import XCTest
import PolicyModel

/// Timescale cells as real policies word them (the strings issue 13 lists), read as far as
/// the words go and never refused. Each expectation is what a practitioner would be told.
final class TimescaleReadingTests: XCTestCase {
    private func read(_ wording: String) -> [TimescaleReading] { Timescale(wording: wording).readings }

    func testEveryWordingTheIssueListsIsReadWithItsUnit() {
        let expected: [(String, TimescaleTerm)] = [
            ("A maximum of five working days", .workingDays(5)),
            ("Within five working days of step 1", .workingDays(5)),
            ("2 weeks", .weeks(2)),
            ("1 month", .months(1)),
            ("Same day", .sameDay),
            ("Immediately", .immediately),
            ("Next working day", .nextWorkingDay),
            ("10 calendar days", .calendarDays(10)),
            ("48hrs", .hours(48)),
            ("without delay", .immediately),
            ("A timescale that is appropriate to the child's needs", .qualitative),
            ("At any time", .anyTime),
            ("5 days", .days(5)),
            ("1 Day", .days(1)),
            ("24 hours", .hours(24)),
        ]
        for (wording, term) in expected {
            let t = Timescale(wording: wording)
            XCTAssertEqual(t.terms, [term], wording)
            XCTAssertEqual(t.wording, wording, "the wording is kept exactly")
            XCTAssertEqual(t.unread, [], wording)
        }
    }

    func testAMaximumIsReadAsAMaximumAndAPlainTimeAsADeadline() {
        XCTAssertEqual(read("A maximum of five working days").map(\.kind), [.maximum])
        XCTAssertEqual(read("No longer than 7 working days").map(\.kind), [.maximum])
        XCTAssertEqual(read("Up to 10 days").map(\.kind), [.maximum])
        XCTAssertEqual(read("Within 5 working days at most").map(\.kind), [.maximum])
        XCTAssertEqual(read("Within five working days of step 1").map(\.kind), [.deadline])
        XCTAssertEqual(read("5 working days").map(\.kind), [.deadline])
    }

    func testTheAnchorIsKeptInThePolicysWords() {
        XCTAssertEqual(read("Within five working days of step 1").map(\.anchor), ["of step 1"])
        XCTAssertEqual(read("Within 10 working days of receipt of the referral").map(\.anchor), ["of receipt of the referral"])
        XCTAssertEqual(read("5 working days").map(\.anchor), [nil])
    }

    func testAgreedIsOnlyATimescaleAgreedNotAnAgreedPlanWithATime() {
        XCTAssertEqual(Timescale(wording: "agreed action plan within 48 hours").terms, [.hours(48)])
        XCTAssertEqual(Timescale(wording: "Timescale agreed between IRO and SW").terms, [.agreed])
        XCTAssertEqual(Timescale(wording: "Timescale agreed between IRO and SW/PM").terms, [.agreed])
    }

    func testTwoReadingsInOneCellAreBothKeptAsAlternatives() {
        let t = Timescale(wording: "48 hours (two working days)")
        XCTAssertEqual(t.terms, [.hours(48), .workingDays(2)])
        XCTAssertEqual(t.readings.map(\.words), ["48 hours", "two working days"])
        XCTAssertEqual(Set(t.readings.map(\.part)).count, 1, "one time, read two ways")
        XCTAssertTrue(t.explanation.contains("the policy gives two readings, “48 hours” and “two working days”"), t.explanation)
    }

    func testPerRoutePartsCarryTheirLabelAndApplyOnlyOnTheirRoute() {
        let t = Timescale(wording: "5 working days (LAC); 10 working days (CP)")
        XCTAssertEqual(t.readings.map(\.scope), ["LAC", "CP"])
        XCTAssertEqual(t.readings.map(\.part), [0, 1])
        XCTAssertEqual(t.readings(for: [.iro]).map(\.term), [.workingDays(5)])
        XCTAssertEqual(t.readings(for: [.cpChair]).map(\.term), [.workingDays(10)])
        XCTAssertEqual(t.readings(for: [.iro, .cpChair]).map(\.term), [.workingDays(5), .workingDays(10)])
    }

    func testAConditionIsCarriedInThePolicysWords() {
        let short = read("No longer than 7 working days; within 24 hours if the issue relates to child protection")
        XCTAssertEqual(short.map(\.term), [.workingDays(7), .hours(24)])
        XCTAssertEqual(short.map(\.kind), [.maximum, .deadline])
        XCTAssertEqual(short.map(\.condition), [nil, "if the issue relates to child protection"])
        // Cumberland's own two sentences: the condition comes first and "determined" is kept in the wording.
        let seed = "An appropriate timescale lasting no longer than 7 working days to be applied. If the issue relates to child protection then this should be determined within 24 hours."
        let t = Timescale(wording: seed)
        XCTAssertEqual(t.wording, seed)
        XCTAssertEqual(t.terms, [.workingDays(7), .hours(24)])
        XCTAssertEqual(t.readings.map(\.kind), [.maximum, .deadline])
        XCTAssertEqual(t.readings.map(\.condition), [nil, "If the issue relates to child protection"])
        XCTAssertEqual(read("Where the child is at risk, within 24 hours").map(\.condition), ["Where the child is at risk"])
        // A condition before a second time belongs to that time, not to the first.
        XCTAssertEqual(read("5 working days, or if urgent within 24 hours").map(\.condition), [nil, "if urgent"])
        XCTAssertEqual(read("within 2 days if A, within 5 days if B").map(\.condition), ["if A", "if B"])
    }

    func testNumberWordsAndCompoundsAreNumbers() {
        XCTAssertEqual(Timescale(wording: "two weeks").terms, [.weeks(2)])
        XCTAssertEqual(Timescale(wording: "twenty-one days").terms, [.days(21)])
        XCTAssertEqual(Timescale(wording: "within a month").terms, [.months(1)])
    }

    func testWhatCannotBeReadIsKeptAsWordedNotRefused() {
        let bare = Timescale(wording: "5")
        XCTAssertEqual(bare.wording, "5")
        XCTAssertEqual(bare.readings, [])
        XCTAssertEqual(bare.unread, ["5"])
        XCTAssertNil(Timescale(parsing: "5"), "the optional reader still says nothing was read")
        let partly = Timescale(wording: "5 working days; see the manager's note")
        XCTAssertEqual(partly.terms, [.workingDays(5)])
        XCTAssertEqual(partly.unread, ["see the manager's note"])
    }

    func testALongCellOfRepeatedTimesAndConditionsIsReadWhole() {
        // Many times and conditions in one clause: every one is read, nothing is dropped.
        let cell = Array(repeating: "1 day if asked", count: 2000).joined(separator: " ")
        let t = Timescale(wording: cell)
        XCTAssertEqual(t.readings.count, 2000)
        XCTAssertEqual(Set(t.readings.compactMap(\.condition)), ["if asked"])
    }

    func testTheExplanationSaysWhatEachReadingMeans() {
        XCTAssertEqual(Timescale(wording: "without delay").explanation, "at once: the policy sets no number of days")
        XCTAssertEqual(Timescale(wording: "5 days").explanation, "the policy says “days” and does not state working days")
        XCTAssertEqual(Timescale(wording: "A maximum of five working days").explanation,
                       "working days exclude weekends and bank holidays; “five working days” is a maximum (the latest), not a fixed date")
        XCTAssertEqual(Timescale(wording: "5 working days (LAC); 10 working days (CP)").explanation(for: [.iro]),
                       "working days exclude weekends and bank holidays; “5 working days” is labelled “LAC” by the policy")
    }
}

/// Whatever a cell says, every reading quotes it: the words, condition, anchor, label and
/// clause of each reading are exact text of the cell, and reading never fails. Checked over
/// cells built from a fixed seed out of the words and marks real timescales use.
final class TimescaleQuotingTests: XCTestCase {
    /// A small deterministic generator (xorshift), so the cells are the same on every run.
    struct Generator {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(n))
        }
    }

    static let pieces = ["5", "five", "48", "two", "twenty-one", "a", "working", "calendar", "day", "days", "hours", "48hrs", "week",
                         "weeks", "month", "within", "no longer than", "a maximum of", "up to", "of step 1", "of receipt", "if",
                         "the issue relates to child protection", "where", "then", "(LAC)", "(CP)", "(two working days)", "(", ")",
                         ";", ".", ",", "same day", "next working day", "immediately", "without delay", "at any time", "agreed",
                         "timescale", "appropriate", "whichever is less", "further", "Exec.", "é", "👩‍👧", "\u{301}", "  "]

    func testEveryReadingQuotesTheCell() {
        var g = Generator(state: 0x9E3779B97F4A7C15)
        for _ in 0..<3000 {
            let count = 1 + g.next(14)
            let cell = (0..<count).map { _ in Self.pieces[g.next(Self.pieces.count)] }.joined(separator: g.next(4) == 0 ? "" : " ")
            let t = Timescale(wording: cell)
            XCTAssertEqual(t.wording, cell)
            for r in t.readings {
                for quoted in [r.words, r.clause] + [r.condition, r.anchor, r.scope].compactMap({ $0 }) {
                    XCTAssertTrue(cell.contains(quoted), "“\(quoted)” is not in “\(cell)”")
                }
                XCTAssertTrue(r.clause.contains(r.words) || r.term == .agreed || r.term == .qualitative, "“\(r.words)” outside its clause “\(r.clause)”")
            }
            for clause in t.unread { XCTAssertTrue(cell.contains(clause), "unread “\(clause)” is not in “\(cell)”") }
            _ = t.explanation
        }
    }
}
