import Foundation
import XCTest
import ContentLoading
import Escalation
import PolicyModel
@testable import SiteRendering

/// The picker's wording for every stage comes from one shared rendering when it can, and is
/// then exactly what composing each stage gives; when the template does anything to the stage
/// values but print them, every stage is composed instead.
final class RouteWordingsTests: XCTestCase {
    static let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("content")

    func model() throws -> ContentModel {
        try XCTUnwrap(ContentLoader(root: Self.content, displayRoot: "content").load().model)
    }

    /// Each stage composed on its own, as `policyguide escalate` would.
    func composedOneByOne(_ context: RenderContext, _ policy: Policy, _ route: Route) throws -> [String] {
        try route.stages.map { stage in
            try context.composer.render(context.composer.context(for: EscalationRequest(
                route: route, policy: policy, criteria: PickerWording.standIns(for: route), stage: stage)).context)
        }
    }

    func contexts(_ context: RenderContext, _ policy: Policy, _ route: Route) throws -> [[String: Any]] {
        try route.stages.map { try context.composer.context(for: EscalationRequest(
            route: route, policy: policy, criteria: PickerWording.standIns(for: route), stage: $0)).context }
    }

    func testRealRoutesShareOneRenderingAndMatchComposingEachStage() throws {
        let model = try model()
        let context = try RenderContext(model: model)
        var shared: [String] = []
        for policy in model.policies {
            for route in policy.routes where route.stages.count >= 3 {
                // Cumberland's stages differ in shape (only some carry a timescale note), so it
                // is composed stage by stage; the others share one rendering.
                if let texts = RouteWordings.sharedRendering(try contexts(context, policy, route), composer: context.composer) {
                    XCTAssertEqual(texts, try composedOneByOne(context, policy, route), route.qualifiedID)
                    shared.append(route.qualifiedID)
                }
                let wordings = try RouteWordings.make(context: context, policy: policy, route: route)
                XCTAssertEqual(wordings.map(\.lines.count), try composedOneByOne(context, policy, route).map { PickerWording(route: route, text: $0).lines.count })
            }
        }
        XCTAssertEqual(shared.sorted(), ["bexley/cp", "bexley/lac", "northamptonshire/iro-and-cp-chair"])
    }

    func testATemplateThatEscapesOrTransformsStageValuesIsComposedStageByStage() throws {
        var model = try model()
        for template in [
            "{{% CONTENT_TYPE: HTML}}Stage: {{#stage}}{{name}} & {{officer}}{{/stage}}\n{{#criteria}}- {{title}}\n{{/criteria}}",
            "{{% CONTENT_TYPE: TEXT}}Stage: {{#stage}}{{uppercased(name)}}{{/stage}}\n{{#criteria}}- {{title}}\n{{/criteria}}",
            "{{% CONTENT_TYPE: TEXT}}{{#stage}}Stage {{order}}, next {{plusone(order)}}{{#even(order)}} (even){{/even(order)}}{{/stage}}\n{{#criteria}}- {{title}}\n{{/criteria}}",
        ] {
            model.wordingTemplate = template
            let context = try RenderContext(model: model)
            let policy = try XCTUnwrap(model.policy("bexley"))
            let route = policy.routes[1]
            XCTAssertNil(RouteWordings.sharedRendering(try contexts(context, policy, route), composer: context.composer), template)
            let wordings = try RouteWordings.make(context: context, policy: policy, route: route)
            XCTAssertEqual(wordings.map { $0.lines.map(\.text).joined(separator: "\n") + "\n" },
                           try composedOneByOne(context, policy, route).map { PickerWording(route: route, text: $0).lines.map(\.text).joined(separator: "\n") + "\n" })
        }
    }
}
