import PolicyModel

/// Composes a route's wording at every stage, for every criterion at once: what the site's
/// picker and criterion pages show. The rule is plain: each stage is composed by
/// `WordingComposer` with every criterion standing in as a marker (`WordingMarkers`), and each
/// output line that carries a criterion's marker belongs to that criterion; so every choice
/// shows exactly what `policyguide escalate` prints for it.
///
/// The site composes every stage of every route, so the template is rendered once per shape
/// of its filling for the whole site (`WordingShapes`) and each stage's values are put into
/// that rendering; a shape the template does not print plainly falls back to the plain rule.
/// One composer serves a whole build, from every core.
public final class RouteWordingComposer: Sendable {
    /// The composer `escalate` uses too.
    public let composer: WordingComposer
    /// The renderings shared by every route.
    let shapes: WordingShapes

    public init(composer: WordingComposer) {
        self.composer = composer
        self.shapes = WordingShapes(composer: composer)
    }

    /// Who the wording is composed for: each raiser of a route with items the policy marks for
    /// one raiser only (they are left out of the others' wording); else one wording for the
    /// route's raiser (nil when several raisers share the same wording).
    public static func raisers(of route: Route) -> [Raiser?] {
        if route.hasItemsForOneRaiser { return route.raisedBy.map { $0 } }
        return [route.raisedBy.count == 1 ? route.raisedBy[0] : nil]
    }

    /// The stages a route's wording is composed at: each of its stages, or one wording with
    /// no stage when the policy sets none.
    public static func stages(of route: Route) -> [Stage?] {
        route.stages.isEmpty ? [nil] : route.stages.map { $0 }
    }

    /// The route's wording at each of its stages (`stages(of:)`) for `raiser`.
    public func wordings(policy: Policy, route: Route, raiser: Raiser? = nil) throws -> [StageWording] {
        try wording(policy: policy, route: route, raiser: raiser).stageWordings
    }

    /// The route's wording for `raiser` at each of its stages, each line that is the same at
    /// several stages kept once.
    public func wording(policy: Policy, route: Route, raiser: Raiser? = nil) throws -> RouteWording {
        let stages = Self.stages(of: route)
        // Criteria for another raiser only are left out; the markers keep each criterion's
        // index in the route, so the picker's boxes still match their lines.
        let standIns = WordingMarkers.standIns(for: route).filter { raiser == nil || $0.appliesTo.contains(raiser!) }
        let replacements = WordingMarkers.replacements(for: route)
        // The criteria's values are the same at every stage: made once for the route.
        let criteria = WordingComposer.criteriaValues(standIns)
        let fillings = try stages.map {
            try composer.context(for: EscalationRequest(route: route, policy: policy, criteria: standIns, stage: $0, raiser: raiser), criteria: criteria).context
        }
        var routeWide: [String: WordingShapes.Described] = [:]
        let shared = fillings.map { shapes.rendering(for: $0, routeWide: &routeWide) }
        // Stages are grouped by the rendering they share (an informal stage, an action or a
        // decision has entries a formal stage lacks, so a route may have a few shapes); a
        // stage whose shape cannot be shared is composed by the plain rule.
        var lines: [WordingLine] = []
        var stageLines = [[Int]](repeating: [], count: stages.count)
        var groups: [(rendering: WordingShapes.Rendering, stages: [Int])] = []
        for (s, rendering) in shared.enumerated() {
            guard let rendering else {
                let composed = WordingMarkers.lines(of: composer.render(fillings[s]), replacements)
                stageLines[s] = Array(lines.count..<(lines.count + composed.count))
                lines += composed
                continue
            }
            if let g = groups.firstIndex(where: { $0.rendering === rendering.0 }) { groups[g].stages.append(s) }
            else { groups.append((rendering.0, [s])) }
        }
        for group in groups {
            Self.addSharedLines(group.rendering, stages: group.stages, values: group.stages.map { shared[$0]!.1 }, replacements: replacements,
                                to: &lines, stageLines: &stageLines)
        }
        return RouteWording(stages: stages, lines: lines, stageLines: stageLines)
    }

    /// The route's wording at each stage by the plain rule alone: each stage composed on its
    /// own, as `escalate` composes it. What `wordings` must always equal.
    public func wordingsComposedOneByOne(policy: Policy, route: Route, raiser: Raiser? = nil) throws -> [StageWording] {
        let standIns = WordingMarkers.standIns(for: route).filter { raiser == nil || $0.appliesTo.contains(raiser!) }
        let replacements = WordingMarkers.replacements(for: route)
        return try Self.stages(of: route).map { stage in
            let filling = try composer.context(for: EscalationRequest(route: route, policy: policy, criteria: standIns, stage: stage, raiser: raiser)).context
            return StageWording(stage: stage, lines: WordingMarkers.lines(of: composer.render(filling), replacements))
        }
    }

    /// The lines of `stages`, which share `rendering` and fill it with `values`: a line whose
    /// values are the same at every such stage (most lines: only the stage's own name,
    /// officer, timescale and next step differ) is made once, with its criterion's words put
    /// in, and shared.
    static func addSharedLines(_ rendering: WordingShapes.Rendering, stages: [Int], values: [[String]],
                               replacements: [(title: [UInt8], description: [UInt8])],
                               to lines: inout [WordingLine], stageLines: inout [[Int]]) {
        let valueBytes = values.map { $0.map { Array($0.utf8) } }
        func filled(_ raw: [UInt8], _ n: Int) -> [UInt8] { WordingShapes.fill(raw, withBytes: valueBytes[n]) }
        for (raw, slots) in zip(rendering.lines, rendering.slots) {
            // Compared as bytes: String equality would call a composed "é" and "e" with a
            // combining accent the same, and each stage must print its own bytes.
            if slots.allSatisfy({ k in valueBytes.allSatisfy { $0[k] == valueBytes[0][k] } }) {
                lines.append(WordingMarkers.line(slots.isEmpty ? raw : filled(raw, 0), replacements))
                for s in stages { stageLines[s].append(lines.count - 1) }
            } else {
                for (n, s) in stages.enumerated() {
                    lines.append(WordingMarkers.line(filled(raw, n), replacements))
                    stageLines[s].append(lines.count - 1)
                }
            }
        }
    }
}
