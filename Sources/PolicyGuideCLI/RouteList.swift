import Foundation
import PolicyModel

/// `escalate --list`: every route id with its stages and criterion ids.
enum RouteList {
    static func text(_ model: ContentModel) -> String {
        var out = ""
        for r in model.routes {
            let p = model.policy(r.policyID)!
            out += "\(r.qualifiedID)  \(r.title) (\(p.authority); raised by \(r.raisedBy.map(\.displayName).joined(separator: ", ")))\n"
            out += "  stages:\n"
            if r.stages.isEmpty { out += "    (none: leave out --stage)\n" }
            for s in r.stages {
                out += "    \(s.id)  \(s.name): \(s.officer ?? "officer not stated"), \(s.timescale?.wording ?? "timescale not stated")\n"
            }
            out += "  criteria:\n"
            for c in r.criteria { out += "    \(c.id)\n" }
            out += "\n"
        }
        return out
    }

    struct StageJSON: Encodable { let id, name: String; let officer, timescale: String? }
    struct CriterionJSON: Encodable { let id, title: String; let appliesTo: [String] }
    struct RouteJSON: Encodable { let id, title, authority: String; let raisedBy: [String]; let stages: [StageJSON]; let criteria: [CriterionJSON] }

    static func json(_ model: ContentModel) throws -> String {
        let routes = model.routes.map { r in
            RouteJSON(id: r.qualifiedID, title: r.title, authority: model.policy(r.policyID)!.authority,
                      raisedBy: r.raisedBy.map(\.rawValue),
                      stages: r.stages.map { StageJSON(id: $0.id, name: $0.name, officer: $0.officer, timescale: $0.timescale?.wording) },
                      criteria: r.criteria.map { CriterionJSON(id: $0.id, title: $0.title, appliesTo: $0.appliesTo.map(\.rawValue)) })
        }
        return try WordingJSON.encode(routes) + "\n"
    }
}
