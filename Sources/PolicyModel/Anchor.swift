/// The anchors a policy page gives its routes, stages and criteria: the one place the scheme
/// is spelled. Content links to them (`../bexley/policy.md#stage-lac-2`), `check` accepts
/// exactly these, and the pages, the search index and the keyword pages write them.
public enum Anchor {
    /// A kind of anchor, by the prefix its names start with.
    public enum Kind: String, CaseIterable, Sendable {
        case route, stage, criterion
        /// "route-", "stage-", "criterion-".
        public var prefix: String { rawValue + "-" }
    }

    /// `route-<route>`: a route's section on its policy page.
    public static func route(_ route: Route) -> String { "route-\(route.id)" }
    /// `stage-<route>-<stage>`: a stage's row in its route's table.
    public static func stage(_ stage: Stage, of route: Route) -> String { "stage-\(route.id)-\(stage.id)" }
    /// `criterion-<route>-<criterion>`: a criterion in its route's list on the policy page.
    public static func criterion(_ criterion: Criterion, of route: Route) -> String { "criterion-\(route.id)-\(criterion.id)" }

    /// Every route, stage and criterion anchor of a policy page, by kind, in the policy's order.
    public static func all(of policy: Policy) -> [Kind: [String]] {
        [.route: policy.routes.map { route($0) },
         .stage: policy.routes.flatMap { r in r.stages.map { stage($0, of: r) } },
         .criterion: policy.routes.flatMap { r in r.criteria.map { criterion($0, of: r) } }]
    }
}
