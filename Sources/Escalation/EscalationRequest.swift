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
    /// Who raises it: on a route shared by several raisers, items marked for one raiser
    /// ("For IRO only") are left out of the wording for the others. Nil: not chosen (the
    /// wording then names every raiser of the route).
    public var raiser: Raiser?
    /// When it was raised, for due dates.
    public var raised: RaisedAt?
    /// Values for the placeholders, by key (`childName`, `childId`, `evidence`, `impact`,
    /// `action`, `raisedBy`); missing keys print as marked placeholders.
    public var placeholders: [String: String]

    /// Creates a request.
    public init(route: Route, policy: Policy, criteria: [Criterion], stage: Stage?, raised: RaisedAt? = nil, placeholders: [String: String] = [:],
                raiser: Raiser? = nil) {
        self.raiser = raiser ?? (route.raisedBy.count == 1 ? route.raisedBy[0] : nil)
        self.route = route
        self.policy = policy
        self.criteria = criteria
        self.stage = stage
        self.raised = raised
        self.placeholders = placeholders
    }

    /// Resolves ids against the model, with errors that list the valid ids. `raiser` is
    /// needed only on a route with items for one of its raisers only.
    public static func resolve(model: ContentModel, route routeID: String, criteria criterionIDs: [String], stage stageID: String?,
                               raised: String?, placeholders: [String: String], raiser raiserName: String? = nil) throws -> EscalationRequest {
        guard let route = model.route(routeID), let policy = model.policy(route.policyID) else {
            throw EscalationError.unknownRoute(routeID, valid: model.routes.map(\.qualifiedID))
        }
        var raiser: Raiser? = route.raisedBy.count == 1 ? route.raisedBy[0] : nil
        if let raiserName {
            guard let r = Raiser(rawValue: raiserName), route.raisedBy.contains(r) else {
                throw EscalationError.unknownRaiser(raiserName, route: routeID, valid: route.raisedBy.map(\.rawValue))
            }
            raiser = r
        } else if route.hasItemsForOneRaiser {
            throw EscalationError.raiserRequired(route: routeID, valid: route.raisedBy.map(\.rawValue))
        }
        let offered = route.criteria.filter { raiser == nil || $0.appliesTo.contains(raiser!) }
        let validCriteria = offered.map { "\($0.id)  (\($0.label))" }
        if route.criteria.isEmpty {
            if let first = criterionIDs.first { throw EscalationError.routeHasNoCriteria(first, route: routeID) }
        } else if criterionIDs.isEmpty {
            throw EscalationError.noCriteria(route: routeID, valid: validCriteria)
        }
        // An id published before the id rule changed (`Criterion.formerID`) still names its criterion.
        let criterionIDs = criterionIDs.map { id in route.criteria.first(where: { $0.formerID == id && $0.id != id })?.id ?? id }
        for id in criterionIDs {
            guard let c = route.criteria.first(where: { $0.id == id }) else {
                throw EscalationError.unknownCriterion(id, route: routeID, valid: validCriteria)
            }
            if let raiser, !c.appliesTo.contains(raiser) {
                throw EscalationError.criterionNotForRaiser(id, raiser: raiser.displayName, appliesTo: c.appliesTo.map(\.displayName), valid: validCriteria)
            }
        }
        let chosen = route.criteria.filter { criterionIDs.contains($0.id) }
        var stage: Stage? = nil
        let stageIDs = route.stages.filter { $0.applies(to: raiser) }.map(\.id)
        if let stageID {
            guard let s = route.stages.first(where: { $0.id == stageID }), s.applies(to: raiser) else {
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
        return EscalationRequest(route: route, policy: policy, criteria: chosen, stage: stage, raised: when, placeholders: placeholders, raiser: raiser)
    }
}
