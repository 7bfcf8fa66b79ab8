import Foundation
import PolicyModel

/// `escalate --list`: every route id with its title, stages, and criterion ids with their titles.
enum RouteList {
    static func text(_ model: ContentModel) -> String {
        var out = ""
        for r in model.routes {
            let p = model.policy(r.policyID)!
            out += "\(r.qualifiedID)  \(r.title) (\(p.authority); raised by \(r.raisedBy.map(\.displayName).joined(separator: ", ")))\n"
            out += "  stages:\n"
            if r.stages.isEmpty { out += "    (none: leave out --stage)\n" }
            for s in r.stages {
                let kind = s.kind == .formal ? "" : " [\(s.kind.displayName)]"
                let only = s.appliesTo.isEmpty ? "" : " (\(Raiser.phrase(s.appliesTo)) only)"
                out += "    \(s.id)  \(s.name)\(kind)\(only): \(s.officer ?? "officer not stated"), \(s.timescale?.wording ?? "timescale not stated")\n"
            }
            out += "  criteria:\n"
            if r.criteria.isEmpty { out += "    (none listed by the policy: leave out --criterion)\n" }
            for c in r.criteria {
                out += "    \(c.id)  \(c.label)\(Set(c.appliesTo) == Set(r.raisedBy) ? "" : "  (\(Raiser.phrase(c.appliesTo)) only)")\n"
            }
            if r.raisedBy.count > 1 { out += "  raisers (give --raiser): \(r.raisedBy.map(\.rawValue).joined(separator: ", "))\n" }
            out += "\n"
        }
        return out
    }

    static func json(_ model: ContentModel) throws -> String {
        let routes = model.routes.map { r in
            RouteListing(id: r.qualifiedID, title: r.title, authority: model.policy(r.policyID)!.authority,
                      raisedBy: r.raisedBy.map(\.rawValue),
                      stages: r.stages.map { RouteListing.StageListing(id: $0.id, name: $0.name, officer: $0.officer, timescale: $0.timescale?.wording,
                                                                  kind: $0.kind.rawValue, appliesTo: ($0.appliesTo.isEmpty ? r.raisedBy : $0.appliesTo).map(\.rawValue),
                                                                  timescaleReadings: ($0.timescale?.readings ?? []).map(ReadingListing.init)) },
                      criteria: r.criteria.map { RouteListing.CriterionListing(id: $0.id, title: $0.title, appliesTo: $0.appliesTo.map(\.rawValue)) })
        }
        return try WordingJSON.encode(routes) + "\n"
    }
}
