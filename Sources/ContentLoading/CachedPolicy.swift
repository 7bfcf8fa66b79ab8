import PolicyModel

/// A policy as an incremental build remembers it: the loaded policy without its text, and the
/// problems its own file produced (lint is run afresh every build, and the cross-reference
/// checks whenever a policy's anchors may have changed). Restoring one costs a small binary decode (`CacheCodec` in SiteBuild) instead of
/// reading and parsing the file.
public struct CachedPolicy: Sendable, Equatable {
    /// The policy (its `body` is empty once decoded).
    public var policy: Policy
    /// Problems found while loading its file alone.
    public var diagnostics: [Diagnostic]

    /// Creates a cache entry.
    public init(policy: Policy, diagnostics: [Diagnostic]) {
        self.policy = policy
        self.diagnostics = diagnostics
    }
}
