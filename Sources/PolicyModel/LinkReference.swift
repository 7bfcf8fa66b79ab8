/// A link written in a policy's text: where it points, as written, and where it was written.
/// Kept on the policy so links can be checked against the whole library without walking its
/// text again (or, in an incremental build, without parsing an unchanged policy at all).
public struct LinkReference: Sendable, Equatable, Hashable {
    /// The destination as written (`../other/policy.md#anchor`, `https://…`).
    public var destination: String
    /// Where the link starts.
    public var location: SourceLocation

    /// Creates a link reference.
    public init(destination: String, location: SourceLocation) {
        self.destination = destination
        self.location = location
    }
}
