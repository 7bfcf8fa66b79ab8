import PolicyModel

/// `data/routes.json`: every route of the model as data, for a case-record system or another
/// team's tool: stages with their timescale readings, criteria with who may raise them, and
/// where each fact was read (provenance). Versioned by `schemaVersion` and described by
/// `docs/routes.schema.json`; a field is only ever added within a version. Keys are sorted,
/// so the file is byte-for-byte the same for the same content.
struct RoutesExport {
    /// Bumped when a field changes meaning or is removed.
    static let schemaVersion = 1

    /// Where a fact was read: the content file and line.
    struct Source {
        let file: String; let line: Int
        var json: JSONValue { .fields(["file": .string(file), "line": .int(line)]) }
    }
    /// A reading of a timescale (`TimescaleReading`).
    struct Reading {
        let words, term, kind: String
        let amount: Int?
        let unit: String?
        let condition, anchor, scope: String?
        let part: Int
        let clause: String
        var json: JSONValue {
            .fields(["words": .string(words), "term": .string(term), "kind": .string(kind), "amount": .optional(amount), "unit": .optional(unit),
                     "condition": .optional(condition), "anchor": .optional(anchor), "scope": .optional(scope), "part": .int(part), "clause": .string(clause)])
        }
    }
    /// A stage's timescale as worded and as read.
    struct Times {
        let wording: String; let readings: [Reading]; let unread: [String]
        var json: JSONValue { .fields(["wording": .string(wording), "readings": .array(readings.map(\.json)), "unread": .strings(unread)]) }
    }
    /// A stage of a route.
    struct StageRecord {
        let id, name, kind: String
        let order: Int
        let officer: String?
        let appliesTo: [String]
        let timescale: Times?
        let source: Source
        var json: JSONValue {
            .fields(["id": .string(id), "name": .string(name), "kind": .string(kind), "order": .int(order), "officer": .optional(officer),
                     "appliesTo": .strings(appliesTo), "timescale": timescale?.json, "source": source.json])
        }
    }
    /// A criterion of a route.
    struct CriterionRecord {
        let id, title, label, description, page: String
        let formerId, group: String?
        let appliesTo: [String]
        let source: Source
        var json: JSONValue {
            .fields(["id": .string(id), "title": .string(title), "label": .string(label), "description": .string(description), "page": .string(page),
                     "formerId": .optional(formerId), "group": .optional(group), "appliesTo": .strings(appliesTo), "source": source.json])
        }
    }
    /// The policy a route comes from.
    struct PolicyRecord {
        let id, title, authority, source: String
        let version, added, updated, reviewDue: String?
        let page: String
        var json: JSONValue {
            .fields(["id": .string(id), "title": .string(title), "authority": .string(authority), "source": .string(source), "version": .optional(version),
                     "added": .optional(added), "updated": .optional(updated), "reviewDue": .optional(reviewDue), "page": .string(page)])
        }
    }
    /// One route.
    struct RouteRecord {
        let id, routeId, title, page: String
        let policy: PolicyRecord
        let raisedBy: [String]
        let stages: [StageRecord]
        let criteria: [CriterionRecord]
        let bypass, finalStep, rights, stagesCompiled: String?
        let finalStepFor: [String]
        let source: Source
        var json: JSONValue {
            .fields(["id": .string(id), "routeId": .string(routeId), "title": .string(title), "page": .string(page), "policy": policy.json,
                     "raisedBy": .strings(raisedBy), "stages": .array(stages.map(\.json)), "criteria": .array(criteria.map(\.json)),
                     "bypass": .optional(bypass), "finalStep": .optional(finalStep), "rights": .optional(rights), "stagesCompiled": .optional(stagesCompiled),
                     "finalStepFor": .strings(finalStepFor), "source": source.json])
        }
    }

    let schemaVersion: Int
    let site: [String: String]
    /// The routes are turned into records one at a time as the file is written: the whole
    /// export (110 MB at 10,000 policies) is never held as records and a value tree at once.
    private let model: ContentModel

    init(model: ContentModel) {
        schemaVersion = Self.schemaVersion
        site = ["title": model.settings.title, "version": model.settings.version, "published": model.settings.published.iso]
        self.model = model
    }

    /// The records of every route, in the model's order.
    var routes: [RouteRecord] { model.policies.flatMap { p in p.routes.map { Self.record($0, of: p) } } }

    /// A route's record.
    static func record(_ r: Route, of p: Policy) -> RouteRecord {
        let policy = PolicyRecord(id: p.id, title: p.title, authority: p.authority, source: p.source, version: p.version,
                                  added: p.added?.iso, updated: p.updated?.iso, reviewDue: p.reviewDue?.iso, page: SitePath.policy(p.id))
        return RouteRecord(
            id: r.qualifiedID, routeId: r.id, title: r.title, page: SitePath.route(r), policy: policy,
            raisedBy: r.raisedBy.map(\.rawValue),
            stages: r.stages.map { s in
                StageRecord(id: s.id, name: s.name, kind: s.kind.rawValue, order: s.order, officer: s.officer,
                            appliesTo: (s.appliesTo.isEmpty ? r.raisedBy : s.appliesTo).map(\.rawValue),
                            timescale: s.timescale.map { t in
                                Times(wording: t.wording, readings: t.readings.map {
                                    Reading(words: $0.words, term: $0.term.name, kind: $0.kind.rawValue, amount: $0.term.amount?.count,
                                            unit: $0.term.unitName, condition: $0.condition, anchor: $0.anchor, scope: $0.scope,
                                            part: $0.part, clause: $0.clause)
                                }, unread: t.unread)
                            },
                            source: Source(file: s.location.file, line: s.location.line))
            },
            criteria: r.criteria.map { c in
                CriterionRecord(id: c.id, title: c.title, label: c.label, description: c.description, page: SitePath.criterion(c, of: r),
                                formerId: c.formerID, group: c.group, appliesTo: c.appliesTo.map(\.rawValue),
                                source: Source(file: c.location.file, line: c.location.line))
            },
            bypass: r.bypass, finalStep: r.finalStep, rights: r.rights, stagesCompiled: r.stagesCompiled,
            finalStepFor: r.finalStepFor.map(\.rawValue), source: Source(file: r.location.file, line: r.location.line))
    }

    /// The file's text, pretty printed with sorted keys (`routes`, `schemaVersion`, `site`),
    /// exactly as one pretty-printed value would be written, a route at a time.
    func json() -> String {
        String(decoding: bytes(), as: UTF8.self)
    }

    /// `json()` as the UTF-8 bytes the file holds, written a route at a time straight into
    /// them: the export (110 MB at 10,000 policies) is held once, never also as text.
    func bytes() -> [UInt8] {
        let escaped = JSONValue.escapes(slashes: false, JSONValue.angleBrackets)
        var out: [UInt8] = []
        out.reserveCapacity(model.policies.count * 12_288)
        out += "{\n  \"routes\" : [".utf8
        var any = false
        for p in model.policies {
            for r in p.routes {
                if any { out.append(0x2C) }
                any = true
                out += "\n    ".utf8
                Self.record(r, of: p).json.write(into: &out, pretty: true, indent: 4, escaped: escaped)
            }
        }
        out += (any ? "\n  ],\n  \"schemaVersion\" : " : "\n\n  ],\n  \"schemaVersion\" : ").utf8
        out += String(schemaVersion).utf8
        out += ",\n  \"site\" : ".utf8
        JSONValue.mapping(site.mapValues { .string($0) }).write(into: &out, pretty: true, indent: 2, escaped: escaped)
        out += "\n}\n".utf8
        return out
    }
}
