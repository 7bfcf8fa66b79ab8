import Escalation
import PolicyModel

/// The picker wording (`PickerWording`) for every stage of a route. Each stage's text is
/// what `policyguide escalate` composes for it; the template is rendered once per shape of
/// its filling for the whole site (see `WordingShapes`), since Mustache rendering was the
/// largest single cost of a cold build.
enum RouteWordings {
    static func make(context: RenderContext, policy: Policy, route: Route) throws -> [PickerWording] {
        let stages: [Stage?] = route.stages.isEmpty ? [nil] : route.stages.map { $0 }
        let standIns = PickerWording.standIns(for: route)
        let composer = context.composer
        let replacements = PickerWording.replacements(for: route)
        return try stages.map {
            let filled = try composer.context(for: EscalationRequest(route: route, policy: policy, criteria: standIns, stage: $0)).context
            return PickerWording(route: route, text: context.wordingShapes.text(for: filled), replacements: replacements)
        }
    }
}
