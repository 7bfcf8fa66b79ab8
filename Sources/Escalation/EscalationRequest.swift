import PolicyModel

/// What a chair asked for: a route, one or more criteria, a stage, and what only they know.
public struct EscalationRequest: Sendable, Equatable {
    /// The route.
    public var route: Route
    /// The policy the route belongs to.
    public var policy: Policy
    /// Chosen criteria, in the route's order.
    public var criteria: [Criterion]
    /// Chosen stage (nil only for a route without stages).
    public var stage: Stage?
    /// When it was raised, for due dates.
    public var raised: RaisedAt?
    /// Values for the placeholders, by key (`childName`, `childId`, `evidence`, `impact`,
    /// `action`, `raisedBy`); missing keys print as marked placeholders.
    public var placeholders: [String: String]

    /// Creates a request.
    public init(route: Route, policy: Policy, criteria: [Criterion], stage: Stage?, raised: RaisedAt? = nil, placeholders: [String: String] = [:]) {
        self.route = route
        self.policy = policy
        self.criteria = criteria
        self.stage = stage
        self.raised = raised
        self.placeholders = placeholders
    }

    /// Resolves ids against the model, with errors that list the valid ids.
    public static func resolve(model: ContentModel, route routeID: String, criteria criterionIDs: [String], stage stageID: String?,
                               raised: String?, placeholders: [String: String]) throws -> EscalationRequest {
        guard let route = model.route(routeID), let policy = model.policy(route.policyID) else {
            throw EscalationError.unknownRoute(routeID, valid: model.routes.map(\.qualifiedID))
        }
        let validCriteria = route.criteria.map { "\($0.id)  (\($0.title))" }
        guard !criterionIDs.isEmpty else { throw EscalationError.noCriteria(route: routeID, valid: validCriteria) }
        var chosen: [Criterion] = []
        for id in criterionIDs {
            guard route.criteria.contains(where: { $0.id == id }) else {
                throw EscalationError.unknownCriterion(id, route: routeID, valid: validCriteria)
            }
        }
        chosen = route.criteria.filter { criterionIDs.contains($0.id) }
        var stage: Stage? = nil
        let stageIDs = route.stages.map(\.id)
        if let stageID {
            guard let s = route.stages.first(where: { $0.id == stageID }) else {
                throw EscalationError.unknownStage(stageID, route: routeID, valid: stageIDs)
            }
            stage = s
        } else if !route.stages.isEmpty {
            throw EscalationError.stageRequired(route: routeID, valid: stageIDs)
        }
        var when: RaisedAt? = nil
        if let raised {
            guard let r = RaisedAt(parsing: raised) else { throw EscalationError.badDate(raised) }
            when = r
        }
        return EscalationRequest(route: route, policy: policy, criteria: chosen, stage: stage, raised: when, placeholders: placeholders)
    }
}
