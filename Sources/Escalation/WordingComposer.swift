import Foundation
import Mustache
import PolicyModel

/// Fills the escalation wording template from `content/` with a request. The site's picker and
/// `policyguide escalate` both call this, so they cannot say different things.
public struct WordingComposer: Sendable {
    let template: MustacheTemplate
    let calendar = WorkingDayCalendar()

    /// Placeholder keys, their CLI flags and the marked text shown when the chair has not
    /// given a value.
    public static let placeholders: [(key: String, flag: String, marker: String)] = [
        ("childName", "child-name", "[CHILD OR YOUNG PERSON'S NAME]"),
        ("childId", "child-id", "[CHILD'S ID IN THE CASE RECORD]"),
        ("evidence", "evidence", "[EVIDENCE: WHAT HAS HAPPENED, WITH DATES]"),
        ("impact", "impact", "[IMPACT ON THE CHILD]"),
        ("action", "action", "[ACTION REQUESTED AND BY WHEN]"),
        ("raisedBy", "raised-by", "[YOUR NAME AND ROLE]"),
    ]

    /// What the wording says in place of criteria on a route whose policy lists none.
    public static let noCriteriaMarker = "[REASON FOR ESCALATION: the policy lists no criteria for this route; give the reason in your own words]"

    /// Parses the template; throws `EscalationError.template` if it is not valid Mustache.
    public init(template source: String) throws {
        do {
            template = try MustacheTemplate(string: source)
        } catch {
            throw EscalationError.template("\(error)")
        }
    }

    /// A composer for a template `WordingTemplateCheck` has already parsed.
    init(parsed template: MustacheTemplate) {
        self.template = template
    }

    /// Composes the wording for a request.
    public func compose(_ request: EscalationRequest) throws -> EscalationWording {
        let (context, due, unresolved) = try context(for: request)
        let text = render(context)
        var dueDates: [DueDateReading] = []
        if let raised = request.raised, let timescale = request.stage?.timescale {
            dueDates = (try? DueDate.readings(for: timescale, raised: raised, raisers: request.route.raisedBy,
                                                    subject: Self.dueSubject(request.stage), calendar: calendar)) ?? []
        }
        var wording = EscalationWording(route: request.route.qualifiedID, authority: request.policy.authority, policy: request.policy.title,
                                        stage: request.stage?.name, officer: request.stage?.officer, timescale: request.stage?.timescale?.wording,
                                        due: due, dueDates: dueDates, ifUnresolved: unresolved, criteria: request.criteria.map(\.id), text: text,
                                        stageKind: request.stage?.kind.rawValue, raiser: request.raiser?.rawValue)
        wording.raised = request.raised.map { r in r.date.iso + (r.minutes.map { "T" + RaisedAt.clock($0) } ?? "") }
        return wording
    }

    /// Fills the template with `context` and tidies the result (what `compose` prints).
    public func render(_ context: [String: Any]) -> String {
        Self.tidy(template.render(context))
    }

    /// Fills the template with `context`, untidied: `WordingShapes` puts values into the text
    /// before tidying it.
    func renderUntidied(_ context: [String: Any]) -> String {
        template.render(context)
    }

    /// The values the template is filled with for `request`, with the due-date statements
    /// and the next step that go into them. The entries named in
    /// `WordingShapes.routeWideEntries` must not depend on the request's stage: the site
    /// describes them once for all the stages of a route.
    public func context(for request: EscalationRequest) throws -> (context: [String: Any], due: [String], ifUnresolved: String) {
        try context(for: request, criteria: Self.criteriaValues(request.criteria))
    }

    /// The template's values for each of `criteria`: what `context(for:)` puts under
    /// "criteria", made once for all the stages of a route by the site.
    static func criteriaValues(_ criteria: [Criterion]) -> [[String: Any]] {
        criteria.map { c -> [String: Any] in
            var d: [String: Any] = ["title": c.title, "id": c.id]
            // Later paragraphs stay indented under their criterion in the copied text.
            if !c.description.isEmpty { d["description"] = Self.indentedDescription(c.description) }
            if let g = c.group { d["group"] = g }
            return d
        }
    }

    /// `context(for:)` with the criteria's values already made (`criteriaValues`).
    func context(for request: EscalationRequest, criteria: [[String: Any]]) throws -> (context: [String: Any], due: [String], ifUnresolved: String) {
        let route = request.route
        var due: [String] = []
        if let raised = request.raised, let timescale = request.stage?.timescale {
            do { due = try DueDate.statements(for: timescale, raised: raised, raisers: route.raisedBy,
                                                    subject: Self.dueSubject(request.stage), calendar: calendar) }
            catch let e as WorkingDayCalendar.OutOfRange { throw EscalationError.dateOutOfRange(e.description) }
        }
        let unresolved = Self.ifUnresolved(route: route, stage: request.stage, raiser: request.raiser)
        var context: [String: Any] = [
            "authority": request.policy.authority,
            "policyTitle": request.policy.title,
            "routeTitle": route.title,
            "routeId": route.qualifiedID,
            "raisers": request.raiser?.displayName ?? route.raisedBy.map(\.displayName).joined(separator: " / "),
            "criteria": criteria,
            "ifUnresolved": unresolved,
            "due": due,
            "dateRaised": request.raised?.description ?? "[DATE RAISED]",
        ]
        if let v = request.policy.version { context["policyVersion"] = v }
        if route.criteria.isEmpty { context["noCriteria"] = Self.noCriteriaMarker }
        if let stage = request.stage {
            // `order` is the row in the policy's table, whatever the stage's kind, so formal and
            // informal stages fill the template alike (one shared rendering, see WordingShapes);
            // the count of formal stages is in `position`'s words, never a total of rows.
            var s: [String: Any] = ["name": stage.name, "order": stage.order, "position": Self.position(of: stage, in: route, raiser: request.raiser)]
            let stated = "Not stated in the policy"
            // Each kind has its own lines: an action or a decision is never worded as an
            // officer's response by a deadline.
            switch stage.kind {
            case .formal, .informal: s["officer"] = stage.officer ?? stated
            case .action: s["actionWords"] = stage.officer ?? stage.name
            case .decision: s["decidedBy"] = stage.officer ?? stated
            }
            s["timescale"] = stage.timescale?.wording ?? stated
            if let t = stage.timescale, case let note = t.explanation(for: route.raisedBy), !note.isEmpty { s["timescaleNote"] = note }
            context["stage"] = s
        } else {
            // Not "no timescales": a policy without stages may still set other deadlines
            // (the briefing's report deadlines before a conference).
            context["noStages"] = "This policy sets no escalation stages for this route."
        }
        if let b = route.bypass { context["bypass"] = b }
        if let r = route.rights { context["rights"] = r }
        for p in Self.placeholders {
            let value = request.placeholders[p.key]?.trimmingCharacters(in: " \n\t")
            context[p.key] = (value?.isEmpty ?? true) ? p.marker : value!
        }
        return (context, due, unresolved)
    }

    /// A criterion's description as the wording prints it: later paragraphs stay indented
    /// under their criterion. The site's picker uses this too, so both print the same.
    public static func indentedDescription(_ description: String) -> String {
        // Byte-level: the site indents every criterion of every route.
        guard description.containsByte(0x0A) else { return description }
        var out: [UInt8] = []
        out.reserveCapacity(description.utf8.count + 8)
        var previousWasNewline = false
        for b in description.utf8 {
            if b == 0x0A && previousWasNewline {
                out += [0x20, 0x20]           // "\n\n" becomes "\n  "
                previousWasNewline = false
            } else {
                out.append(b)
                previousWasNewline = b == 0x0A
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Where a stage stands, in words: "stage 2 of 4", "informal stage, not counted among the
    /// 4 formal stages", "an action the IRO may take; not a level of escalation". Informal
    /// stages and actions are never counted; "formal" is said only of what the informal
    /// stage is set against (a policy may keep "the formal process" for its last step).
    public static func position(of stage: Stage, in route: Route, raiser: Raiser?) -> String {
        let formal = route.formalCount
        switch stage.kind {
        case .formal, .decision:
            let p = route.formalPosition(of: stage)!
            return "stage \(p.order) of \(p.count)" + (stage.kind == .decision ? ", a decision" : "")
        case .informal:
            return formal == 0 ? "informal stage" : "informal stage, not counted among the \(formal) formal stage\(formal == 1 ? "" : "s")"
        case .action:
            let who = raiser.map { [$0] } ?? (stage.appliesTo.isEmpty ? route.raisedBy : stage.appliesTo)
            return "an action the \(Raiser.phrase(who)) may take; not a level of escalation"
        }
    }

    /// What a stage's due date is for: a decision at a decision stage, else a response.
    static func dueSubject(_ stage: Stage?) -> String { stage?.kind == .decision ? "Decision" : "Response" }

    /// What happens next, continuing "If this is not resolved at this stage, …": the next
    /// level for this raiser, with the policy's own words on moving to it; any action the
    /// policy names; the policy's final step where it serves this raiser.
    public static func ifUnresolved(route: Route, stage: Stage?, raiser: Raiser? = nil) -> String {
        let finalStep = route.finalStepApplies(to: raiser) ? route.finalStep : nil
        guard let stage else {
            if let f = finalStep { return "the policy says: “\(f)”" }
            return "the policy does not say what happens next."
        }
        if stage.kind == .action {
            return finalStep.map { "the policy says: “\($0)”" } ?? "the policy names no step after this action."
        }
        // The levels after this stage, for this raiser (an action is never "the next stage").
        let after = route.stages[min(stage.order, route.stages.count)...]
        func isLevel(_ s: Stage) -> Bool { s.isLevel && s.applies(to: raiser) }
        var s: String
        if let i = after.firstIndex(where: isLevel) {
            let next = route.stages[i]
            let nextIsLast = !route.stages[(i + 1)...].contains(where: isLevel)
            s = "the next stage in the policy is \(next.name)"
            if let o = next.officer { s += next.kind == .decision ? ", a decision by: \(o)" : ": \(o)" }
            if let t = next.timescale {
                // "response within 5 days" reads; "response within At any time" does not.
                // Only a plain single time reads after "within"; anything with a label, a
                // condition or a second reading is quoted whole.
                let plain = t.readings.count == 1 && t.readings[0].condition == nil && t.readings[0].scope == nil
                s += plain && t.wording.first?.isNumber == true && next.kind != .decision ? ", response within \(t.wording)" : ", timescale as worded in the policy: “\(t.wording)”"
            }
            s += "."
            for note in route.nextStageNotes where note.after == nil || note.after == stage.id {
                s += " The policy says: “\(note.quote)”"
            }
            if let f = finalStep, nextIsLast { s += " " + f }
        } else {
            s = "this is the last stage in the policy" + (finalStep.map { ". " + $0 } ?? "; it names no further step.")
        }
        for action in route.stages where action.kind == .action && action.applies(to: raiser) {
            s += " The policy also names an action: \(action.name), \(action.officer ?? "not described")"
            s += action.timescale.map { " (timescale as worded: “\($0.wording)”)." } ?? "."
        }
        return s
    }

    // Templates are easier to write with generous blank lines; collapse runs of them and trim
    // trailing spaces so the copied text is clean in any case-recording system.
    public static func tidy(_ text: String) -> String {
        // Byte-level: the picker composes every stage of every route, so this is hot.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var lastWasBlank = true
        for raw in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            var end = raw.endIndex
            while end > raw.startIndex {
                let b = raw[raw.index(before: end)]
                guard b == 0x20 || b == 0x09 || b == 0x0D else { break }
                end = raw.index(before: end)
            }
            let line = raw[raw.startIndex..<end]
            if line.isEmpty {
                if lastWasBlank { continue }
                lastWasBlank = true
            } else {
                lastWasBlank = false
            }
            out.append(contentsOf: line)
            out.append(0x0A)
        }
        // Drop trailing blank lines, leaving exactly one final newline.
        while out.count >= 2 && out[out.count - 1] == 0x0A && out[out.count - 2] == 0x0A { out.removeLast() }
        if out.isEmpty || out.last != 0x0A { out.append(0x0A) }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let c = s.first, set.contains(c) { s.removeFirst() }
        while let c = s.last, set.contains(c) { s.removeLast() }
        return String(s)
    }
}
