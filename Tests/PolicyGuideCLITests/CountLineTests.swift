import Foundation
import XCTest
import TestSupport

/// The whole of stderr and the exit status of `check`, `build` and `escalate`, with and
/// without `--strict`, on three small trees made from the valid fixture: clean, warnings only
/// (three raw HTML blocks), and five errors (broken links) with the three warnings. Nothing
/// is matched by its end alone: a count line that says "0 errors" after eight must fail.
final class CountLineTests: XCTestCase {
    let cli = PolicyGuideCLITests(name: "helpers", testClosure: { _ in })
    let file = "content/policies/example/policy.md"
    let rawHTML = "raw HTML is never published and has been dropped: write Markdown instead (e.g. **bold**, [link](…))."
    let brokenLink = "broken link: no policy 'nowhere'. Policies: example."
    let stopped = "the previous site was left as it was."
    // The valid fixture's route is shared by IROs and CP Chairs: the raiser is chosen.
    let escalation = ["escalate", "--route", "example/lac", "--raiser", "iro", "--criterion", "allocation-of-social-worker", "--stage", "1"]

    /// A work folder with the valid fixture as `content/`, the policy ending in `errors`
    /// broken links (lines 39, 41, …) and then `warnings` raw HTML blocks.
    func workTree(errors: Int, warnings: Int) throws -> URL {
        let work = try workFolder(withContent: BuildFailureTests.validContent, "pg-count")
        let policy = work.appendingPathComponent(file)
        var text = try String(contentsOf: policy, encoding: .utf8)
        XCTAssertEqual(text.split(separator: "\n", omittingEmptySubsequences: false).count, 38, "the valid fixture changed: the line numbers below assume 37 lines")
        for i in 0..<errors { text += "\n[link \(i)](../nowhere/policy.md)\n" }
        for i in 0..<warnings { text += "\n<div>raw \(i)</div>\n" }
        try text.write(to: policy, atomically: true, encoding: .utf8)
        return work
    }

    /// The diagnostic lines of the tree above, as `check` prints them.
    func lines(errors: Int, warnings: Int, strict: Bool) -> String {
        var out = ""
        for i in 0..<errors { out += "\(file):\(39 + 2 * i):1: error: \(brokenLink)\n" }
        for i in 0..<warnings { out += "\(file):\(39 + 2 * (errors + i)):1: \(strict ? "error" : "warning"): \(rawHTML)\n" }
        return out
    }

    func assertRun(_ args: [String], in work: URL, status: Int32, stderr: String, stdout: String? = "", file: StaticString = #filePath, line: UInt = #line) throws {
        let r = try cli.run(args, in: work)
        XCTAssertEqual(r.status, status, "\(args.joined(separator: " ")): \(r.stderr)", file: file, line: line)
        XCTAssertEqual(r.stderr, stderr, args.joined(separator: " "), file: file, line: line)
        if let stdout { XCTAssertEqual(r.stdout, stdout, args.joined(separator: " "), file: file, line: line) }
    }

    // MARK: errors and warnings

    func testCheckCountsEightProblems() throws {
        let work = try workTree(errors: 5, warnings: 3)
        try assertRun(["check"], in: work, status: 1, stderr: lines(errors: 5, warnings: 3, strict: false) + "5 errors, 3 warnings\n")
        try assertRun(["check", "--strict"], in: work, status: 1, stderr: lines(errors: 5, warnings: 3, strict: true) + "8 errors, 0 warnings\n")
    }

    func testBuildCountsEightProblems() throws {
        let work = try workTree(errors: 5, warnings: 3)
        try assertRun(["build", "--quiet"], in: work, status: 1,
                      stderr: lines(errors: 5, warnings: 3, strict: false) + "5 errors, 3 warnings\nerror: build stopped: 5 errors in content; \(stopped)\n")
        try assertRun(["build", "--quiet", "--strict"], in: work, status: 1,
                      stderr: lines(errors: 5, warnings: 3, strict: true) + "8 errors, 0 warnings\nerror: build stopped: 8 errors in content; \(stopped)\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path), ["content"])
    }

    func testEscalateOnContentWithErrorsPrintsOnlyTheErrors() throws {
        let work = try workTree(errors: 5, warnings: 3)
        let expected = lines(errors: 5, warnings: 0, strict: false) + "5 errors, 0 warnings\nerror: content has errors: run `policyguide check --content content`.\n"
        try assertRun(escalation, in: work, status: 1, stderr: expected)
        try assertRun(["escalate", "--list"], in: work, status: 1, stderr: expected)
    }

    // MARK: warnings only

    func testCheckWithWarningsOnly() throws {
        let work = try workTree(errors: 0, warnings: 3)
        try assertRun(["check"], in: work, status: 0, stderr: lines(errors: 0, warnings: 3, strict: false) + "0 errors, 3 warnings\n")
        try assertRun(["check", "--strict"], in: work, status: 1, stderr: lines(errors: 0, warnings: 3, strict: true) + "3 errors, 0 warnings\n")
    }

    func testBuildWithWarningsOnly() throws {
        let work = try workTree(errors: 0, warnings: 3)
        try assertRun(["build", "--quiet", "--strict"], in: work, status: 1,
                      stderr: lines(errors: 0, warnings: 3, strict: true) + "3 errors, 0 warnings\nerror: build stopped: 3 errors in content; \(stopped)\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path), ["content"])
        try assertRun(["build", "--quiet"], in: work, status: 0, stderr: lines(errors: 0, warnings: 3, strict: false) + "0 errors, 3 warnings\n")
        // Up to date: the warnings of the last build are repeated, not lost; --strict still fails.
        try assertRun(["build", "--quiet", "--incremental"], in: work, status: 0, stderr: lines(errors: 0, warnings: 3, strict: false) + "0 errors, 3 warnings\n")
        try assertRun(["build", "--quiet", "--incremental"], in: work, status: 0, stderr: lines(errors: 0, warnings: 3, strict: false) + "0 errors, 3 warnings\n")
        try assertRun(["build", "--quiet", "--incremental", "--strict"], in: work, status: 1,
                      stderr: lines(errors: 0, warnings: 3, strict: true) + "3 errors, 0 warnings\nerror: build stopped: 3 errors in content; \(stopped)\n")
    }

    func testEscalateIgnoresWarnings() throws {
        let work = try workTree(errors: 0, warnings: 3)
        let r = try cli.run(escalation, in: work)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "")
        XCTAssertTrue(r.stdout.contains("Stage: Stage 1 (stage 1 of 3)\nResponsible officer: Team manager\n"), r.stdout)
    }

    // MARK: singular and clean

    func testOneErrorAndOneWarningAreSingular() throws {
        let work = try workTree(errors: 1, warnings: 1)
        try assertRun(["check"], in: work, status: 1, stderr: lines(errors: 1, warnings: 1, strict: false) + "1 error, 1 warning\n")
        try assertRun(["check", "--strict"], in: work, status: 1, stderr: lines(errors: 1, warnings: 1, strict: true) + "2 errors, 0 warnings\n")
        try assertRun(["build", "--quiet"], in: work, status: 1,
                      stderr: lines(errors: 1, warnings: 1, strict: false) + "1 error, 1 warning\nerror: build stopped: 1 error in content; \(stopped)\n")
    }

    func testCleanContent() throws {
        let work = try workTree(errors: 0, warnings: 0)
        try assertRun(["check"], in: work, status: 0, stderr: "0 errors, 0 warnings\n")
        try assertRun(["check", "--strict"], in: work, status: 0, stderr: "0 errors, 0 warnings\n")
        try assertRun(["build", "--quiet", "--strict"], in: work, status: 0, stderr: "")
        try assertRun(["build", "--quiet"], in: work, status: 0, stderr: "")
        try assertRun(escalation, in: work, status: 0, stderr: "", stdout: nil)
    }

    // MARK: escalate's own exit statuses

    func testEscalateRequestErrorsExitTwoAndUsageErrorsSixtyFour() throws {
        let work = try workTree(errors: 0, warnings: 0)
        try assertRun(["escalate", "--route", "example/lac", "--raiser", "iro", "--criterion", "allocation-of-social-worker", "--stage", "9"], in: work, status: 2,
                      stderr: "error: unknown stage '9' for route example/lac. Valid stages: 1, 2, 3.\n")
        try assertRun(["escalate", "--criterion", "x"], in: work, status: 2,
                      stderr: "error: give --route (or --list to see the routes). Valid routes: example/lac\n")
        let shared = try cli.run(["escalate", "--route", "example/lac", "--criterion", "allocation-of-social-worker", "--stage", "1"], in: work)
        XCTAssertEqual(shared.status, 2, shared.stderr)
        XCTAssertTrue(shared.stderr.hasPrefix("error: route example/lac has items the policy marks for one raiser only: choose --raiser (iro or cp-chair)."), shared.stderr)
        XCTAssertEqual(shared.stdout, "")
        // escalate has no --strict: that is a usage error (EX_USAGE), not a silent pass.
        let strict = try cli.run(escalation + ["--strict"], in: work)
        XCTAssertEqual(strict.status, 64, strict.stderr)
        XCTAssertTrue(strict.stderr.hasPrefix("Error: Unknown option '--strict'"), strict.stderr)
        XCTAssertEqual(strict.stdout, "")
    }
}
