import PolicyModel

/// A route's facts first, before anything else on its page and its policy's page: who raises
/// it, the first step and its timescale as worded, the stated total, and what comes next.
/// Every value is the policy's own (or says the policy states none); nothing is derived.
enum KeyFacts {
    static func write(_ route: Route, facts: RouteFacts.Facts, layout: PageLayout, linkToRoute: Bool, into out: inout HTMLWriter) {
        let who = Raiser.phrase(route.raisedBy)
        var rows: [(String, String)] = [("Who raises it", HTML.escape(who) + (route.title == who ? "" : " (route: " + HTML.escape(route.title) + ")"))]
        if let first = route.stages.first {
            let officer = LadderDiagram.prefix(first) + (first.officer ?? "officer not stated")
            rows.append(("First step", "\(HTML.escape(first.name)): \(HTML.escape(officer)). Timescale, as the policy words it: \(HTML.escape(first.timescale?.wording ?? "not stated"))"))
        } else {
            rows.append(("First step", "This policy sets no escalation stages for this route."))
        }
        if !route.stages.isEmpty {
            let phrase = facts.stageCountPhrase
            rows.append(("How long", HTML.escape("\(phrase.prefix(1).uppercased())\(phrase.dropFirst()). " + (facts.totalSentence ?? "No stage states a number of days or hours."))))
        }
        var next = ""
        if linkToRoute {
            next = "<a href=\"\(layout.href(SitePath.route(route)))\">Stages, ladder and escalation wording for this route</a>"
        } else {
            next = route.criteria.isEmpty ? "<a href=\"#picker-heading\">Compose the escalation wording</a>"
                                          : "<a href=\"#picker-heading\">Tick the criteria and compose the escalation wording</a>"
        }
        if let f = route.finalStep { next += ". Final step, in the policy’s words: “\(HTML.escape(f))”" }
        rows.append(("What next", next))
        out += "<dl class=\"summary key-facts\">\n"
        for (k, v) in rows { out += "<div><dt>"; out += k; out += "</dt><dd>"; out += v; out += "</dd></div>\n" }
        out += "</dl>\n"
    }
}
