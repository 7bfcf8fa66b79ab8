import Foundation
import XCTest
import ContentLoading
import Escalation
import PolicyModel
@testable import SiteRendering

/// The pages built from the shapes real policies take (fixture `shapes` of the ContentLoading
/// tests): the picker for a route with no criteria and for a route two raisers share, the
/// caveat of a table compiled from prose wherever the table is, and stage counts that never
/// count an informal stage or an action as a level.
final class StructurePagesTests: XCTestCase {
    static let model: ContentModel? = ContentLoader(
        root: SiteRendererTests.repository.appendingPathComponent("Tests/ContentLoadingTests/Fixtures/shapes", isDirectory: true),
        displayRoot: "content").load().model
    static let pages: Result<[Page], Error> = Result { try SiteRenderer(model: XCTUnwrap(model)).render() }

    private func page(_ path: String) throws -> String {
        try XCTUnwrap(try Self.pages.get().first { $0.path == path }, "no page \(path)").contents
    }

    func testTheShapesBuildIntoPages() throws {
        // Everything below reads the pages of one fixture built with no errors.
        XCTAssertNotNil(Self.model)
        XCTAssertFalse(try Self.pages.get().isEmpty)
    }

    func testAPickerForARouteWithNoCriteriaIsNoDeadEnd() throws {
        let html = try page("policies/protocol/partnership/index.html")
        XCTAssertTrue(html.contains("<form class=\"picker no-criteria\""), html)
        XCTAssertFalse(html.contains("Tick at least one criterion"), html)
        XCTAssertFalse(html.contains("class=\"crit\""), html)
        // The chosen stage's wording shows with no criterion ticked, with the placeholder.
        let css = try page(SitePath.stylesheet)
        XCTAssertTrue(css.contains(".picker.no-criteria:has(#ps-0:checked) #w-0 { display: block; }"), "no rule shows a no-criteria route's wording")
        let block = try XCTUnwrap(Picker.block(2, in: html))
        XCTAssertTrue(HTMLText.unescape(block).contains(WordingComposer.noCriteriaMarker), block)
    }

    func testAPickerOnASharedRouteOffersEachRaiserOnlyTheirItems() throws {
        let model = try XCTUnwrap(Self.model)
        let route = try XCTUnwrap(model.route("protocol/shared"))
        let policy = try XCTUnwrap(model.policy("protocol"))
        let html = try page("policies/protocol/shared/index.html")
        XCTAssertTrue(html.contains("<input type=\"radio\" id=\"pr-0\" name=\"raiser\" value=\"iro\" checked><label for=\"pr-0\">IRO</label>"), html)
        XCTAssertTrue(html.contains("<input type=\"radio\" id=\"pr-1\" name=\"raiser\" value=\"cp-chair\"><label for=\"pr-1\">CP Chair</label>"), html)
        // The "(LAC only)" criterion is hidden while CP Chair is chosen; the "(CP only)" one while IRO is.
        let pep = try XCTUnwrap(route.criteria.firstIndex { $0.id == "no-up-to-date-pep-lac-only" })
        let report = try XCTUnwrap(route.criteria.firstIndex { $0.id == "conference-report-not-shared-with-the-family-cp-only" })
        XCTAssertTrue(html.contains("<div class=\"choice not-r-1\"><input class=\"crit\" type=\"checkbox\" id=\"pc-\(pep)\""), html)
        XCTAssertTrue(html.contains("<div class=\"choice not-r-0\"><input class=\"crit\" type=\"checkbox\" id=\"pc-\(report)\""), html)
        XCTAssertTrue(try page(SitePath.stylesheet).contains(".picker:has(#pr-1:checked) .not-r-1 { display: none; }"))
        // Each raiser's blocks say exactly what `escalate --raiser` says; the IRO-only final
        // step and action are never in the CP Chair's.
        let composer = try WordingComposer(template: model.wordingTemplate)
        for (k, raiser) in route.raisedBy.enumerated() {
            for (j, stage) in route.stages.enumerated() {
                let block = try XCTUnwrap(Picker.block("w-\(k)-\(j)", in: html), "w-\(k)-\(j)")
                if raiser == .cpChair { XCTAssertFalse(block.contains("Cafcass") && stage.applies(to: .cpChair), "w-\(k)-\(j): \(block)") }
                for (i, c) in route.criteria.enumerated() where c.appliesTo.contains(raiser) && stage.applies(to: raiser) {
                    let expected = try composer.compose(EscalationRequest(route: route, policy: policy, criteria: [c], stage: stage, raiser: raiser)).text
                    XCTAssertEqual(Picker.visibleText(block, ticked: i), expected, "w-\(k)-\(j) \(c.id)")
                }
            }
        }
        // A criterion page gives wording only for the raisers the criterion is for.
        let criterion = try page("policies/protocol/shared/no-up-to-date-pep-lac-only.html")
        XCTAssertTrue(criterion.contains("Wording at Step 1 (IRO)"), criterion)
        XCTAssertFalse(criterion.contains("(CP Chair)</h2>"), criterion)
        XCTAssertTrue(criterion.contains("<p>Applies to: IRO only.</p>"), criterion)
    }

    func testATableCompiledFromProseSaysSoWhereverItIsShown() throws {
        for path in ["policies/protocol/partnership/index.html", "policies/protocol/index.html"] {
            XCTAssertTrue(try page(path).contains("<strong>Compiled from the policy's text:</strong> " + HTML.escape(Route.compiledCaveat)), path)
        }
        XCTAssertTrue(try page("policies/protocol/partnership/index.html").contains("drawn from a table compiled by PolicyGuide from the policy's text"))
        XCTAssertTrue(try page(SitePath.compare).contains("Professional disagreement</a><br><span class=\"tag\">Stages compiled from the policy's text</span>"))
        XCTAssertFalse(try page("policies/protocol/shared/index.html").contains("Compiled from the policy"), "only the compiled table carries the caveat")
    }

    func testStagesAreCountedAndShownByKind() throws {
        let home = try page(SitePath.home)
        XCTAssertTrue(home.contains("(raised by IRO and CP Chair; 4 formal stages, 1 informal stage and 1 action; 5 criteria)"), home)
        XCTAssertFalse(home.contains("6 stages"), home)
        let shared = try page("policies/protocol/shared/index.html")
        XCTAssertTrue(shared.contains("<th scope=\"row\">Informal<br><span class=\"hint\">Informal stage (not counted)</span></th>"), shared)
        XCTAssertTrue(shared.contains("<th scope=\"row\">Step 5<br><span class=\"hint\">Action the IRO may take (not a level)</span> <span class=\"tag\">IRO only</span></th><td>Action: Referral to Cafcass (IRO only)</td>"), shared)
        let partnership = try page("policies/protocol/partnership/index.html")
        XCTAssertTrue(partnership.contains("<td>Decided by: A panel member from neither agency</td>"), partnership)
        // A raiser's usual children are not put on a route the policy words otherwise.
        XCTAssertTrue(try page("policies/protocol/index.html").contains("<p>Raised by: IRO and CP Chair.</p>"))
    }
}
