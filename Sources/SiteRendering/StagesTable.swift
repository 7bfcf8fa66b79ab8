import PolicyModel

/// A route's stages as an HTML table: stage, responsible officer, timescale exactly as worded
/// with what its unit means. Used on policy, route and compare pages.
enum StagesTable {
    static func html(_ route: Route, caption: String) -> [UInt8] {
        var out = HTMLWriter(capacity: 2048)
        write(route, caption: caption, into: &out)
        return out.bytes
    }

    /// `html` written into a page.
    static func write(_ route: Route, caption: String, into out: inout HTMLWriter) {
        guard !route.stages.isEmpty else {
            out += "<p>This policy sets no escalation stages for this route.</p>\n"
            return
        }
        out += "<div class=\"table-wrap\"><table class=\"stages\">\n<caption>"; out.escaping(caption); out += "</caption>\n"
        out += "<thead><tr><th scope=\"col\">Stage</th><th scope=\"col\">Responsible officer</th><th scope=\"col\">Timescale</th></tr></thead>\n<tbody>\n"
        for stage in route.stages {
            out += "<tr id=\""; out += Anchor.stage(stage, of: route); out += "\"><th scope=\"row\">"; out.escaping(stage.name)
            out += "<br><span class=\"hint\">"; out.escaping(kindLabel(stage, in: route)); out += "</span>"; out += onlyTag(stage.appliesTo, of: route); out += "</th><td>"
            // An action or a decision is said as what it is, not as an officer responding.
            switch stage.kind {
            case .action: out += "Action: "
            case .decision: out += "Decided by: "
            case .formal, .informal: break
            }
            out.escaping(stage.officer ?? "Not stated in the policy"); out += "</td><td>"
            if let t = stage.timescale {
                out += "<strong>"; out.escaping(t.wording); out += "</strong>"
                let note = t.explanation(for: route.raisedBy)
                if !note.isEmpty { out += "<br><span class=\"hint\">"; out.escaping(note); out += "</span>" }
            } else {
                out += "Not stated in the policy"
            }
            out += "</td></tr>\n"
        }
        out += "</tbody>\n</table></div>\n"
    }

    /// A stage's kind and place in words: "Stage 2 of 4", "Informal stage (not counted)",
    /// "Action the IRO may take (not a level)", "Decision (stage 5 of 5)".
    static func kindLabel(_ stage: Stage, in route: Route) -> String {
        switch stage.kind {
        case .formal:
            let p = route.formalPosition(of: stage)!
            return "Stage \(p.order) of \(p.count)"
        case .decision:
            let p = route.formalPosition(of: stage)!
            return "Decision (stage \(p.order) of \(p.count))"
        case .informal: return "Informal stage (not counted)"
        case .action:
            let who = stage.appliesTo.isEmpty ? route.raisedBy : stage.appliesTo
            return "Action the \(Raiser.phrase(who)) may take (not a level)"
        }
    }

    /// "IRO only" tag for an item the policy marks for some of the route's raisers only;
    /// empty for an item that serves all of them.
    static func onlyTag(_ appliesTo: [Raiser], of route: Route) -> String {
        // The common case (unmarked: the route's raisers, in order) without building sets.
        guard !appliesTo.isEmpty, appliesTo != route.raisedBy, Set(appliesTo) != Set(route.raisedBy) else { return "" }
        return " <span class=\"tag\">\(HTML.escape(Raiser.phrase(appliesTo))) only</span>"
    }

    /// The caveat for a table the author compiled from the policy's prose, shown wherever
    /// the table is (route page, policy page, compare page): the policy has no such table.
    static func compiledNote(_ route: Route) -> String {
        guard let caveat = route.stagesCompiled else { return "" }
        return "<div class=\"notice compiled\"><p><strong>Compiled from the policy's text:</strong> \(HTML.escape(caveat))</p></div>\n"
    }

    /// The route's total in words, unit by unit, or nil if no stage states a number.
    static func total(_ facts: RouteFacts.Facts) -> String? { facts.totalSentence }
}
