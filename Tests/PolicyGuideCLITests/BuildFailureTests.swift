import Foundation
import XCTest
import TestSupport

/// Every way `build` can fail after a good build, cold and `--incremental`: content errors,
/// warnings under `--strict`, a wording template that does not parse, a write that fails
/// part-way (the file size limit). Each must exit 1, say why, leave the previous site
/// byte-identical (its caches included) and leave nothing beside it: no staging folder, no
/// retired copy. The fixture is the small valid content tree, so each case is quick.
final class BuildFailureTests: XCTestCase {
    let cli = PolicyGuideCLITests(name: "helpers", testClosure: { _ in })
    static let validContent = Repository.fixture("valid")

    /// A work folder with the valid fixture as `content/`, built once into `site/`.
    func builtWorkTree(incremental: Bool) throws -> URL {
        let work = try workFolder(withContent: Self.validContent, "pg-fail")
        let first = try cli.run(["build", "--quiet", "--output", "site"] + (incremental ? ["--incremental"] : []), in: work)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(first.stderr, "")
        return work
    }

    func edit(_ work: URL, _ path: String, _ change: (String) -> String) throws {
        let file = work.appendingPathComponent("content").appendingPathComponent(path)
        try change(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
    }

    /// Builds after `breakIt`, through `/bin/sh` with `shellPrefix` (for limits), and checks
    /// the failure left the site and its folder exactly as they were. Returns stderr.
    @discardableResult
    func assertFailedBuildLeavesTheSite(incremental: Bool, arguments: [String] = [], shellPrefix: String? = nil,
                                        breakIt: (URL) throws -> Void, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let work = try builtWorkTree(incremental: incremental)
        let site = work.appendingPathComponent("site")
        let before = try cli.snapshot(site)
        XCTAssertNotNil(before["index.html"], file: file, line: line)
        XCTAssertEqual(before[".policyguide-cache"] != nil, incremental, "the first build's cache", file: file, line: line)
        try breakIt(work)
        let args = ["build", "--output", "site"] + (incremental ? ["--incremental"] : []) + arguments
        let r: PolicyGuideCLITests.Run
        if let shellPrefix {
            let quoted = ([PolicyGuideCLITests.binary.path] + args).map { "'\($0)'" }.joined(separator: " ")
            r = try cli.runShell("\(shellPrefix); exec \(quoted)", in: work)
        } else {
            r = try cli.run(args, in: work)
        }
        XCTAssertEqual(r.status, 1, r.stderr, file: file, line: line)
        XCTAssertEqual(r.stdout, "", file: file, line: line)
        let after = try cli.snapshot(site)
        XCTAssertEqual(after.keys.sorted(), before.keys.sorted(), "the failed build added or removed files", file: file, line: line)
        for (path, bytes) in before where after[path] != bytes { XCTFail("the failed build changed \(path)", file: file, line: line) }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path).sorted(), ["content", "site"],
                       "the failed build left something beside the site", file: file, line: line)
        // And the next good build still works on top of what was left.
        return r.stderr
    }

    // MARK: content errors

    func breakALink(_ work: URL) throws {
        try edit(work, "policies/example/policy.md") { $0 + "\nSee [nowhere](../nowhere/policy.md).\n" }
    }

    func testContentErrorInAColdBuild() throws {
        let stderr = try assertFailedBuildLeavesTheSite(incremental: false, breakIt: breakALink)
        XCTAssertTrue(stderr.hasSuffix("content/policies/example/policy.md:39:5: error: broken link: no policy 'nowhere'. Policies: example.\n1 error, 0 warnings\nerror: build stopped: 1 error in content; the previous site was left as it was.\n"), stderr)
    }

    func testContentErrorInAnIncrementalBuild() throws {
        // The rebuild makes its staging folder before loading content: it must go too.
        let stderr = try assertFailedBuildLeavesTheSite(incremental: true, breakIt: breakALink)
        XCTAssertTrue(stderr.hasSuffix("\n1 error, 0 warnings\nerror: build stopped: 1 error in content; the previous site was left as it was.\n"), stderr)
    }

    func testAnErrorOutsidePoliciesInAnIncrementalBuild() throws {
        // A broken checklist: every policy is unchanged, so their pages would be carried over.
        let stderr = try assertFailedBuildLeavesTheSite(incremental: true) { work in
            try self.edit(work, "checklists/one.md") { $0 + "\n- [ ] Another ([Nowhere](../policies/nowhere/policy.md))\n" }
        }
        XCTAssertTrue(stderr.contains("content/checklists/one.md:12:1: error: broken link: no policy 'nowhere'."), stderr)
    }

    func testARouteIDThatIsAPathStepIsRefused() throws {
        // With '..' as a route id, criterion pages would be written to site/policies/.
        for incremental in [false, true] {
            let stderr = try assertFailedBuildLeavesTheSite(incremental: incremental, arguments: ["--quiet"]) { work in
                try self.edit(work, "policies/example/policy.md") { $0.replacingOccurrences(of: "  - id: lac\n", with: "  - id: \"..\"\n") }
            }
            XCTAssertEqual(stderr, "content/policies/example/policy.md:8:5: error: route id '..' is not a valid id: use lower-case letters, digits and hyphens (e.g. 'lac').\n1 error, 0 warnings\nerror: build stopped: 1 error in content; the previous site was left as it was.\n")
        }
    }

    // MARK: warnings under --strict

    func addRawHTML(_ work: URL) throws {
        try edit(work, "policies/example/policy.md") { $0 + "\n<div>raw</div>\n" }
    }

    func testStrictWarningInAColdBuild() throws {
        let stderr = try assertFailedBuildLeavesTheSite(incremental: false, arguments: ["--strict", "--quiet"], breakIt: addRawHTML)
        XCTAssertEqual(stderr, "content/policies/example/policy.md:39:1: error: raw HTML is never published and has been dropped: write Markdown instead (e.g. **bold**, [link](…)).\n1 error, 0 warnings\nerror: build stopped: 1 error in content; the previous site was left as it was.\n")
    }

    func testStrictWarningInAnIncrementalBuild() throws {
        let stderr = try assertFailedBuildLeavesTheSite(incremental: true, arguments: ["--strict", "--quiet"], breakIt: addRawHTML)
        XCTAssertTrue(stderr.hasSuffix("\n1 error, 0 warnings\nerror: build stopped: 1 error in content; the previous site was left as it was.\n"), stderr)
    }

    // MARK: template errors

    func breakTheTemplate(_ work: URL) throws {
        try edit(work, "wording/escalation.mustache") { $0 + "{{#criteria}}never closed\n" }
    }

    func testTemplateErrorInAColdBuild() throws {
        let stderr = try assertFailedBuildLeavesTheSite(incremental: false, breakIt: breakTheTemplate)
        XCTAssertTrue(stderr.contains("content/wording/escalation.mustache:"), stderr)
    }

    func testTemplateErrorInAnIncrementalBuild() throws {
        let stderr = try assertFailedBuildLeavesTheSite(incremental: true, breakIt: breakTheTemplate)
        XCTAssertTrue(stderr.contains("content/wording/escalation.mustache:"), stderr)
    }

    // MARK: I/O errors

    /// Files may grow to 8 KB (16 blocks of 512 bytes) and SIGXFSZ is ignored, so the first
    /// larger page (style.css, a policy page) fails to write with EFBIG, as on a full disk.
    static let smallFiles = "ulimit -f 16; trap '' XFSZ"
    /// 1 KB: the valid fixture's pages are small, and a rebuild writes only the changed ones.
    static let tinyFiles = "ulimit -f 2; trap '' XFSZ"

    func testAWriteFailingPartWayInAColdBuild() throws {
        let stderr = try assertFailedBuildLeavesTheSite(incremental: false, shellPrefix: Self.smallFiles) { work in
            try self.edit(work, "policies/example/policy.md") { $0 + "\nAn added sentence.\n" }
        }
        XCTAssertTrue(stderr.contains("error: could not write the site: cannot write "), stderr)
        XCTAssertTrue(stderr.hasSuffix(": File too large. The previous site was left as it was.\n"), stderr)
    }

    func testAWriteFailingPartWayInAnIncrementalBuild() throws {
        // Only the edited policy's pages are written: the policy page is the large one.
        let stderr = try assertFailedBuildLeavesTheSite(incremental: true, shellPrefix: Self.tinyFiles) { work in
            try self.edit(work, "policies/example/policy.md") { $0 + "\nAn added sentence.\n" }
        }
        XCTAssertTrue(stderr.contains("error: could not write the site: cannot write "), stderr)
        XCTAssertTrue(stderr.hasSuffix(": File too large. The previous site was left as it was.\n"), stderr)
    }

    func testAnOutputWhoseParentIsAFile() throws {
        // The output's parent cannot be made: nothing is written anywhere, the file is untouched.
        let work = try builtWorkTree(incremental: false)
        try "not a folder".write(to: work.appendingPathComponent("blocker"), atomically: true, encoding: .utf8)
        for incremental in [false, true] {
            let r = try cli.run(["build", "--output", "blocker/site"] + (incremental ? ["--incremental"] : []), in: work)
            XCTAssertEqual(r.status, 1, r.stderr)
            XCTAssertTrue(r.stderr.hasPrefix("error: could not write the site: "), r.stderr)
            XCTAssertTrue(r.stderr.hasSuffix(" The previous site was left as it was.\n"), r.stderr)
            XCTAssertEqual(try String(contentsOf: work.appendingPathComponent("blocker"), encoding: .utf8), "not a folder")
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path).sorted(), ["blocker", "content", "site"])
        }
    }

    func testTheNextGoodBuildAfterAFailureSucceeds() throws {
        // A failed incremental rebuild leaves the cache describing the site as it is: fixing
        // the content and building again gives exactly a cold build's pages.
        let work = try builtWorkTree(incremental: true)
        try breakALink(work)
        XCTAssertEqual(try cli.run(["build", "--incremental", "--quiet", "--output", "site"], in: work).status, 1)
        try edit(work, "policies/example/policy.md") { $0.replacingOccurrences(of: "../nowhere/policy.md", with: "../example/policy.md") }
        let fixed = try cli.run(["build", "--incremental", "--quiet", "--output", "site"], in: work)
        XCTAssertEqual(fixed.status, 0, fixed.stderr)
        XCTAssertEqual(try cli.run(["build", "--quiet", "--output", "cold"], in: work).status, 0)
        let incremental = try cli.snapshot(work.appendingPathComponent("site")).filter { !$0.key.hasPrefix(".policyguide-cache") }
        XCTAssertEqual(incremental, try cli.snapshot(work.appendingPathComponent("cold")))
    }
}
