import Foundation
import XCTest
import TestSupport

/// `policyguide escalate` as a chair uses it at a terminal (issue 16): from any folder, with
/// `--raised today`, warnings for an old date or an overdue response, "did you mean", help
/// that pastes, ids with titles, and JSON with ISO dates.
extension PolicyGuideCLITests {
    func testEscalateFindsTheContentFromAnyFolder() throws {
        let elsewhere = try temporaryFolder("policyguide-cli")
        // The binary's own repository (the tests' binary is built inside it).
        let r = try run(["escalate", "--list"], in: elsewhere, environment: ["POLICYGUIDE_CONTENT": ""])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("bexley/lac"), r.stdout)
        // POLICYGUIDE_CONTENT names a folder that is not content: a clear error naming what to give.
        let bad = try run(["escalate", "--list"], in: elsewhere, environment: ["POLICYGUIDE_CONTENT": elsewhere.path])
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stderr.contains("policyguide check --content \(elsewhere.path)"), bad.stderr)
    }

    func testEscalateRaisedTodayAndWarnings() throws {
        let base = ["escalate", "--route", "bexley/lac", "--criterion", "allocation-of-social-worker", "--stage", "2", "--content", Self.realContent, "--format", "json"]
        let today = try run(base + ["--raised", "today"], environment: ["POLICYGUIDE_TODAY": "2026-12-21"])
        XCTAssertEqual(today.status, 0, today.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(today.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["raised"] as? String, "2026-12-21")
        XCTAssertEqual(today.stderr, "", "no warning for a date raised today")
        // Raised a month ago: the date is queried, and the 5 days have long passed.
        let old = try run(base + ["--raised", "2026-11-20"], environment: ["POLICYGUIDE_TODAY": "2026-12-21"])
        XCTAssertEqual(old.status, 0, old.stderr)
        XCTAssertTrue(old.stderr.contains("warning: the date raised, Friday 20 November 2026, is 31 days ago"), old.stderr)
        XCTAssertTrue(old.stderr.contains("warning: the response is already overdue"), old.stderr)
        // Three days ago: no query of the date, but "5 days" counted on the calendar has not passed.
        let recent = try run(base + ["--raised", "2026-12-18"], environment: ["POLICYGUIDE_TODAY": "2026-12-21"])
        XCTAssertEqual(recent.stderr, "", recent.stderr)
    }

    func testEscalateSuggestsTheIdMeant() throws {
        let c = try run(["escalate", "--route", "bexley/lac", "--criterion", "allocation-of-social-workr", "--stage", "2", "--content", Self.realContent])
        XCTAssertEqual(c.status, 2)
        XCTAssertTrue(c.stderr.hasSuffix("\nDid you mean 'allocation-of-social-worker'?\n"), c.stderr)
        let r = try run(["escalate", "--route", "bexly/lac", "--stage", "2", "--content", Self.realContent])
        XCTAssertTrue(r.stderr.hasSuffix("\nDid you mean 'bexley/lac'?\n"), r.stderr)
    }

    func testEscalateAcceptsACriterionsFormerId() throws {
        let former = try run(["escalate", "--route", "northamptonshire/iro-and-cp-chair", "--raiser", "iro", "--criterion", "no-up-to-datepoor-quality-pep-lac-only",
                              "--stage", "1", "--content", Self.realContent])
        XCTAssertEqual(former.status, 0, former.stderr)
        XCTAssertTrue(former.stdout.contains("- No up to date/poor quality PEP. (LAC only);"), former.stdout)
    }

    func testEscalateListShowsIdsWithTitles() throws {
        let r = try run(["escalate", "--list", "--content", Self.realContent])
        XCTAssertTrue(r.stdout.contains("    no-up-to-date-poor-quality-pep-lac-only  No up to date/poor quality PEP. (LAC only)"), r.stdout)
        XCTAssertTrue(r.stdout.contains("    delays-in-applications-for-passports-etc-lac-only  Delays in applications for passports etc. LAC only"), r.stdout)
    }

    func testEscalateHelpExampleFitsAndPastes() throws {
        let r = try run(["escalate", "--help"])
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try XCTUnwrap(lines.firstIndex { $0.contains("policyguide escalate --route") }, r.stdout)
        var command = ""
        for line in lines[start...] {
            XCTAssertLessThanOrEqual(line.count, 80, "help line wraps in an 80-column terminal: \(line)")
            command += line.trimmingCharacters(in: .whitespaces)
            guard command.hasSuffix("\\") else { break }
            command = String(command.dropLast()) + " "
        }
        // The pasted example runs (with the content given, as from any folder).
        let args = command.split(separator: " ").map(String.init).dropFirst()
        XCTAssertEqual(args.first, "escalate", command)
        let pasted = try run(Array(args) + ["--content", Self.realContent])
        XCTAssertEqual(pasted.status, 0, "the help example does not run: \(command)\n\(pasted.stderr)")
    }
}
