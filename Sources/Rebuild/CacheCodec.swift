import ContentLoading
import PolicyModel

/// Writes and reads a `LoadedPolicy` in the rebuild cache's binary form (compact and quick
/// to decode: restoring a policy must cost far less than parsing its file; README,
/// "Performance", has the measurements). Fields are written and read in the same
/// order below, so a change to the model means a change here (and the cache test, which
/// round-trips the real content, fails until both sides agree).
package enum CacheCodec {
    // MARK: writing

    package static func write(_ entry: LoadedPolicy, to w: inout ByteWriter) {
        let p = entry.policy
        let file = p.file
        w.string(p.id); w.string(file); w.string(p.authority); w.string(p.title); w.string(p.source)
        w.optional(p.version) { $0.string($1) }
        w.optional(p.url) { $0.string($1) }
        for date in [p.added, p.updated, p.reviewDue] { w.optional(date) { write($1, to: &$0) } }
        w.array(p.changes) { w, c in write(c.date, to: &w); w.string(c.note) }
        w.array(p.routes) { write($1, to: &$0, file: file) }
        w.array(p.links) { w, l in w.string(l.destination); write(l.location, to: &w, file: file) }
        w.array(p.headings) { w, h in w.int(h.level); w.string(h.text); w.string(h.anchor); write(h.location, to: &w, file: file) }
        w.array(entry.diagnostics) { w, d in
            w.string(d.severity.rawValue); write(d.location, to: &w, file: file); w.string(d.message)
        }
    }

    package static func write(_ route: Route, to w: inout ByteWriter, file: String) {
        w.string(route.id); w.string(route.policyID); w.string(route.title)
        w.array(route.raisedBy) { $0.string($1.rawValue) }
        w.array(route.stages) { w, s in
            w.string(s.id); w.int(s.order); w.string(s.name)
            w.optional(s.officer) { $0.string($1) }
            // Only the words: the readings are read from them again, the same way every time.
            w.optional(s.timescale) { $0.string($1.wording) }
            w.string(s.kind.rawValue)
            w.array(s.appliesTo) { $0.string($1.rawValue) }
            write(s.location, to: &w, file: file)
        }
        w.array(route.criteria) { w, c in
            w.string(c.id); w.string(c.title); w.string(c.description)
            w.optional(c.group) { $0.string($1) }
            w.array(c.appliesTo) { $0.string($1.rawValue) }
            write(c.location, to: &w, file: file)
        }
        for text in [route.bypass, route.finalStep, route.rights, route.sectionAnchor] { w.optional(text) { $0.string($1) } }
        write(route.location, to: &w, file: file)
        w.array(route.finalStepFor) { $0.string($1.rawValue) }
        w.array(route.nextStageNotes) { w, n in w.optional(n.after) { $0.string($1) }; w.string(n.quote) }
        w.optional(route.stagesCompiled) { $0.string($1) }
    }

    package static func write(_ date: PolicyDate, to w: inout ByteWriter) {
        w.int(date.year)
        w.optional(date.month) { $0.int($1) }
        w.optional(date.day) { $0.int($1) }
    }

    /// Locations in the policy's own file (nearly all) leave the file out.
    package static func write(_ location: SourceLocation, to w: inout ByteWriter, file: String) {
        w.optional(location.file == file ? nil : location.file) { $0.string($1) }
        w.int(location.line); w.int(location.column)
    }

    // MARK: reading

    package static func readEntry(_ r: inout ByteReader) throws -> LoadedPolicy {
        let id = try r.string(), file = try r.string()
        let authority = try r.string(), title = try r.string(), source = try r.string()
        let version = try r.optional { try $0.string() }
        let url = try r.optional { try $0.string() }
        let added = try r.optional(readDate), updated = try r.optional(readDate), reviewDue = try r.optional(readDate)
        let changes = try r.array { r in ChangeNote(date: try readDate(&r), note: try r.string()) }
        let routes = try r.array { try readRoute(&$0, file: file) }
        let links = try r.array { r in LinkReference(destination: try r.string(), location: try readLocation(&r, file: file)) }
        let headings = try r.array { r in
            Heading(level: try r.int(), text: try r.string(), anchor: try r.string(), location: try readLocation(&r, file: file))
        }
        let diagnostics = try r.array { r in
            Diagnostic(try readSeverity(&r), try readLocation(&r, file: file), try r.string())
        }
        let policy = Policy(id: id, authority: authority, title: title, source: source, version: version, added: added,
                            updated: updated, reviewDue: reviewDue, changes: changes, routes: routes,
                            links: links, headings: headings, file: file, url: url)
        return LoadedPolicy(policy: policy, diagnostics: diagnostics)
    }

    package static func readRoute(_ r: inout ByteReader, file: String) throws -> Route {
        let id = try r.string(), policyID = try r.string(), title = try r.string()
        let raisedBy = try r.array(readRaiser)
        let stages = try r.array { r in
            Stage(id: try r.string(), order: try r.int(), name: try r.string(), officer: try r.optional { try $0.string() },
                  timescale: try r.optional { Timescale(wording: try $0.string()) },
                  kind: try readKind(&r), appliesTo: try r.array(readRaiser), location: try readLocation(&r, file: file))
        }
        let criteria = try r.array { r in
            Criterion(id: try r.string(), title: try r.string(), description: try r.string(), group: try r.optional { try $0.string() },
                      appliesTo: try r.array(readRaiser), location: try readLocation(&r, file: file))
        }
        let bypass = try r.optional { try $0.string() }, finalStep = try r.optional { try $0.string() }
        let rights = try r.optional { try $0.string() }, sectionAnchor = try r.optional { try $0.string() }
        let location = try readLocation(&r, file: file)
        let finalStepFor = try r.array(readRaiser)
        let notes = try r.array { r in NextStageNote(after: try r.optional { try $0.string() }, quote: try r.string()) }
        let compiled = try r.optional { try $0.string() }
        return Route(id: id, policyID: policyID, title: title, raisedBy: raisedBy, stages: stages, criteria: criteria,
                     bypass: bypass, finalStep: finalStep, rights: rights, sectionAnchor: sectionAnchor,
                     location: location, finalStepFor: finalStepFor, nextStageNotes: notes, stagesCompiled: compiled)
    }

    package static func readKind(_ r: inout ByteReader) throws -> StageKind {
        guard let kind = StageKind(rawValue: try r.string()) else { throw ByteReader.Malformed() }
        return kind
    }

    package static func readSeverity(_ r: inout ByteReader) throws -> Diagnostic.Severity {
        guard let severity = Diagnostic.Severity(rawValue: try r.string()) else { throw ByteReader.Malformed() }
        return severity
    }

    package static func readRaiser(_ r: inout ByteReader) throws -> Raiser {
        guard let raiser = Raiser(rawValue: try r.string()) else { throw ByteReader.Malformed() }
        return raiser
    }

    package static func readDate(_ r: inout ByteReader) throws -> PolicyDate {
        PolicyDate(year: try r.int(), month: try r.optional { try $0.int() }, day: try r.optional { try $0.int() })
    }

    package static func readLocation(_ r: inout ByteReader, file: String) throws -> SourceLocation {
        let other = try r.optional { try $0.string() }
        return SourceLocation(file: other ?? file, line: try r.int(), column: try r.int())
    }
}
