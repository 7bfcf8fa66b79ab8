import Escalation
import PolicyModel

/// The picker wording (`PickerWording`) for every stage of a route. Each stage's text is
/// what `policyguide escalate` composes for it; the template is rendered once per shape of
/// its filling for the whole site (see `WordingShapes`), since Mustache rendering was the
/// largest single cost of a cold build.
enum RouteWordings {
    /// Who the picker composes for: each raiser of a route with items the policy marks for
    /// one raiser only (they are left out of the others' wording); else one wording for the
    /// route's raiser (nil when several raisers share the same wording).
    static func raisers(of route: Route) -> [Raiser?] {
        if route.hasItemsForOneRaiser { return route.raisedBy.map { $0 } }
        return [route.raisedBy.count == 1 ? route.raisedBy[0] : nil]
    }

    /// The wording for each of `raisers` (outer; `raisers(of:)`) and each stage (inner).
    static func makeAll(context: RenderContext, policy: Policy, route: Route, raisers: [Raiser?]) throws -> [[PickerWording]] {
        try raisers.map { try make(context: context, policy: policy, route: route, raiser: $0) }
    }

    static func make(context: RenderContext, policy: Policy, route: Route, raiser: Raiser? = nil) throws -> [PickerWording] {
        let stages: [Stage?] = route.stages.isEmpty ? [nil] : route.stages.map { $0 }
        // Criteria for another raiser only are left out; the markers keep each criterion's
        // index in the route, so the picker's boxes still match their lines.
        let standIns = PickerWording.standIns(for: route).filter { raiser == nil || $0.appliesTo.contains(raiser!) }
        let composer = context.composer
        let replacements = PickerWording.replacements(for: route)
        let fillings = try stages.map {
            try composer.context(for: EscalationRequest(route: route, policy: policy, criteria: standIns, stage: $0, raiser: raiser)).context
        }
        let shared = fillings.map { context.wordingShapes.rendering(for: $0) }
        // Stages are grouped by the rendering they share (an informal stage, an action or a
        // decision has entries a formal stage lacks, so a route may have a few shapes); a
        // stage whose shape must be composed on its own is composed by the composer.
        var result = [PickerWording?](repeating: nil, count: stages.count)
        var groups: [(rendering: WordingShapes.Rendering, stages: [Int])] = []
        for (s, rendering) in shared.enumerated() {
            guard let rendering else {
                result[s] = PickerWording(route: route, text: composer.render(fillings[s]), replacements: replacements)
                continue
            }
            if let g = groups.firstIndex(where: { $0.rendering === rendering.0 }) { groups[g].stages.append(s) }
            else { groups.append((rendering.0, [s])) }
        }
        for group in groups {
            for (n, lines) in Self.sharedLines(group.rendering, values: group.stages.map { shared[$0]!.1 }, replacements: replacements).enumerated() {
                result[group.stages[n]] = PickerWording(route: route, lines: lines)
            }
        }
        return result.map { $0! }
    }

    /// The lines of each stage that shares `rendering`: a line whose values are the same at
    /// every such stage (most lines: only the stage's own name, officer, timescale and next
    /// step differ) is made once, with its criterion's words put in and escaped, and shared.
    static func sharedLines(_ rendering: WordingShapes.Rendering, values: [[String]],
                            replacements: [(title: [UInt8], description: [UInt8])]) -> [[(index: Int?, text: String, escaped: String)]] {
        let valueBytes = values.map { $0.map { Array($0.utf8) } }
        func filled(_ raw: [UInt8], _ s: Int) -> [UInt8] { WordingShapes.fill(raw, withBytes: valueBytes[s]) }
        var lines = Array(repeating: [(index: Int?, text: String, escaped: String)](), count: values.count)
        for (raw, slots) in zip(rendering.lines, rendering.slots) {
            // Compared as bytes: String equality would call a composed "é" and "e" with a
            // combining accent the same, and the picker must print each stage's own bytes.
            if slots.allSatisfy({ k in valueBytes.allSatisfy { $0[k] == valueBytes[0][k] } }) {
                let line = PickerWording.line(slots.isEmpty ? raw : filled(raw, 0), replacements)
                for s in lines.indices { lines[s].append(line) }
            } else {
                for s in lines.indices { lines[s].append(PickerWording.line(filled(raw, s), replacements)) }
            }
        }
        return lines
    }
}
