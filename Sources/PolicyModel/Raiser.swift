/// Who raises an escalation on a route.
public enum Raiser: String, Sendable, Equatable, Hashable, CaseIterable, Comparable {
    /// Child protection conference chair: children subject to a child protection plan.
    case cpChair = "cp-chair"
    /// Independent reviewing officer: looked after children.
    case iro
    /// Any professional, in a multi-agency disagreement.
    case multiAgency = "multi-agency"

    /// How the site names the raiser.
    public var displayName: String {
        switch self {
        case .cpChair: return "CP Chair"
        case .iro: return "IRO"
        case .multiAgency: return "Multi-agency"
        }
    }

    /// Which children the route serves.
    public var children: String {
        switch self {
        case .cpChair: return "children subject to a child protection plan"
        case .iro: return "looked after children"
        case .multiAgency: return "any child (professional disagreement between agencies)"
        }
    }

    /// Declaration order.
    public static func < (a: Raiser, b: Raiser) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
