import Foundation
import XCTest
import ContentLoading
import PolicyModel
@testable import Publishing
@testable import Rebuild
@testable import SiteBuild

/// The planner's answers after an incremental build of the real content: up to date while
/// nothing changed; after one policy is edited, a rebuild that reuses the other policies and
/// keeps their pages; and never up to date under --strict while the last build had warnings.
final class RebuildPlannerTests: XCTestCase {
    static let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("content")

    func testUpToDateUntilAnEditThenReusesTheOtherPolicies() throws {
        let work = try temporaryFolder("pg-planner")
        let content = work.appendingPathComponent("content"), output = work.appendingPathComponent("site")
        try FileManager.default.copyItem(at: Self.content, to: content)
        _ = try SiteBuilder(content: content, contentDisplay: "content", output: output, strict: false, incremental: true, progress: { _ in }).build()
        let planner = RebuildPlanner(content: content, contentDisplay: "content", output: output, strict: false)

        guard case .upToDate(let warnings) = planner.plan() else { return XCTFail("an unchanged folder was not up to date") }
        XCTAssertFalse(warnings.isEmpty, "the last build's warnings are not replayed")
        guard case .rebuild = RebuildPlanner(content: content, contentDisplay: "content", output: output, strict: true).plan() else {
            return XCTFail("--strict took a build with warnings as up to date")
        }

        let policy = content.appendingPathComponent("policies/bexley/policy.md")
        try (try String(contentsOf: policy, encoding: .utf8) + "\nAn added closing sentence.\n").write(to: policy, atomically: false, encoding: .utf8)
        guard case .rebuild(var planned) = planner.plan() else { return XCTFail("an edited policy was taken as up to date") }
        XCTAssertTrue(planned.hasPreviousBuild)
        try planned.carryOver(writer: AtomicSiteWriter(output: output))
        defer { planned.abandon() }
        let others = Set(try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("policies").path)
            .filter { $0 != "bexley" && !$0.hasPrefix(".") && $0 != "README.md" })
        XCTAssertEqual(planned.keptPolicies, others)
        XCTAssertEqual(Set(planned.reusing.keys), others)
        let model = try XCTUnwrap(ContentLoader(root: content, displayRoot: "content").read(alreadyLoaded: planned.reusing).model)
        XCTAssertEqual(planned.policiesToRender(in: model).map(\.id), ["bexley"])
        // A prose edit leaves every anchor as it was: the reused policies' links stand.
        XCTAssertEqual(planned.linksKnownGood(in: model), others)
    }
}
