import Foundation
import XCTest
import ContentLoading
import Escalation
import PolicyModel
@testable import SiteRendering

/// The picker's wording for every stage comes from one rendering per shape of filling, shared
/// across routes and policies, and is exactly what composing each stage gives; when the
/// template does anything to a value but print it, that shape is composed stage by stage.
final class RouteWordingsTests: XCTestCase {
    static let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("content")

    func model() throws -> ContentModel {
        try XCTUnwrap(ContentLoader(root: Self.content, displayRoot: "content").load().model)
    }

    /// A render context for the real content with `template` as the wording template, and
    /// Bexley's policy from it.
    func bexley(withTemplate template: String) throws -> (RenderContext, Policy) {
        var model = try model()
        model.wordingTemplate = template
        return (try RenderContext(model: model), try XCTUnwrap(model.policy("bexley")))
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

    func testEveryRealStageMatchesComposingItOnItsOwn() throws {
        let model = try model()
        let context = try RenderContext(model: model)
        var routes = 0
        for policy in model.policies {
            for route in policy.routes {
                let wordings = try RouteWordings.make(context: context, policy: policy, route: route)
                let composed = route.stages.isEmpty
                    ? [try context.composer.render(context.composer.context(for: EscalationRequest(
                        route: route, policy: policy, criteria: PickerWording.standIns(for: route), stage: nil)).context)]
                    : try composedOneByOne(context, policy, route)
                XCTAssertEqual(wordings.map(\.lines.count), composed.map { PickerWording(route: route, text: $0).lines.count }, route.qualifiedID)
                for (stageIndex, filling) in try contexts(context, policy, route).enumerated() {
                    XCTAssertEqual(context.wordingShapes.text(for: filling), composed[stageIndex], route.qualifiedID)
                }
                routes += 1
            }
        }
        XCTAssertGreaterThan(routes, 5)
        // Some shapes are shared by several stages: fewer renderings than stages.
        XCTAssertLessThan(context.wordingShapes.shapeCount, model.policies.flatMap(\.routes).map { max(1, $0.stages.count) }.reduce(0, +))
        XCTAssertEqual(context.wordingShapes.unsharedShapeCount, 0)
    }

    func testStagesOfDifferentPoliciesWithTheSameShapeShareOneRendering() throws {
        let model = try model()
        let context = try RenderContext(model: model)
        let bexley = try XCTUnwrap(model.policy("bexley"))
        let route = bexley.routes[0]
        let fillings = try contexts(context, bexley, route)
        XCTAssertGreaterThanOrEqual(fillings.count, 2)
        for f in fillings { _ = context.wordingShapes.text(for: f) }
        // Bexley's stages have the same entries; only their values differ.
        XCTAssertEqual(context.wordingShapes.shapeCount, 1)
        // A different value of the same shape (another title) is filled in, not re-rendered.
        var retitled = fillings[0]
        retitled["routeTitle"] = "Another route & more"
        let text = context.wordingShapes.text(for: retitled)
        XCTAssertEqual(context.wordingShapes.shapeCount, 1)
        XCTAssertEqual(text, context.composer.render(retitled))
        XCTAssertTrue(text.contains("ESCALATION: Another route & more"), text)
    }

    func testATemplateThatEscapesOrTransformsValuesIsComposedStageByStage() throws {
        // Bexley LAC's stages 1–4 share one shape and stage 5, an action, has its own; each
        // shape whose values the template transforms is composed stage by stage.
        for (template, unshared) in [
            ("{{% CONTENT_TYPE: HTML}}Stage: {{#stage}}{{name}} & {{officer}}{{/stage}}\n{{#criteria}}- {{title}}\n{{/criteria}}", 2),
            ("{{% CONTENT_TYPE: TEXT}}Stage: {{#stage}}{{uppercased(name)}}{{/stage}}\n{{#criteria}}- {{title}}\n{{/criteria}}", 2),
            ("{{% CONTENT_TYPE: TEXT}}{{#stage}}Stage {{order}}, next {{plusone(order)}}{{#even(order)}} (even){{/even(order)}}{{/stage}}\n{{#criteria}}- {{title}}\n{{/criteria}}", 2),
            ("{{% CONTENT_TYPE: TEXT}}Policy: {{lowercased(policyTitle)}}\n{{#criteria}}- {{title}}\n{{/criteria}}", 2),
        ] {
            let (context, policy) = try bexley(withTemplate: template)
            let route = policy.routes[1]
            let wordings = try RouteWordings.make(context: context, policy: policy, route: route)
            // Stages 1–4 share one shape; stage 5, an action, has its own (an action's lines).
            XCTAssertEqual(context.wordingShapes.unsharedShapeCount, unshared, template)
            XCTAssertEqual(wordings.map { $0.lines.map(\.text).joined(separator: "\n") + "\n" },
                           try composedOneByOne(context, policy, route).map { PickerWording(route: route, text: $0).lines.map(\.text).joined(separator: "\n") + "\n" })
        }
    }

    /// Tidying is done once per shape, before the values go in; values that would tidy
    /// differently (trailing spaces, a line made blank) must still come out as composing gives.
    func testValuesWithTrailingSpacesOrBlankAreComposedAsTidyingWould() throws {
        let composer = try WordingComposer(template: "{{% CONTENT_TYPE: TEXT}}\n\n{{#stage}}Officer: {{officer}}\n{{name}}\n\n\n{{/stage}}Route: {{routeTitle}}   \n\n")
        let shapes = WordingShapes(composer: composer)
        for (officer, name, title) in [("Head of service", "Stage 1", "Route A"), ("Head of service  ", "Stage 2", "Route B\t"),
                                       ("  ", "Stage 3", "Route C"), ("Director", " ", "R"), ("Director", "Stage 1", "")] {
            let filling: [String: Any] = ["stage": ["officer": officer, "name": name, "order": 1], "routeTitle": title]
            XCTAssertEqual(shapes.text(for: filling), composer.render(filling), "\(officer)|\(name)|\(title)")
        }
        XCTAssertGreaterThan(shapes.shapeCount, 1)
    }

    /// Tests and transforms the probes alone could pass (an even-only section, a section on
    /// an odd number, sorting a list of text) still give exactly what composing gives.
    func testNumberTestsAndListTransformsGiveWhatComposingGives() throws {
        for template in [
            "{{% CONTENT_TYPE: TEXT}}{{#stage}}Stage {{order}}{{#even(order)}} (even){{/even(order)}}{{/stage}}\n{{#criteria}}- {{title}}\n{{/criteria}}",
            "{{% CONTENT_TYPE: TEXT}}{{#stage}}Stage {{order}}{{^odd(order)}} (not odd){{/odd(order)}}{{/stage}}\n{{#criteria}}- {{title}}\n{{/criteria}}",
            "{{% CONTENT_TYPE: TEXT}}Due: {{sorted(due)}}\n{{#stage}}{{name}}{{/stage}}\n{{#criteria}}- {{title}}\n{{/criteria}}",
        ] {
            let (context, policy) = try bexley(withTemplate: template)
            for route in policy.routes {
                let wordings = try RouteWordings.make(context: context, policy: policy, route: route)
                let composed = try composedOneByOne(context, policy, route).map { PickerWording(route: route, text: $0) }
                XCTAssertEqual(wordings.map { $0.lines.map { Array($0.text.utf8) } }, composed.map { $0.lines.map { Array($0.text.utf8) } }, template)
            }
        }
    }

    /// A value written with a composed "é" at one stage and "e" plus a combining accent at
    /// another is the same String to Swift, but each stage's wording keeps its own bytes.
    func testEachStageKeepsItsOwnBytesForValuesThatLookTheSame() throws {
        var model = try model()
        let index = try XCTUnwrap(model.policies.firstIndex { $0.id == "bexley" })
        for s in model.policies[index].routes[0].stages.indices {
            model.policies[index].routes[0].stages[s].officer = s == 0 ? "Caf\u{E9} lead" : "Cafe\u{301} lead"
        }
        let context = try RenderContext(model: model)
        let policy = model.policies[index], route = policy.routes[0]
        XCTAssertGreaterThanOrEqual(route.stages.count, 2)
        let wordings = try RouteWordings.make(context: context, policy: policy, route: route)
        let composed = try composedOneByOne(context, policy, route).map { PickerWording(route: route, text: $0) }
        XCTAssertEqual(wordings.map { $0.lines.map { Array($0.text.utf8) } }, composed.map { $0.lines.map { Array($0.text.utf8) } })
    }
}
