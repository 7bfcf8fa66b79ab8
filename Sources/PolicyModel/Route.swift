/// One escalation path inside a policy, for one kind of raiser.
public struct Route: Sendable, Equatable, Hashable {
    /// Id unique within the policy ("lac").
    public var id: String
    /// The owning policy's id ("bexley").
    public var policyID: String
    /// Title as the site shows it.
    public var title: String
    /// Who raises escalations on this route.
    public var raisedBy: [Raiser]
    /// Stages in order; empty when the policy sets none.
    public var stages: [Stage]
    /// Reasons for raising an escalation.
    public var criteria: [Criterion]
    /// The policy's words on skipping stages, if any.
    public var bypass: String?
    /// The policy's words on the step after the last stage (Cafcass, SCP Chair), if any.
    public var finalStep: String?
    /// The policy's words on the child's rights (complaints, advocacy), if any.
    public var rights: String?
    /// Anchor of the route's part of the policy text, if it has one.
    public var sectionAnchor: String?
    /// Where the route is declared.
    public var location: SourceLocation

    /// Creates a route.
    public init(id: String, policyID: String, title: String, raisedBy: [Raiser], stages: [Stage], criteria: [Criterion],
                bypass: String?, finalStep: String?, rights: String?, sectionAnchor: String?, location: SourceLocation) {
        self.id = id
        self.policyID = policyID
        self.title = title
        self.raisedBy = raisedBy
        self.stages = stages
        self.criteria = criteria
        self.bypass = bypass
        self.finalStep = finalStep
        self.rights = rights
        self.sectionAnchor = sectionAnchor
        self.location = location
    }

    /// "bexley/lac": how the CLI and the site name the route.
    public var qualifiedID: String { "\(policyID)/\(id)" }

    /// What the stage timescales add up to, unit by unit (never across units).
    public var total: RouteTotal { RouteTotal(self) }
}
