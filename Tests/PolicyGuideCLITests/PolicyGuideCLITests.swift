import Foundation
import XCTest
import TestSupport
import TestSupport

/// `policyguide` end to end: the built binary run as a user would run it, on the real content
/// and on broken copies of it, with exit status, stdout and stderr checked.
/// Set RECORD_GOLDEN=1 to rewrite the golden stdout (the test then fails, saying so).
final class PolicyGuideCLITests: XCTestCase {
    static let repository = Repository.root
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden", isDirectory: true)
    static var realContent: String { repository.appendingPathComponent("content").path }

    /// The folder SwiftPM puts products in: the test bundle's folder (macOS), or the folder of
    /// the running test executable (Linux).
    static var productsDirectory: URL {
        let candidates = [Bundle(for: PolicyGuideCLITests.self).bundleURL.deletingLastPathComponent(),
                          Bundle.main.bundleURL,
                          Bundle(for: PolicyGuideCLITests.self).bundleURL]
        for c in candidates where FileManager.default.isExecutableFile(atPath: c.appendingPathComponent("policyguide").path) { return c }
        return candidates[0]
    }

    static var binary: URL { productsDirectory.appendingPathComponent("policyguide") }

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs policyguide with `arguments` in `directory`; `started` is told the process (to
    /// watch it for a hang).
    @discardableResult
    func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:], started: (Process) -> Void = { _ in }, file: StaticString = #filePath, line: UInt = #line) throws -> Run {
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: Self.binary.path), "no policyguide at \(Self.binary.path)", file: file, line: line)
        return try launch(Self.binary, arguments, in: directory, environment: environment, started: started)
    }

    /// Runs `script` with /bin/sh in `directory`: for limits (`ulimit`) set before exec'ing
    /// policyguide, which a Process cannot set on its child.
    func runShell(_ script: String, in directory: URL? = nil) throws -> Run {
        try launch(URL(fileURLWithPath: "/bin/sh"), ["-c", script], in: directory)
    }

    private func launch(_ executable: URL, _ arguments: [String], in directory: URL?, environment: [String: String] = [:],
                        started: (Process) -> Void = { _ in }) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? Self.repository
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        // Output goes to files, not pipes, so a large output can never block the child.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("policyguide-run-\(UUID().uuidString)")
        let outURL = scratch.appendingPathExtension("out"), errURL = scratch.appendingPathExtension("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outURL); try? FileManager.default.removeItem(at: errURL) }
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        try process.run()
        started(process)
        process.waitUntilExit()
        try out.close()
        try err.close()
        let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Every file under `root` (relative path → bytes), following no links.
    func snapshot(_ root: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let fm = FileManager.default
        guard let e = fm.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey], options: []) else { return out }
        for case let url as URL in e {
            if try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
                let relative = String(url.resolvingSymlinksInPath().path.dropFirst(root.resolvingSymlinksInPath().path.count + 1))
                out[relative] = try Data(contentsOf: url)
            }
        }
        return out
    }

    // MARK: escalate

    func testEscalateListShowsEveryRouteWithStagesAndCriteria() throws {
        let r = try run(["escalate", "--list", "--content", Self.realContent])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "")
        XCTAssertTrue(r.stdout.contains("bexley/lac  Looked after children (London Borough of Bexley; raised by IRO)\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("    5  Stage 5 [action]: Escalation to Cafcass, At any time\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("    allocation-of-social-worker  Allocation of social worker\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("    informal  Informal [informal stage]: Social worker (SW) and Practice Manager (PM), Timescale agreed between IRO and SW/PM\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("positive-challenge-briefing/iro  IROs"))
        XCTAssertTrue(r.stdout.contains("    (none: leave out --stage)\n"))
        for route in ["bexley/cp", "bexley/lac", "cumberland-westmorland-furness/multi-agency", "northamptonshire/iro-and-cp-chair",
                      "positive-challenge-briefing/cp-chair", "positive-challenge-briefing/iro"] {
            XCTAssertTrue(r.stdout.contains("\n\(route)  ") || r.stdout.hasPrefix("\(route)  "), route)
        }
    }

    func testEscalateListAsJSON() throws {
        let r = try run(["escalate", "--list", "--format", "json", "--content", Self.realContent])
        XCTAssertEqual(r.status, 0, r.stderr)
        let routes = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(routes.count, 6)
        let lac = try XCTUnwrap(routes.first { $0["id"] as? String == "bexley/lac" })
        XCTAssertEqual((lac["stages"] as? [[String: Any]])?.compactMap { $0["timescale"] as? String }, ["5 days", "5 days", "5 days", "8 days", "At any time"])
        XCTAssertEqual(lac["raisedBy"] as? [String], ["iro"])
        // Each stage lists what its timescale was read as: Cumberland's formal process is a
        // maximum of 7 working days and, on its condition, 24 hours.
        let cumberland = try XCTUnwrap(routes.first { $0["id"] as? String == "cumberland-westmorland-furness/multi-agency" })
        let formal = try XCTUnwrap((cumberland["stages"] as? [[String: Any]])?.last)
        let readings = try XCTUnwrap(formal["timescaleReadings"] as? [[String: Any]])
        XCTAssertEqual(readings.map { $0["words"] as? String }, ["7 working days", "24 hours"])
        XCTAssertEqual(readings.map { $0["kind"] as? String }, ["maximum", "deadline"])
        XCTAssertEqual(readings.map { $0["condition"] as? String }, [nil, "If the issue relates to child protection"])
        XCTAssertEqual((lac["stages"] as? [[String: Any]])?.compactMap { ($0["timescaleReadings"] as? [[String: Any]])?.first?["reading"] as? String },
                       ["days", "days", "days", "days", "at any time"])
    }

    func testEscalateBexleyLACStage2MatchesTheGolden() throws {
        let r = try run(["escalate", "--route", "bexley/lac", "--criterion", "allocation-of-social-worker", "--stage", "2", "--raised", "2026-12-21",
                         "--content", Self.realContent])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "")
        // Checked by hand: Mon 21 Dec 2026 + 5 calendar days is Sat 26 Dec; counting working
        // days skips Fri 25 (Christmas) and Mon 28 (Boxing Day, substitute day): Wed 30 Dec.
        XCTAssertTrue(r.stdout.contains("Counted as calendar days: Saturday 26 December 2026 (a weekend day and Boxing Day)."), r.stdout)
        XCTAssertTrue(r.stdout.contains("Working-day reading (not stated by the policy): Wednesday 30 December 2026."), r.stdout)
        XCTAssertTrue(r.stdout.contains("Stage: Stage 2 (stage 2 of 4)\nResponsible officer: Head of Service\n"), r.stdout)
        try compareWithGolden(r.stdout, name: "escalate-bexley-lac-allocation-stage-2.txt")
    }

    func testEscalateOnARouteWithNoCriteriaWorksWithoutThemAndSaysSo() throws {
        let shapes = Repository.fixture("shapes").path
        let r = try run(["escalate", "--route", "protocol/partnership", "--stage", "1", "--content", shapes])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "note: route protocol/partnership lists no criteria: the wording has a [REASON FOR ESCALATION] placeholder for your reason.\n")
        XCTAssertTrue(r.stdout.contains("- [REASON FOR ESCALATION: the policy lists no criteria for this route; give the reason in your own words]\n"), r.stdout)
        // `check` is not silent about it either: a note, which never fails the check.
        let check = try run(["check", "--strict", "--content", shapes])
        XCTAssertTrue(check.stderr.contains("note: route 'partnership' lists no criteria"), check.stderr)
        XCTAssertFalse(check.stderr.contains("error: route 'partnership'"), check.stderr)
    }

    func testEscalateOnASharedRouteAsksWhoRaisesIt() throws {
        let shapes = Repository.fixture("shapes").path
        let r = try run(["escalate", "--route", "protocol/shared", "--criterion", "drift-or-delay-in-the-care-plan", "--stage", "1", "--content", shapes])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, "error: route protocol/shared has items the policy marks for one raiser only: choose --raiser (iro or cp-chair). Those items (\"For IRO only\", \"(LAC only)\") are left out of the others' wording.\n")
        let cp = try run(["escalate", "--route", "protocol/shared", "--raiser", "cp-chair", "--criterion", "drift-or-delay-in-the-care-plan", "--stage", "3b", "--content", shapes])
        XCTAssertEqual(cp.status, 0, cp.stderr)
        XCTAssertFalse(cp.stdout.contains("Cafcass"), cp.stdout)
    }

    func testEscalateWithPlaceholdersAndSeveralCriteria() throws {
        let r = try run(["escalate", "--route", "northamptonshire/iro-and-cp-chair", "--raiser", "iro", "--criterion", "discriminatory-practice",
                         "--criterion", "no-allocated-social-worker", "--stage", "informal", "--child-name", "A. Child", "--raised-by", "J. Smith, IRO",
                         "--content", Self.realContent])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("Child or young person: A. Child\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("Raised by: J. Smith, IRO\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("- Discriminatory practice;\n- No allocated social worker;\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("ID: [CHILD'S ID IN THE CASE RECORD]\n"), r.stdout)
    }

    func testEscalateUnknownRouteExitsTwoAndListsValidRoutes() throws {
        let r = try run(["escalate", "--route", "bexley/iro", "--criterion", "x", "--stage", "1", "--content", Self.realContent])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stdout, "")
        XCTAssertEqual(r.stderr, "error: unknown route 'bexley/iro'. Valid routes: bexley/cp, bexley/lac, cumberland-westmorland-furness/multi-agency, northamptonshire/iro-and-cp-chair, positive-challenge-briefing/cp-chair, positive-challenge-briefing/iro. (See `policyguide escalate --list`.)\n")
    }

    func testEscalateUnknownCriterionAndStageExitTwo() throws {
        let c = try run(["escalate", "--route", "bexley/lac", "--criterion", "nope", "--stage", "1", "--content", Self.realContent])
        XCTAssertEqual(c.status, 2)
        XCTAssertTrue(c.stderr.contains("unknown criterion 'nope' for route bexley/lac. Valid criteria:\n  non-completion-of-looked-after-review-decisions  (Non completion of Looked After Review Decisions)\n"), c.stderr)
        let s = try run(["escalate", "--route", "bexley/lac", "--criterion", "issues-of-human-rights", "--stage", "6", "--content", Self.realContent])
        XCTAssertEqual(s.status, 2)
        XCTAssertEqual(s.stderr, "error: unknown stage '6' for route bexley/lac. Valid stages: 1, 2, 3, 4, 5.\n")
        let missing = try run(["escalate", "--criterion", "x", "--content", Self.realContent])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("Valid routes: bexley/cp, bexley/lac"), missing.stderr)
        let date = try run(["escalate", "--route", "bexley/lac", "--criterion", "issues-of-human-rights", "--stage", "1", "--raised", "2031-01-06", "--content", Self.realContent])
        XCTAssertEqual(date.status, 2)
        XCTAssertTrue(date.stderr.contains("outside the years with bank holiday data"), date.stderr)
    }

    func testEscalateJSONHasTheWordingAndItsFacts() throws {
        let args = ["escalate", "--route", "bexley/lac", "--criterion", "allocation-of-social-worker", "--stage", "2", "--raised", "2026-12-21", "--content", Self.realContent]
        let json = try run(args + ["--format", "json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["route", "authority", "policy", "stage", "officer", "timescale", "due", "dueDates", "ifUnresolved", "criteria", "text", "stageKind", "raiser", "raised"])
        // Each reading of "5 days" with its dates: calendar (a Saturday, Boxing Day) and working-day.
        let dueDates = try XCTUnwrap(object["dueDates"] as? [[String: Any]])
        XCTAssertEqual(dueDates.count, 1)
        XCTAssertEqual(dueDates.first?["words"] as? String, "5 days")
        XCTAssertEqual(dueDates.first?["reading"] as? String, "days")
        XCTAssertEqual(dueDates.first?["kind"] as? String, "deadline")
        XCTAssertEqual(dueDates.first?["due"] as? String, "2026-12-26")
        XCTAssertEqual(dueDates.first?["workingDayReading"] as? String, "2026-12-30")
        XCTAssertEqual(object["stageKind"] as? String, "formal")
        XCTAssertEqual(object["raiser"] as? String, "iro")
        XCTAssertEqual(object["route"] as? String, "bexley/lac")
        XCTAssertEqual(object["authority"] as? String, "London Borough of Bexley")
        XCTAssertEqual(object["stage"] as? String, "Stage 2")
        XCTAssertEqual(object["officer"] as? String, "Head of Service")
        XCTAssertEqual(object["timescale"] as? String, "5 days")
        XCTAssertEqual(object["criteria"] as? [String], ["allocation-of-social-worker"])
        XCTAssertEqual(object["ifUnresolved"] as? String, "the next stage in the policy is Stage 3: Assistant Director, response within 5 days. The policy says: “Once the escalation has been raised, the IRO can consider requests from managers for further time to provide a resolution to the escalation, before further escalation to the next stage.” The policy also names an action: Stage 5, Escalation to Cafcass (timescale as worded: “At any time”).")
        let due = try XCTUnwrap(object["due"] as? [String])
        XCTAssertEqual(due.count, 1)
        XCTAssertTrue(due[0].contains("Saturday 26 December 2026") && due[0].contains("Wednesday 30 December 2026"), due[0])
        // The same wording as the text format, byte for byte.
        let text = try run(args)
        XCTAssertEqual(object["text"] as? String, text.stdout)
        // Stable output: sorted keys, identical run to run.
        XCTAssertEqual(try run(args + ["--format", "json"]).stdout, json.stdout)
    }

    func testEscalateMarkdownFencesTheText() throws {
        let r = try run(["escalate", "--route", "positive-challenge-briefing/cp-chair", "--criterion", "escalation-of-risks", "--format", "markdown", "--content", Self.realContent])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("# Escalation wording: positive-challenge-briefing/cp-chair\n\n- Authority: Unnamed local authority (records on Liquid Logic)\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("\n```text\nESCALATION: CP chairs\n"), r.stdout)
        XCTAssertTrue(r.stdout.hasSuffix("```\n"))
    }

    // MARK: check

    func testCheckOnTheRealContentHasNoErrors() throws {
        let r = try run(["check", "--content", "content"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "")
        // Every line is a warning or a note (notes are not counted) but the count, which
        // counts the warnings exactly.
        let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let warnings = lines.filter { $0.contains(": warning: ") }.count
        let notes = lines.filter { $0.contains(": note: ") }.count
        XCTAssertGreaterThan(warnings, 0)
        XCTAssertEqual(lines.count, warnings + notes + 2, r.stderr)
        XCTAssertEqual(lines[warnings + notes], "0 errors, \(warnings) warning\(warnings == 1 ? "" : "s")", r.stderr)
        XCTAssertEqual(lines.last, "")
        // Warnings are printed like a compiler's, with the path as given.
        XCTAssertTrue(r.stderr.contains("content/policies/bexley/policy.md:1:1: warning: Policy review due"), r.stderr)
    }

    func testCheckStrictTurnsWarningsIntoErrors() throws {
        let r = try run(["check", "--strict", "--content", "content"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("content/policies/bexley/policy.md:1:1: error: Policy review due"), r.stderr)
        // The same lines as without --strict, each warning now an error (notes stay notes),
        // and the count of the errors exactly.
        let plain = try run(["check", "--content", "content"]).stderr.split(separator: "\n").dropLast().map(String.init)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        XCTAssertEqual(Array(lines.dropLast()), plain.map { $0.replacingOccurrences(of: ": warning: ", with: ": error: ") })
        let warnings = plain.filter { $0.contains(": warning: ") }.count
        XCTAssertGreaterThan(warnings, 1)
        XCTAssertEqual(lines.last, "\(warnings) errors, 0 warnings", r.stderr)
    }

    func testCheckOnBrokenContentExitsOneWithFileLineColumn() throws {
        let folder = try workFolder(withContent: Repository.content, "policyguide-cli")
        let content = folder.appendingPathComponent("content", isDirectory: true)
        let policy = content.appendingPathComponent("policies/bexley/policy.md")
        var lines = try String(contentsOf: policy, encoding: .utf8).components(separatedBy: "\n")
        let row = try XCTUnwrap(lines.firstIndex(of: "| Stage 4 | Director | 8 days |"))
        lines[row] = "| Stage 4 | Director | 8 |"
        try lines.joined(separator: "\n").write(to: policy, atomically: true, encoding: .utf8)
        // A bare number is published as worded: a warning (exit 0) that says what to write,
        // an error only under --strict.
        let r = try run(["check", "--content", "content"], in: folder)
        XCTAssertEqual(r.status, 0, r.stderr)
        // "| Stage 4 | Director | " is 22 bytes: the timescale cell starts at column 23.
        XCTAssertTrue(r.stderr.contains("content/policies/bexley/policy.md:\(row + 1):23: warning: timescale '8' has a number with no unit: it is published as worded, with no due date. Write the unit the policy states"), r.stderr)
        let strict = try run(["check", "--strict", "--content", "content"], in: folder)
        XCTAssertEqual(strict.status, 1)
        XCTAssertTrue(strict.stderr.contains("content/policies/bexley/policy.md:\(row + 1):23: error: timescale '8' has a number with no unit"), strict.stderr)
    }

    func testCheckOnAMissingFolder() throws {
        let folder = try temporaryFolder("policyguide-cli")
        let r = try run(["check", "--content", "nowhere"], in: folder)
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "nowhere:1:1: error: no content folder here: pass --content PATH to a folder containing site.yml and policies/.\n1 error, 0 warnings\n")
    }

    // MARK: build

    func testBuildWritesTheSiteAndASecondBuildIsByteIdentical() throws {
        let folder = try temporaryFolder("policyguide-cli")
        let site = folder.appendingPathComponent("site")
        let first = try run(["build", "--content", Self.realContent, "--output", site.path])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(first.stdout, "")
        let a = try snapshot(site)
        XCTAssertNotNil(a["index.html"])
        XCTAssertNotNil(a["style.css"])
        XCTAssertNotNil(a["policies/bexley/lac/index.html"])
        XCTAssertNotNil(a["checklists/significant-changes.html"])
        XCTAssertNotNil(a[".policyguide-site"], "the output is marked as PolicyGuide's")
        XCTAssertGreaterThanOrEqual(a.count, 90, "89 pages and the marker")
        let second = try run(["build", "--content", Self.realContent, "--output", site.path])
        XCTAssertEqual(second.status, 0, second.stderr)
        let b = try snapshot(site)
        XCTAssertEqual(Set(a.keys), Set(b.keys))
        for (path, data) in a { XCTAssertEqual(b[path], data, path) }
        // Nothing is left beside the output.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["site"])
    }

    func testADefaultBuildHoldsOnlyThePublishedSite() throws {
        // Without --incremental the output folder is exactly the site (and its marker), so a
        // fresh build can be compared byte for byte with the committed site/.
        let folder = try temporaryFolder("policyguide-cli")
        let site = folder.appendingPathComponent("site")
        XCTAssertEqual(try run(["build", "--content", Self.realContent, "--output", site.path]).status, 0)
        XCTAssertEqual(try snapshot(site).keys.filter { $0.contains(".policyguide-cache") }, [])
        XCTAssertEqual(try run(["build", "--incremental", "--content", Self.realContent, "--output", site.path]).status, 0)
        XCTAssertNotNil(try snapshot(site)[".policyguide-cache"])
        XCTAssertNotNil(try snapshot(site)[".policyguide-cache-policies"])
    }

    func testBuildsIntoTwoFreshFoldersAreByteIdentical() throws {
        // The second build into the same folder may be skipped as up to date; two full builds
        // into fresh folders must still produce the same bytes.
        let folder = try temporaryFolder("policyguide-cli")
        for name in ["a", "b"] {
            let r = try run(["build", "--quiet", "--content", Self.realContent, "--output", folder.appendingPathComponent(name).path])
            XCTAssertEqual(r.status, 0, r.stderr)
        }
        var a = try snapshot(folder.appendingPathComponent("a")), b = try snapshot(folder.appendingPathComponent("b"))
        a[".policyguide-cache"] = nil; b[".policyguide-cache"] = nil
        XCTAssertEqual(Set(a.keys), Set(b.keys))
        for (path, data) in a { XCTAssertEqual(b[path], data, path) }
    }

    func testEditedContentIsRebuilt() throws {
        let folder = try workFolder(withContent: Repository.content, "policyguide-cli")
        let content = folder.appendingPathComponent("content", isDirectory: true)
        let site = folder.appendingPathComponent("site")
        XCTAssertEqual(try run(["build", "--content", content.path, "--output", site.path]).status, 0)
        let settings = content.appendingPathComponent("site.yml")
        let text = try String(contentsOf: settings, encoding: .utf8)
        try text.replacingOccurrences(of: "version: \"2026.11\"", with: "version: \"2026.11-rc2\"").write(to: settings, atomically: true, encoding: .utf8)
        let r = try run(["build", "--content", content.path, "--output", site.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        let home = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertTrue(home.contains("guidance version 2026.11-rc2"), "the edit did not reach the site")
    }

    func testBuildRestoresAPageDeletedFromTheOutput() throws {
        // Someone deletes part of the published site: the next build must put it back, not
        // report the site as up to date because the content did not change.
        let folder = try temporaryFolder("policyguide-cli")
        let site = folder.appendingPathComponent("site")
        XCTAssertEqual(try run(["build", "--incremental", "--content", Self.realContent, "--output", site.path]).status, 0)
        let before = try snapshot(site)
        try FileManager.default.removeItem(at: site.appendingPathComponent("index.html"))
        try "edited by hand".write(to: site.appendingPathComponent("style.css"), atomically: true, encoding: .utf8)
        let r = try run(["build", "--incremental", "--content", Self.realContent, "--output", site.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        var after = try snapshot(site), expected = before
        after = after.filter { !$0.key.hasPrefix(".policyguide-cache") }
        expected = expected.filter { !$0.key.hasPrefix(".policyguide-cache") }
        XCTAssertEqual(after["index.html"], expected["index.html"], "index.html was not restored")
        XCTAssertEqual(after["style.css"], expected["style.css"], "style.css was not restored")
    }

    func testRebuildAfterAContentEditDoesNotCarryOverAHandEditedPage() throws {
        // A page edited by hand in the output must not survive a real rebuild just because the
        // freshly rendered page is the same as last time.
        let folder = try workFolder(withContent: Repository.content, "policyguide-cli")
        let content = folder.appendingPathComponent("content", isDirectory: true)
        let site = folder.appendingPathComponent("site")
        XCTAssertEqual(try run(["build", "--incremental", "--content", content.path, "--output", site.path]).status, 0)
        let fresh = try Data(contentsOf: site.appendingPathComponent("glossary/index.html"))
        let handle = try FileHandle(forWritingTo: site.appendingPathComponent("glossary/index.html"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("<!-- edited by hand -->\n".utf8))
        try handle.close()
        let checklist = content.appendingPathComponent("checklists/review-triggers.md")
        try (try String(contentsOf: checklist, encoding: .utf8) + "\n").write(to: checklist, atomically: true, encoding: .utf8)
        let r = try run(["build", "--incremental", "--content", content.path, "--output", site.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try Data(contentsOf: site.appendingPathComponent("glossary/index.html")), fresh, "the hand-edited page was carried over")
    }

    func testBuildRefusesAForeignFolderAndLeavesItUntouched() throws {
        let folder = try temporaryFolder("policyguide-cli")
        let foreign = folder.appendingPathComponent("documents")
        try FileManager.default.createDirectory(at: foreign.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "precious".write(to: foreign.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        try "also precious".write(to: foreign.appendingPathComponent("sub/more.txt"), atomically: true, encoding: .utf8)
        let before = try snapshot(foreign)
        let r = try run(["build", "--content", Self.realContent, "--output", foreign.path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("refusing to replace '\(foreign.path)'"), r.stderr)
        XCTAssertEqual(try snapshot(foreign), before)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["documents"])
    }

    func testFailedBuildLeavesThePreviousSiteByteIdentical() throws {
        let folder = try workFolder(withContent: Repository.content, "policyguide-cli")
        let content = folder.appendingPathComponent("content", isDirectory: true)
        let site = folder.appendingPathComponent("site")
        let good = try run(["build", "--content", content.path, "--output", site.path])
        XCTAssertEqual(good.status, 0, good.stderr)
        let before = try snapshot(site)
        XCTAssertFalse(before.isEmpty)
        // Break the content: a link to a policy that does not exist.
        let checklist = content.appendingPathComponent("checklists/review-triggers.md")
        try (try String(contentsOf: checklist, encoding: .utf8) + "\n- [ ] A new item ([Nowhere](../policies/nowhere/policy.md))\n")
            .write(to: checklist, atomically: true, encoding: .utf8)
        let bad = try run(["build", "--content", content.path, "--output", site.path])
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stderr.contains("error: broken link: no policy 'nowhere'."), bad.stderr)
        XCTAssertTrue(bad.stderr.contains("build stopped: 1 error in content; the previous site was left as it was."), bad.stderr)
        XCTAssertEqual(try snapshot(site), before)
        XCTAssertEqual(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)), ["content", "site"])
    }

    func testBuildRefusesAnOutputInsideContent() throws {
        let folder = try workFolder(withContent: Repository.content, "policyguide-cli")
        let content = folder.appendingPathComponent("content", isDirectory: true)
        let before = try snapshot(content)
        let r = try run(["build", "--content", content.path, "--output", content.appendingPathComponent("site").path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("overlaps the content folder"), r.stderr)
        XCTAssertEqual(try snapshot(content), before)
    }

    // MARK: golden

    func compareWithGolden(_ text: String, name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = Self.goldenDirectory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.goldenDirectory, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            XCTFail("recorded \(url.path): check it by hand, then run again without RECORD_GOLDEN", file: file, line: line)
        } else {
            XCTAssertEqual(text, try String(contentsOf: url, encoding: .utf8), "differs from \(name)", file: file, line: line)
        }
    }
}

/// Editing one policy re-renders that policy and the whole-site pages only; every other
/// policy's pages are carried over, and the result is byte-identical to a cold build.
final class PerPolicyRebuildTests: XCTestCase {
    // Borrow the end-to-end helpers (run, snapshot) of the main CLI test case.
    let cli = PolicyGuideCLITests(name: "helpers", testClosure: { _ in })

    /// A temporary folder with a copy of the real content, built once into `site/`.
    func builtWorkTree() throws -> URL {
        let work = try workFolder(withContent: Repository.content, "pg-rebuild")
        XCTAssertEqual(try cli.run(["build", "--incremental", "--output", "site"], in: work).status, 0)
        return work
    }

    /// Rewrites a content file with `change` applied to its text.
    func edit(_ file: URL, _ change: (String) -> String) throws {
        try change(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: false, encoding: .utf8)
    }

    /// An edit to prose only: one sentence added at the end.
    func appendSentence(to file: URL) throws {
        try (try String(contentsOf: file, encoding: .utf8) + "\nAn added closing sentence.\n").write(to: file, atomically: false, encoding: .utf8)
    }

    func testOneEditedPolicyRebuildsOnlyItselfAndMatchesAColdBuild() throws {
        let work = try builtWorkTree()

        let file = work.appendingPathComponent("content/policies/bexley/policy.md")
        try appendSentence(to: file)
        let edit = try cli.run(["build", "--incremental", "--output", "site"], in: work)
        XCTAssertEqual(edit.status, 0, edit.stderr)
        XCTAssertTrue(edit.stderr.contains("3 unchanged policies keep their pages"), edit.stderr)
        XCTAssertTrue(try String(contentsOf: work.appendingPathComponent("site/policies/bexley/index.html"), encoding: .utf8).contains("An added closing sentence."))
        try assertMatchesAColdBuild(work)
    }

    func testUnchangedPoliciesComeFromTheCacheWithTheirWarnings() throws {
        // After one edit the other policies are not parsed again, yet the build reports the
        // same warnings as a cold build (lint findings of unchanged policies included).
        let work = try builtWorkTree()
        let file = work.appendingPathComponent("content/policies/bexley/policy.md")
        try appendSentence(to: file)
        let edit = try cli.run(["build", "--incremental", "--output", "site"], in: work)
        XCTAssertEqual(edit.status, 0, edit.stderr)
        XCTAssertTrue(edit.stderr.contains("(3 unchanged, from the cache)"), edit.stderr)
        let cold = try cli.run(["build", "--output", "cold"], in: work)
        func warnings(_ text: String) -> [String] { text.split(separator: "\n").filter { $0.contains(": warning: ") }.map(String.init) }
        XCTAssertFalse(warnings(cold.stderr).isEmpty)
        XCTAssertEqual(warnings(edit.stderr), warnings(cold.stderr))
    }

    /// A built work tree in which Bexley's policy ends with a link to `anchor` in
    /// Northamptonshire's, built incrementally once: (work tree, Bexley's file, Northamptonshire's).
    func workTreeWithALinkFromBexley(to anchor: String, text: String) throws -> (URL, URL, URL) {
        let work = try builtWorkTree()
        let bexley = work.appendingPathComponent("content/policies/bexley/policy.md")
        try edit(bexley) { $0 + "\nSee [\(text)](../northamptonshire/policy.md#\(anchor)).\n" }
        XCTAssertEqual(try cli.run(["build", "--incremental", "--output", "site"], in: work).status, 0)
        return (work, bexley, work.appendingPathComponent("content/policies/northamptonshire/policy.md"))
    }

    func testALinkFromAnUnchangedPolicyIsCheckedAgainstTheEditedOne() throws {
        // Bexley links to a Northamptonshire heading; editing only Northamptonshire to rename
        // that heading must still report Bexley's link as broken, at Bexley's line.
        let (work, bexley, north) = try workTreeWithALinkFromBexley(to: "2-role-of-the-independent-reviewing-officer-iro", text: "the IRO's role")
        try edit(north) { $0.replacingOccurrences(of: "## 2. Role of the Independent Reviewing Officer (IRO)", with: "## 2. The IRO") }
        let before = try cli.snapshot(work.appendingPathComponent("site"))
        let r = try cli.run(["build", "--incremental", "--output", "site"], in: work)
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("(3 unchanged, from the cache)"), r.stderr)
        let bexleyLines = try String(contentsOf: bexley, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).count
        XCTAssertTrue(r.stderr.contains("content/policies/bexley/policy.md:\(bexleyLines - 1):5: error: broken anchor '#2-role-of-the-independent-reviewing-officer-iro' in policy 'northamptonshire'"), r.stderr)
        XCTAssertEqual(try cli.snapshot(work.appendingPathComponent("site")), before, "a failed build changed the site")
    }

    func testALinkToARouteOfAnEditedPolicyIsCheckedAgain() throws {
        // A route's anchor is not a heading: renaming only the route's id in Northamptonshire
        // must still report Bexley's unchanged link to it, while a prose-only edit keeps the
        // build passing.
        let (work, _, north) = try workTreeWithALinkFromBexley(to: "route-iro-and-cp-chair", text: "the joint route")
        try appendSentence(to: north)
        let prose = try cli.run(["build", "--incremental", "--output", "site"], in: work)
        XCTAssertEqual(prose.status, 0, prose.stderr)
        try edit(north) { $0.replacingOccurrences(of: "  - id: iro-and-cp-chair", with: "  - id: iro-and-chair") }
        let r = try cli.run(["build", "--incremental", "--output", "site"], in: work)
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("(3 unchanged, from the cache)"), r.stderr)
        XCTAssertTrue(r.stderr.contains("content/policies/bexley/policy.md:") && r.stderr.contains("error: unknown route '#route-iro-and-cp-chair' in policy 'northamptonshire'"), r.stderr)
    }

    func testAPageNoLongerMadeByAnEditedPolicyIsDeleted() throws {
        // Renaming a criterion renames its page: the old page goes, while the other
        // policies keep theirs, and the result is a cold build's.
        let work = try builtWorkTree()
        let old = work.appendingPathComponent("site/policies/bexley/cp/pre-proceedings-plan.html")
        XCTAssertTrue(FileManager.default.fileExists(atPath: old.path))
        let bexley = work.appendingPathComponent("content/policies/bexley/policy.md")
        try edit(bexley) { $0.replacingOccurrences(of: "### Pre-proceedings plan", with: "### Pre-proceedings plans") }
        let r = try cli.run(["build", "--incremental", "--output", "site"], in: work)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("3 unchanged policies keep their pages"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: old.path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: work.appendingPathComponent("site/policies/bexley/cp/pre-proceedings-plans.html").path))
        try assertMatchesAColdBuild(work)
    }

    /// The incremental output, less the caches, equals a cold build of the same content.
    func assertMatchesAColdBuild(_ work: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try cli.run(["build", "--output", "cold"], in: work).status, 0, file: file, line: line)
        let incremental = try cli.snapshot(work.appendingPathComponent("site")).filter { !$0.key.contains(".policyguide-cache") }
        let cold = try cli.snapshot(work.appendingPathComponent("cold"))
        XCTAssertEqual(incremental.keys.sorted(), cold.keys.sorted(), file: file, line: line)
        for (path, bytes) in cold { XCTAssertEqual(incremental[path], bytes, path, file: file, line: line) }
        // No folder left behind that a cold build would not make (a removed policy's folder).
        func folders(_ root: URL) throws -> [String] {
            try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { sub in
                var isDir: ObjCBool = false
                return FileManager.default.fileExists(atPath: root.appendingPathComponent(sub).path, isDirectory: &isDir) && isDir.boolValue
            }.sorted()
        }
        XCTAssertEqual(try folders(work.appendingPathComponent("site")), try folders(work.appendingPathComponent("cold")), file: file, line: line)
    }

    func testAnEditToWhatWholeSitePagesShowRebuildsThem() throws {
        // Appending prose changes no summary, so the home page, A–Z and others are kept; a
        // new title changes the summary, and every page that lists the policy is rebuilt.
        let work = try builtWorkTree()
        let file = work.appendingPathComponent("content/policies/bexley/policy.md")
        try appendSentence(to: file)
        let prose = try cli.run(["build", "--incremental", "--output", "site"], in: work)
        XCTAssertEqual(prose.status, 0, prose.stderr)
        XCTAssertTrue(prose.stderr.contains("the whole-site pages are kept"), prose.stderr)

        let text = try String(contentsOf: file, encoding: .utf8)
        let oldTitle = try XCTUnwrap(text.split(separator: "\n").first { $0.hasPrefix("title:") })
        try text.replacingOccurrences(of: String(oldTitle), with: "title: Escalation and resolution (retitled for the test)")
            .write(to: file, atomically: false, encoding: .utf8)
        let retitled = try cli.run(["build", "--incremental", "--output", "site"], in: work)
        XCTAssertEqual(retitled.status, 0, retitled.stderr)
        XCTAssertFalse(retitled.stderr.contains("the whole-site pages are kept"), retitled.stderr)
        XCTAssertTrue(try String(contentsOf: work.appendingPathComponent("site/index.html"), encoding: .utf8).contains("retitled for the test"))
        try assertMatchesAColdBuild(work)
    }

    func testABuildWithNothingToDoFinishesAnUpdateThatWasStopped() throws {
        // A rebuild killed while applying its journal left a staging folder behind. The next
        // build, even one with no content change, applies the journal before reading the
        // output's cache (which describes the output only once the journal is applied).
        let work = try builtWorkTree()
        let staging = work.appendingPathComponent(".site.building-99999")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        // Every staging folder is marked when it is made: only a marked one is ever touched.
        try FileManager.default.copyItem(at: work.appendingPathComponent("site/.policyguide-site"), to: staging.appendingPathComponent(".policyguide-site"))
        try "moved in by the journal".write(to: staging.appendingPathComponent("extra.html"), atomically: false, encoding: .utf8)
        try "m extra.html\nd checklists/all.html\n".write(to: staging.appendingPathComponent(".policyguide-journal"), atomically: false, encoding: .utf8)
        let r = try cli.run(["build", "--incremental", "--output", "site"], in: work)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: staging.path), "the staging folder was left")
        XCTAssertEqual(try String(contentsOf: work.appendingPathComponent("site/extra.html"), encoding: .utf8), "moved in by the journal")
        // The journal deleted a page the cache lists, so this build rebuilt it.
        XCTAssertTrue(FileManager.default.fileExists(atPath: work.appendingPathComponent("site/checklists/all.html").path))
    }

    func testARemovedPolicyLeavesNoTrace() throws {
        let work = try builtWorkTree()
        XCTAssertTrue(FileManager.default.fileExists(atPath: work.appendingPathComponent("site/policies/cumberland-westmorland-furness/index.html").path))
        try FileManager.default.removeItem(at: work.appendingPathComponent("content/policies/cumberland-westmorland-furness"))
        let r = try cli.run(["build", "--incremental", "--output", "site"], in: work)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent("site/policies/cumberland-westmorland-furness").path))
        try assertMatchesAColdBuild(work)
    }

    func testAPageDeletedByHandIsRestoredByTheNextEdit() throws {
        let work = try builtWorkTree()
        let page = work.appendingPathComponent("site/policies/northamptonshire/index.html")
        let original = try Data(contentsOf: page)
        try FileManager.default.removeItem(at: page)
        let file = work.appendingPathComponent("content/policies/bexley/policy.md")
        try appendSentence(to: file)
        let r = try cli.run(["build", "--incremental", "--output", "site"], in: work)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("2 unchanged policies keep their pages"), r.stderr)
        XCTAssertEqual(try Data(contentsOf: page), original)
        try assertMatchesAColdBuild(work)
    }

    func testAGlobalChangeRendersEveryPolicy() throws {
        let work = try builtWorkTree()
        let glossary = work.appendingPathComponent("content/glossary.yml")
        try (try String(contentsOf: glossary, encoding: .utf8).replacingOccurrences(of: "Independent Reviewing Officer", with: "Independent Reviewing Officer (IRO)"))
            .write(to: glossary, atomically: false, encoding: .utf8)
        let build = try cli.run(["build", "--incremental", "--output", "site"], in: work)
        XCTAssertEqual(build.status, 0, build.stderr)
        XCTAssertFalse(build.stderr.contains("keep their pages"), build.stderr)
        XCTAssertTrue(try String(contentsOf: work.appendingPathComponent("site/policies/bexley/index.html"), encoding: .utf8).contains("Independent Reviewing Officer (IRO)"))
    }
}
