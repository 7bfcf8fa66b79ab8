/// A request the composer cannot serve, with the valid choices listed so the chair can fix it.
public enum EscalationError: Error, Equatable, CustomStringConvertible {
    case unknownRoute(String, valid: [String])
    case unknownCriterion(String, route: String, valid: [String])
    case unknownStage(String, route: String, valid: [String])
    case noCriteria(route: String, valid: [String])
    case stageRequired(route: String, valid: [String])
    case raiserRequired(route: String, valid: [String])
    case unknownRaiser(String, route: String, valid: [String])
    case criterionNotForRaiser(String, raiser: String, appliesTo: [String], valid: [String])
    case routeHasNoCriteria(String, route: String)
    case dateOutOfRange(String)
    case badDate(String)
    case template(String)

    public var description: String {
        switch self {
        case .unknownRoute(let r, let valid):
            return "unknown route '\(r)'. Valid routes: \(valid.joined(separator: ", ")). (See `policyguide escalate --list`.)"
        case .unknownCriterion(let c, let route, let valid):
            return "unknown criterion '\(c)' for route \(route). Valid criteria:\n  " + valid.joined(separator: "\n  ")
        case .unknownStage(let s, let route, let valid):
            return valid.isEmpty ? "route \(route) has no stages: leave out --stage." : "unknown stage '\(s)' for route \(route). Valid stages: \(valid.joined(separator: ", "))."
        case .noCriteria(let route, let valid):
            return "choose at least one --criterion for route \(route). Valid criteria:\n  " + valid.joined(separator: "\n  ")
        case .stageRequired(let route, let valid):
            return "choose a --stage for route \(route). Valid stages: \(valid.joined(separator: ", "))."
        case .raiserRequired(let route, let valid):
            return "route \(route) has items the policy marks for one raiser only: choose --raiser (\(valid.joined(separator: " or "))). Those items (\"For IRO only\", \"(LAC only)\") are left out of the others' wording."
        case .unknownRaiser(let r, let route, let valid):
            return "raiser '\(r)' does not use route \(route). Valid raisers: \(valid.joined(separator: ", "))."
        case .criterionNotForRaiser(let c, let raiser, let appliesTo, let valid):
            return "criterion '\(c)' is for the \(appliesTo.joined(separator: " and ")) only, not the \(raiser). Valid criteria for the \(raiser):\n  " + valid.joined(separator: "\n  ")
        case .routeHasNoCriteria(let c, let route):
            return "route \(route) lists no criteria, so there is no criterion '\(c)': leave out --criterion; the wording has a [REASON FOR ESCALATION] placeholder for your reason."
        case .dateOutOfRange(let m): return m
        case .badDate(let d): return "--raised '\(d)' is not a date: write YYYY-MM-DD, or YYYY-MM-DDTHH:MM for a timescale in hours."
        case .template(let m): return "the wording template cannot be used: \(m)"
        }
    }
}
