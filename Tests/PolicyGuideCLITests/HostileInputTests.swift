import Foundation
import XCTest
import TestSupport

/// Issue 14: no input crashes or hangs `check` or `build`; each is reported as
/// `file:line:col: error:` with the count line and a non-zero exit, and the previous site is
/// left as it was. Every case runs the built binary in a subprocess.
final class HostileInputTests: XCTestCase {
    let cli = PolicyGuideCLITests(name: "helpers", testClosure: { _ in })
    let fm = FileManager.default

    /// A temporary folder with a copy of the real content, built once into `site/`.
    func builtWorkTree() throws -> URL {
        let work = try workFolder(withContent: Repository.content, "pg-hostile")
        XCTAssertEqual(try cli.run(["build", "--output", "site"], in: work).status, 0)
        return work
    }

    /// Runs policyguide in `work`, killing it if it is still running after two minutes (a
    /// hang then fails the test instead of stopping the suite).
    func run(_ arguments: [String], in work: URL) throws -> PolicyGuideCLITests.Run {
        let pid = Watchdog(seconds: 120)
        let result = try cli.run(arguments, in: work, started: { pid.watch($0) })
        XCTAssertFalse(pid.fired, "policyguide \(arguments.joined(separator: " ")) hung and was killed")
        return result
    }

    /// `check` and `build` on `work` both report exactly `expected` (then the count line),
    /// exit 1, and leave the site as it was.
    func assertRefused(_ work: URL, _ expected: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let before = try cli.snapshot(work.appendingPathComponent("site"))
        let check = try run(["check"], in: work)
        XCTAssertEqual(check.status, 1, check.stderr, file: file, line: line)
        let lines = check.stderr.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains(expected), check.stderr, file: file, line: line)
        XCTAssertEqual(lines.filter { $0.contains(": error: ") }.count, 1, check.stderr, file: file, line: line)
        XCTAssertTrue(check.stderr.contains("\n1 error, "), check.stderr, file: file, line: line)
        let build = try run(["build", "--output", "site"], in: work)
        XCTAssertEqual(build.status, 1, build.stderr, file: file, line: line)
        XCTAssertTrue(build.stderr.contains(expected + "\n"), build.stderr, file: file, line: line)
        XCTAssertTrue(build.stderr.contains("\n1 error, "), build.stderr, file: file, line: line)
        XCTAssertEqual(try cli.snapshot(work.appendingPathComponent("site")), before, file: file, line: line)
    }

    /// Adds a policy `content/policies/a-hostile/policy.md` holding `text`.
    func addPolicy(_ text: String, in work: URL) throws {
        let folder = work.appendingPathComponent("content/policies/a-hostile")
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: folder.appendingPathComponent("policy.md"))
    }

    func testAYAMLAliasBombIsRefusedPromptly() throws {
        let work = try builtWorkTree()
        var bomb = "extra:\n  - &a0 [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 { bomb += "  - &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n" }
        bomb += "? *a8\n: x\n"
        try addPolicy("---\n" + bomb + "---\n", in: work)
        try assertRefused(work, "content/policies/a-hostile/policy.md:7:10: error: the aliases (*name) here expand to more than 10000 values, the limit: write the values out instead of nesting aliases.")
    }

    /// A valid front matter for an added policy, with no routes.
    static let frontMatter = "---\nauthority: Hostile\ntitle: Hostile input\nsource: \"Test\"\nversion: \"1\"\nupdated: 2026-01\n---\n"

    func testThirtyThousandNestedListMarkersAreReportedNotACrash() throws {
        let work = try builtWorkTree()
        try addPolicy(Self.frontMatter + "\n" + String(repeating: "- ", count: 30_000) + "x\n", in: work)
        try assertRefused(work, "content/policies/a-hostile/policy.md:9:101: error: lists, quotes or emphasis are nested more than 100 levels deep here, the limit: flatten the structure.")
    }

    func testFiftyThousandNestedQuotesAreReportedNotACrash() throws {
        let work = try builtWorkTree()
        try addPolicy(Self.frontMatter + "\n" + String(repeating: "> ", count: 50_000) + "x\n", in: work)
        try assertRefused(work, "content/policies/a-hostile/policy.md:9:201: error: lists, quotes or emphasis are nested more than 100 levels deep here, the limit: flatten the structure.")
    }

    func testAnUnclosedSectionInTheWordingTemplateIsReportedAtItsOpeningTag() throws {
        let work = try builtWorkTree()
        let file = work.appendingPathComponent("content/wording/escalation.mustache")
        let text = try String(contentsOf: file, encoding: .utf8)
        // The line that opens {{#stage}} (at its start); its closing tag is removed.
        let opening = try XCTUnwrap(text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("{{#stage}}") }) + 1
        try text.replacingOccurrences(of: "{{/stage}}", with: "").write(to: file, atomically: false, encoding: .utf8)
        try assertRefused(work, "content/wording/escalation.mustache:\(opening):1: error: this section is never closed: add {{/stage}} where it ends (every {{#name}} or {{^name}} needs one).")
        let build = try run(["build", "--output", "site"], in: work)
        XCTAssertFalse(build.stderr.contains("error: content/"), "'error:' twice: \(build.stderr)")
    }

    func testPrivateUseCharactersInContentAreRefused() throws {
        let work = try builtWorkTree()
        try addPolicy(Self.frontMatter + "\nA line with \u{E000}v0\u{E001} in it.\n", in: work)
        try assertRefused(work, "content/policies/a-hostile/policy.md:9:13: error: this is the private-use character U+E000, which PolicyGuide reserves for its own markers (it would change what the escalation picker shows): delete it, or write what it stands for in ordinary characters.")
    }

    func testControlCharactersInDiagnosticsArePrintedEscaped() throws {
        let work = try builtWorkTree()
        // Entities decode to ESC, CR and LF inside the link's destination, which the
        // broken-link error quotes: unescaped, it printed a forged error line and "0 errors".
        try addPolicy(Self.frontMatter + "\n[see](<nowhere&#27;[2K&#13;&#10;content/ok.md:1:1: error: forged&#10;0 errors, 0 warnings>)\n", in: work)
        let check = try run(["check"], in: work)
        XCTAssertEqual(check.status, 1, check.stderr)
        XCTAssertFalse(check.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, check.stderr)
        let lines = check.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.filter { $0.contains(": error: ") }.count, 1, check.stderr)
        XCTAssertEqual(lines.filter { $0.hasPrefix("0 errors") }.count, 0, check.stderr)
        XCTAssertTrue(check.stderr.contains("nowhere\\u{1B}[2K\\u{D}\\u{A}content/ok.md:1:1: error: forged\\u{A}0 errors"), check.stderr)
    }

    func testTooFewFileDescriptorsAreReportedAsSuchNotACrash() throws {
        let work = try builtWorkTree()
        let before = try cli.snapshot(work.appendingPathComponent("site"))
        for limit in [5, 6, 7] {
            for command in ["check", "build --output site"] {
                // The shell sets the limit (soft and hard) for the binary it then becomes.
                let r = try cli.runShell("ulimit -n \(limit) && exec '\(PolicyGuideCLITests.binary.path)' \(command)", in: work)
                XCTAssertEqual(r.status, 1, "ulimit -n \(limit), \(command): \(r.stderr)")
                XCTAssertEqual(r.stderr, "error: too many open files: the limit on open files (ulimit -n) is \(limit), and policyguide needs at least 64. Raise it (ulimit -n 1024) and run again.\n")
            }
        }
        XCTAssertEqual(try cli.snapshot(work.appendingPathComponent("site")), before)
    }

    func testALowSoftLimitIsRaisedAndTheBuildSucceeds() throws {
        let work = try builtWorkTree()
        let r = try cli.runShell("ulimit -Sn 5 && exec '\(PolicyGuideCLITests.binary.path)' build --output site", in: work)
        XCTAssertEqual(r.status, 0, r.stderr)
    }

    func testAContentFileOverTheSizeLimitIsRefusedUnread() throws {
        let work = try builtWorkTree()
        // A 50 MB field took 6.2 GB of memory and output before any limit.
        try addPolicy(Self.frontMatter.replacingOccurrences(of: "authority: Hostile", with: "authority: " + String(repeating: "x", count: 9 * 1_048_576)), in: work)
        try assertRefused(work, "content/policies/a-hostile/policy.md:1:1: error: this file is over 8 MiB, the limit for one content file: split it, or remove what is not policy text.")
    }

    func testAFrontMatterFieldOverTheSizeLimitIsRefusedAtTheField() throws {
        let work = try builtWorkTree()
        try addPolicy(Self.frontMatter.replacingOccurrences(of: "authority: Hostile", with: "authority: " + String(repeating: "x", count: 70 * 1024)), in: work)
        try assertRefused(work, "content/policies/a-hostile/policy.md:2:12: error: this value is 70 KiB, over the 64 KiB limit for one field: keep long text in the Markdown body, not in a field.")
    }

    func testDeeplyNestedTemplateSectionsAreReportedNotACrash() throws {
        let work = try builtWorkTree()
        let file = work.appendingPathComponent("content/wording/escalation.mustache")
        try (String(repeating: "{{#a}}", count: 50_000) + "x" + String(repeating: "{{/a}}", count: 50_000)).write(to: file, atomically: false, encoding: .utf8)
        try assertRefused(work, "content/wording/escalation.mustache:1:301: error: sections are nested more than 50 deep here, the limit: close some before opening more.")
    }

    func testATableRowWithTwentyThousandCellsIsRefusedPromptly() throws {
        let work = try builtWorkTree()
        let row = "|" + String(repeating: " a |", count: 20_000)
        try addPolicy(Self.frontMatter + "\n" + row + "\n|" + String(repeating: "---|", count: 20_000) + "\n", in: work)
        try assertRefused(work, "content/policies/a-hostile/policy.md:9:261: error: this line has more than 64 table cells ('|' separators), the limit: split the table, or write a '|' in text as '\\|'.")
    }
}

/// Kills a started process if it is still running after a while.
final class Watchdog: @unchecked Sendable {
    private let seconds: Int
    private let lock = NSLock()
    private var didFire = false
    var fired: Bool { lock.lock(); defer { lock.unlock() }; return didFire }

    init(seconds: Int) { self.seconds = seconds }

    func watch(_ process: Process) {
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(seconds)) { [self] in
            guard process.isRunning else { return }
            lock.lock(); didFire = true; lock.unlock()
            process.terminate()
            kill(process.processIdentifier, SIGKILL)
        }
    }
}
