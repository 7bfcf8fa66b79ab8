import PolicyModel

/// A policy as its own file gave it: the policy (its text is kept apart, in
/// `ContentModel.texts`) and the problems found in that file alone. Cross-reference checks
/// and lint run over the whole model, so they are not part of it.
public struct LoadedPolicy: Sendable, Equatable {
    /// The policy.
    public var policy: Policy
    /// Problems found while loading its file alone.
    public var diagnostics: [Diagnostic]

    /// Creates a loaded policy.
    public init(policy: Policy, diagnostics: [Diagnostic]) {
        self.policy = policy
        self.diagnostics = diagnostics
    }
}
