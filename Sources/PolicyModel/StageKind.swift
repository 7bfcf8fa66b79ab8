/// What a stage is in the policy: most stages are an officer answering by a deadline, but a
/// policy may also name an informal stage before its formal levels, an action the raiser may
/// take (a referral to Cafcass "at any time"), or a decision made by someone outside the line
/// of management (a panel member). Each is shown as what it is, never as "responsible
/// officer … respond within".
public enum StageKind: String, Sendable, Equatable, Hashable, CaseIterable {
    /// A formal level of escalation: an officer responds within the timescale.
    case formal
    /// An informal stage: not counted among the formal levels.
    case informal
    /// An action the raiser may take (the officer cell names the action).
    case action
    /// A decision by the person the officer cell names.
    case decision

    /// How the site and the wording name the kind.
    public var displayName: String {
        switch self {
        case .formal: return "formal stage"
        case .informal: return "informal stage"
        case .action: return "action"
        case .decision: return "decision"
        }
    }
}
