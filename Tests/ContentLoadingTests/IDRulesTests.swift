import Foundation
import XCTest
import ContentLoading
import PolicyModel
import TestSupport

/// Every id an author writes becomes part of a page's path under `site/`: a policy folder's
/// name, a route id, a checklist's file name. Each rule is tried on a copy of the valid fixture
/// with ids it must accept and ids it must refuse (a refused id is one clear error, and the
/// policy, route or checklist is left out of the model).
final class IDRulesTests: XCTestCase {
    /// Loads the valid fixture after `change` has edited its copy.
    private func load(_ change: (URL) throws -> Void) throws -> LoadResult {
        let temp = try workFolder(withContent: Fixtures.tree("valid"))
        let root = temp.appendingPathComponent("content", isDirectory: true)
        try change(root)
        return ContentLoader(root: root, displayRoot: "content").load()
    }

    private func errors(_ result: LoadResult) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map(\.description)
    }

    // MARK: route ids

    private func withRouteID(_ id: String) throws -> LoadResult {
        try load { root in
            let file = root.appendingPathComponent("policies/example/policy.md")
            let text = try String(contentsOf: file, encoding: .utf8)
            XCTAssertTrue(text.contains("  - id: lac\n"))
            try text.replacingOccurrences(of: "  - id: lac\n", with: "  - id: \"\(id)\"\n").write(to: file, atomically: true, encoding: .utf8)
        }
    }

    func testRouteIDsAccepted() throws {
        for id in ["lac", "iro-and-cp-chair", "2", "route-2b"] {
            let result = try withRouteID(id)
            XCTAssertEqual(errors(result), [], id)
            XCTAssertEqual(result.model?.routes.map(\.qualifiedID), ["example/\(id)"], id)
        }
    }

    func testRouteIDsRefused() throws {
        // `..` is the dangerous one: a route's pages go in site/policies/<policy>/<route>/,
        // so it would write criterion pages into site/policies/.
        for id in ["..", ".", "la.c", "../lac", "lac/x", "LAC", "la_c", "-lac", "lac-", "la--c", "index", "café", String(repeating: "r", count: 81)] {
            let result = try withRouteID(id)
            XCTAssertEqual(errors(result), ["content/policies/example/policy.md:8:5: error: route id '\(id)' is not a valid id: use lower-case letters, digits and hyphens (e.g. 'lac')."], id)
            XCTAssertTrue(result.hasErrors, id)
        }
    }

    // MARK: policy folder names

    private func withPolicyFolder(_ name: String) throws -> LoadResult {
        try load { root in
            let policies = root.appendingPathComponent("policies")
            try FileManager.default.moveItem(at: policies.appendingPathComponent("example"), to: policies.appendingPathComponent(name))
            // The checklist's source link names the policy: keep it pointing at the new folder.
            let checklist = root.appendingPathComponent("checklists/one.md")
            try (try String(contentsOf: checklist, encoding: .utf8)).replacingOccurrences(of: "policies/example/", with: "policies/\(name)/")
                .write(to: checklist, atomically: true, encoding: .utf8)
        }
    }

    func testPolicyFolderNamesAccepted() throws {
        for name in ["example-2", "bexley-2018", "a", "cumberland-westmorland-furness"] {
            let result = try withPolicyFolder(name)
            XCTAssertEqual(errors(result), [], name)
            XCTAssertEqual(result.model?.policies.map(\.id), [name], name)
        }
    }

    func testPolicyFolderNamesRefused() throws {
        for name in ["ex.ample", "example.", "e.x.a", "Example", "ex_ample", "ex ample", "ex--ample", "-example", "index", "nul"] {
            let result = try withPolicyFolder(name)
            XCTAssertTrue(errors(result).contains("content/policies/\(name):1:1: error: policy folder name '\(name)' is not a valid id: use lower-case letters, digits and hyphens only (it becomes part of every page address)."),
                          "\(name): " + errors(result).joined(separator: "\n"))
            XCTAssertNil(result.model?.policy(name), name)
        }
    }

    // MARK: checklist file names

    private func withChecklistFile(_ name: String) throws -> LoadResult {
        try load { root in
            let checklists = root.appendingPathComponent("checklists")
            try FileManager.default.moveItem(at: checklists.appendingPathComponent("one.md"), to: checklists.appendingPathComponent(name))
        }
    }

    func testChecklistFileNamesAccepted() throws {
        for name in ["two.md", "review-triggers.md", "2.md", "all-in-one.md"] {
            let result = try withChecklistFile(name)
            XCTAssertEqual(errors(result), [], name)
            XCTAssertEqual(result.model?.checklists.map(\.id), [String(name.dropLast(3))], name)
        }
    }

    func testChecklistFileNamesRefused() throws {
        // `all` and `index` are pages of their own in site/checklists/.
        for name in ["all.md", "index.md", "one..md", "o.ne.md", "One.md", "one_two.md", "-one.md", "one--two.md", "con.md"] {
            let result = try withChecklistFile(name)
            XCTAssertEqual(errors(result), ["content/checklists/\(name):1:1: error: checklist file name '\(name)' is not a valid id: use lower-case letters, digits and hyphens only, and not 'index' or 'all' (those pages exist already)."], name)
            XCTAssertEqual(result.model?.checklists.map(\.id) ?? [], [], name)
        }
    }

    // MARK: criterion ids (from titles)

    private func withCriterionTitle(_ title: String) throws -> LoadResult {
        try load { root in
            let file = root.appendingPathComponent("policies/example/policy.md")
            let text = try String(contentsOf: file, encoding: .utf8)
            XCTAssertTrue(text.contains("### Allocation of social worker\n"))
            try text.replacingOccurrences(of: "### Allocation of social worker\n", with: "### \(title)\n").write(to: file, atomically: true, encoding: .utf8)
        }
    }

    func testCriterionTitlesGivingUsableIDs() throws {
        for (title, id) in [("Index of needs", "index-of-needs"), ("Con artists", "con-artists"), ("../../etc/passwd", "etc-passwd"), ("COM1 port", "com1-port")] {
            let result = try withCriterionTitle(title)
            XCTAssertEqual(errors(result), [], title)
            XCTAssertEqual(result.model?.route("example/lac")?.criteria.first?.id, id, title)
        }
    }

    func testCriterionTitlesGivingReservedIDsRefused() throws {
        // A criterion's page is <route>/<id>.html: "index" would replace the route's own page.
        for (title, id) in [("Index", "index"), ("CON", "con"), ("Nul", "nul"), ("COM1", "com1")] {
            let result = try withCriterionTitle(title)
            XCTAssertEqual(errors(result), ["content/policies/example/policy.md:28:1: error: criterion title '\(title)' gives the reserved id '\(id)' (it would clash with a page or a device name): make the title more specific."], title)
        }
    }
}
