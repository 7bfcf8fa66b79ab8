/// Where a checklist item comes from: the citation printed on paper and the section linked
/// on screen.
public struct SourceRef: Sendable, Equatable, Hashable {
    /// The citation as written, e.g. "Northamptonshire, Appendix B".
    public var label: String
    /// The cited policy's id.
    public var policyID: String
    /// The cited heading's anchor, if the link names one.
    public var anchor: String?

    /// Creates a reference.
    public init(label: String, policyID: String, anchor: String?) {
        self.label = label
        self.policyID = policyID
        self.anchor = anchor
    }
}
