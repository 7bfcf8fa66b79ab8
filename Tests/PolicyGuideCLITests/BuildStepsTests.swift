import Foundation
import XCTest

/// `build` reports its steps on stderr as `build: [i/n] step: … (ms)`, in order: load, check,
/// render, publish; an incremental build first plans and carries over. `--quiet` reports none.
final class BuildStepsTests: XCTestCase {
    let cli = PolicyGuideCLITests(name: "helpers", testClosure: { _ in })

    /// A temporary folder holding a copy of the real content.
    func workTree() throws -> URL {
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("pg-steps-\(UUID().uuidString)")
        addTeardownBlock { try? fm.removeItem(at: work) }
        try fm.createDirectory(at: work, withIntermediateDirectories: true)
        try fm.copyItem(at: URL(fileURLWithPath: PolicyGuideCLITests.realContent), to: work.appendingPathComponent("content"))
        return work
    }

    /// The step lines of a build's stderr, as "[i/n] step", checked to end with a time.
    func steps(_ stderr: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        stderr.split(separator: "\n").filter { $0.hasPrefix("build: [") }.map { text in
            XCTAssertNotNil(text.range(of: #"\(\d+ ms\)$"#, options: .regularExpression), "no time: \(text)", file: file, line: line)
            let step = text.dropFirst("build: ".count)
            return String(step[..<(step.firstIndex(of: ":") ?? step.endIndex)])
        }
    }

    func testABuildReportsLoadCheckRenderPublish() throws {
        let work = try workTree()
        let build = try cli.run(["build", "--output", "site"], in: work)
        XCTAssertEqual(build.status, 0, build.stderr)
        XCTAssertEqual(steps(build.stderr), ["[1/4] load", "[2/4] check", "[3/4] render", "[4/4] publish"], build.stderr)
        let quiet = try cli.run(["build", "--quiet", "--output", "site"], in: work)
        XCTAssertEqual(quiet.status, 0, quiet.stderr)
        XCTAssertFalse(quiet.stderr.contains("build: "), quiet.stderr)
    }

    func testAnIncrementalBuildPlansFirstAndARebuildCarriesOver() throws {
        let work = try workTree()
        let first = try cli.run(["build", "--incremental", "--output", "site"], in: work)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(steps(first.stderr), ["[1/5] plan", "[2/5] load", "[3/5] check", "[4/5] render", "[5/5] publish"], first.stderr)

        let unchanged = try cli.run(["build", "--incremental", "--output", "site"], in: work)
        XCTAssertEqual(unchanged.status, 0, unchanged.stderr)
        XCTAssertEqual(steps(unchanged.stderr), ["[1/1] plan"], unchanged.stderr)
        XCTAssertTrue(unchanged.stderr.contains("is up to date"), unchanged.stderr)

        let policy = work.appendingPathComponent("content/policies/bexley/policy.md")
        try (try String(contentsOf: policy, encoding: .utf8) + "\nAn added closing sentence.\n").write(to: policy, atomically: false, encoding: .utf8)
        let edited = try cli.run(["build", "--incremental", "--output", "site"], in: work)
        XCTAssertEqual(edited.status, 0, edited.stderr)
        XCTAssertEqual(steps(edited.stderr), ["[1/6] plan", "[2/6] carry over", "[3/6] load", "[4/6] check", "[5/6] render", "[6/6] publish"], edited.stderr)
        XCTAssertTrue(edited.stderr.contains("[2/6] carry over: 3 unchanged policies keep their pages"), edited.stderr)
    }
}
