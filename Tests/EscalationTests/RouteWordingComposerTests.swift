import Foundation
import XCTest
import PolicyModel
@testable import Escalation

/// The picker's wording for every stage comes from one rendering per shape of filling, shared
/// across routes and policies, and is exactly what composing each stage gives; when the
/// template does anything to a value but print it, that shape is composed stage by stage.
final class RouteWordingComposerTests: XCTestCase {
    func model() throws -> ContentModel { try RealContent.model() }

    /// A route wording composer with `template` as the wording template, and Bexley's policy.
    func bexley(withTemplate template: String) throws -> (RouteWordingComposer, Policy) {
        let model = try model()
        return (RouteWordingComposer(composer: try WordingComposer(template: template)), try XCTUnwrap(model.policy("bexley")))
    }

    func composer(for model: ContentModel) throws -> RouteWordingComposer {
        RouteWordingComposer(composer: try WordingComposer(template: model.wordingTemplate))
    }

    /// Each stage composed on its own, as `policyguide escalate` would, as text.
    func composedOneByOne(_ wordings: RouteWordingComposer, _ policy: Policy, _ route: Route) throws -> [String] {
        try route.stages.map { stage in
            try wordings.composer.render(wordings.composer.context(for: EscalationRequest(
                route: route, policy: policy, criteria: WordingMarkers.standIns(for: route), stage: stage)).context)
        }
    }

    /// `text`, composed with every criterion as a marker, in lines with the criteria put back.
    func lines(_ text: String, _ route: Route) -> [WordingLine] {
        WordingMarkers.lines(of: text, WordingMarkers.replacements(for: route))
    }

    func contexts(_ wordings: RouteWordingComposer, _ policy: Policy, _ route: Route) throws -> [[String: Any]] {
        try route.stages.map { try wordings.composer.context(for: EscalationRequest(
            route: route, policy: policy, criteria: WordingMarkers.standIns(for: route), stage: $0)).context }
    }

    func testEveryRealStageMatchesComposingItOnItsOwn() throws {
        let model = try model()
        let wordings = try composer(for: model)
        // Its own composer, so the shapes counted below are those of `wordings` alone.
        let perRaiser = try composer(for: model)
        var routes = 0
        for policy in model.policies {
            for route in policy.routes {
                for raiser in RouteWordingComposer.raisers(of: route) {
                    let made = try perRaiser.wordings(policy: policy, route: route, raiser: raiser)
                    XCTAssertEqual(made, try perRaiser.wordingsComposedOneByOne(policy: policy, route: route, raiser: raiser), route.qualifiedID)
                }
                let made = try wordings.wordings(policy: policy, route: route)
                let composed = route.stages.isEmpty
                    ? [try wordings.composer.render(wordings.composer.context(for: EscalationRequest(
                        route: route, policy: policy, criteria: WordingMarkers.standIns(for: route), stage: nil)).context)]
                    : try composedOneByOne(wordings, policy, route)
                XCTAssertEqual(made.map(\.lines.count), composed.map { lines($0, route).count }, route.qualifiedID)
                for (stageIndex, filling) in try contexts(wordings, policy, route).enumerated() {
                    XCTAssertEqual(wordings.shapes.text(for: filling), composed[stageIndex], route.qualifiedID)
                }
                routes += 1
            }
        }
        XCTAssertGreaterThan(routes, 5)
        // Some shapes are shared by several stages: fewer renderings than stages.
        XCTAssertLessThan(wordings.shapes.shapeCount, model.policies.flatMap(\.routes).map { max(1, $0.stages.count) }.reduce(0, +))
        XCTAssertEqual(wordings.shapes.unsharedShapeCount, 0)
    }

    /// Keeping one criterion's lines gives what `escalate` composes for that criterion alone.
    func testEachCriterionsLinesAreWhatComposingForItAloneGives() throws {
        let model = try model()
        let wordings = try composer(for: model)
        var checked = 0
        for policy in model.policies {
            for route in policy.routes {
                for raiser in RouteWordingComposer.raisers(of: route) {
                    for stage in try wordings.wordings(policy: policy, route: route, raiser: raiser) {
                        for (i, criterion) in route.criteria.enumerated() where raiser == nil || criterion.appliesTo.contains(raiser!) {
                            let alone = try wordings.composer.compose(EscalationRequest(route: route, policy: policy, criteria: [criterion],
                                                                                        stage: stage.stage, raiser: raiser)).text
                            XCTAssertEqual(stage.text(for: i), alone, "\(route.qualifiedID) \(stage.stage?.id ?? "-") \(criterion.id)")
                            checked += 1
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(checked, 50)
    }

    func testStagesOfDifferentPoliciesWithTheSameShapeShareOneRendering() throws {
        let model = try model()
        let wordings = try composer(for: model)
        let bexley = try XCTUnwrap(model.policy("bexley"))
        let route = bexley.routes[0]
        let fillings = try contexts(wordings, bexley, route)
        XCTAssertGreaterThanOrEqual(fillings.count, 2)
        for f in fillings { _ = wordings.shapes.text(for: f) }
        // Bexley's stages have the same entries; only their values differ.
        XCTAssertEqual(wordings.shapes.shapeCount, 1)
        // A different value of the same shape (another title) is filled in, not re-rendered.
        var retitled = fillings[0]
        retitled["routeTitle"] = "Another route & more"
        let text = wordings.shapes.text(for: retitled)
        XCTAssertEqual(wordings.shapes.shapeCount, 1)
        XCTAssertEqual(text, wordings.composer.render(retitled))
        XCTAssertTrue(text.contains("ESCALATION: Another route & more"), text)
    }

    /// A line the same at every stage of one shape is kept once for the route, so the site
    /// escapes it once; the stages still read their own lines in order.
    func testLinesTheSameAtSeveralStagesAreKeptOnce() throws {
        let model = try model()
        let bexley = try XCTUnwrap(model.policy("bexley"))
        let route = bexley.routes[0]
        let wording = try composer(for: model).wording(policy: bexley, route: route)
        let shown = wording.stageLines.map(\.count).reduce(0, +)
        XCTAssertGreaterThanOrEqual(route.stages.count, 2)
        XCTAssertLessThan(wording.lines.count, shown / 2, "most lines are shared by Bexley's stages")
        XCTAssertEqual(wording.stageWordings, try composer(for: model).wordingsComposedOneByOne(policy: bexley, route: route))
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
            let (wordings, policy) = try bexley(withTemplate: template)
            let route = policy.routes[1]
            let made = try wordings.wordings(policy: policy, route: route)
            // Stages 1–4 share one shape; stage 5, an action, has its own (an action's lines).
            XCTAssertEqual(wordings.shapes.unsharedShapeCount, unshared, template)
            XCTAssertEqual(made.map { $0.lines.map(\.text).joined(separator: "\n") + "\n" },
                           try composedOneByOne(wordings, policy, route).map { lines($0, route).map(\.text).joined(separator: "\n") + "\n" })
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
            let (wordings, policy) = try bexley(withTemplate: template)
            for route in policy.routes {
                let made = try wordings.wordings(policy: policy, route: route)
                let composed = try composedOneByOne(wordings, policy, route).map { lines($0, route) }
                XCTAssertEqual(made.map { $0.lines.map { Array($0.text.utf8) } }, composed.map { $0.map { Array($0.text.utf8) } }, template)
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
        let wordings = try composer(for: model)
        let policy = model.policies[index], route = policy.routes[0]
        XCTAssertGreaterThanOrEqual(route.stages.count, 2)
        let made = try wordings.wordings(policy: policy, route: route)
        let composed = try composedOneByOne(wordings, policy, route).map { lines($0, route) }
        XCTAssertEqual(made.map { $0.lines.map { Array($0.text.utf8) } }, composed.map { $0.map { Array($0.text.utf8) } })
    }
}
