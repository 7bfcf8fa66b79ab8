import XCTest
import PolicyModel

/// Timescale(parsing:): the terms a stage's timescale cell is read into, in the policy's
/// order; a bare number is not a timescale, and one in words is read as one, not refused.
final class TimescaleParsingTests: XCTestCase {
    func testTimescaleParsingFindsEveryTermInOrder() {
        XCTAssertEqual(Timescale(parsing: "No longer than 7 working days; within 24 hours if the issue relates to child protection")?.terms, [.workingDays(7), .hours(24)])
        XCTAssertEqual(Timescale(parsing: "5 days")?.terms, [.days(5)])
        XCTAssertEqual(Timescale(parsing: "1 working day")?.terms, [.workingDays(1)])
        XCTAssertEqual(Timescale(parsing: "Timescale agreed between IRO and SW/PM")?.terms, [.agreed])
        XCTAssertEqual(Timescale(parsing: "At any time")?.terms, [.anyTime])
        XCTAssertNil(Timescale(parsing: "5"))
        // A timescale in words is read as one, not refused.
        XCTAssertEqual(Timescale(parsing: "as soon as possible")?.terms, [.qualitative])
    }
}
