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
        guard let first = shared.first??.0, shared.allSatisfy({ $0?.0 === first }) else {
            // Stages of different shapes (or a template that must compose each): one by one.
            return zip(fillings, shared).map { filling, rendering in
                PickerWording(route: route, text: rendering.map { $0.0.text(with: $0.1) } ?? composer.render(filling), replacements: replacements)
            }
        }
        // Every stage has the same rendering: a line whose values are the same at every stage
        // (most lines: only the stage's own name, officer, timescale and next step differ) is
        // made once, with its criterion's words put in and escaped, and shared.
        let values = shared.map { $0!.1 }
        let valueBytes = values.map { $0.map { Array($0.utf8) } }
        func filled(_ raw: [UInt8], _ s: Int) -> [UInt8] { WordingShapes.fill(raw, withBytes: valueBytes[s]) }
        var lines = Array(repeating: [(index: Int?, text: String, escaped: String)](), count: values.count)
        for (raw, slots) in zip(first.lines, first.slots) {
            // Compared as bytes: String equality would call a composed "é" and "e" with a
            // combining accent the same, and the picker must print each stage's own bytes.
            if slots.allSatisfy({ k in valueBytes.allSatisfy { $0[k] == valueBytes[0][k] } }) {
                let line = PickerWording.line(slots.isEmpty ? raw : filled(raw, 0), replacements)
                for s in lines.indices { lines[s].append(line) }
            } else {
                for s in lines.indices { lines[s].append(PickerWording.line(filled(raw, s), replacements)) }
            }
        }
        return lines.map { PickerWording(route: route, lines: $0) }
    }
}
