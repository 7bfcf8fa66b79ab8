/// One response time within a stage's timescale, in the unit the policy states.
public enum TimescaleTerm: Sendable, Equatable, Hashable {
    /// "N working days": weekends and bank holidays excluded.
    case workingDays(Int)
    /// "N days": the policy does not say whether these are working or calendar days.
    case days(Int)
    /// "N hours".
    case hours(Int)
    /// A timescale agreed between the people involved.
    case agreed
    /// "At any time".
    case anyTime

    /// A number of days that counts toward a route's total, if the term has one.
    public var dayCount: Int? {
        switch self {
        case .workingDays(let n), .days(let n): return n
        default: return nil
        }
    }
}
