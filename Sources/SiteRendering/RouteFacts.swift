import PolicyModel
import Synchronization

/// What several pages say of a route's stages (its policy page, its own page, the compare
/// page): how many stages of each kind, and what their timescales add up to. Worked out once
/// per route, the first time a page asks, and shared by every thread's pages.
final class RouteFacts: Sendable {
    /// One route's facts.
    struct Facts: Sendable {
        /// `Route.stageCountPhrase`.
        let stageCountPhrase: String
        /// `Route.total`.
        let total: RouteTotal
        /// `RouteTotal.sentence` of the total.
        let totalSentence: String?
    }

    private let known = Mutex<[String: Facts]>([:])

    /// The facts of `route`.
    func of(_ route: Route) -> Facts {
        let key = route.qualifiedID
        if let facts = known.withLock({ $0[key] }) { return facts }
        let total = route.total
        let facts = Facts(stageCountPhrase: route.stageCountPhrase, total: total, totalSentence: total.sentence)
        known.withLock { $0[key] = facts }
        return facts
    }
}
