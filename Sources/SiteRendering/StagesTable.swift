import PolicyModel

/// A route's stages as an HTML table: stage, responsible officer, timescale exactly as worded
/// with what its unit means. Used on policy, route and compare pages.
enum StagesTable {
    static func html(_ route: Route, caption: String) -> String {
        guard !route.stages.isEmpty else {
            return "<p>This policy sets no escalation stages for this route.</p>\n"
        }
        var out = "<div class=\"table-wrap\"><table class=\"stages\">\n<caption>\(HTML.escape(caption))</caption>\n"
        out += "<thead><tr><th scope=\"col\">Stage</th><th scope=\"col\">Responsible officer</th><th scope=\"col\">Timescale</th></tr></thead>\n<tbody>\n"
        for stage in route.stages {
            out += "<tr id=\"stage-\(route.id)-\(stage.id)\"><th scope=\"row\">\(HTML.escape(stage.name))</th>"
            out += "<td>\(HTML.escape(stage.officer ?? "Not stated in the policy"))</td><td>"
            if let t = stage.timescale {
                out += "<strong>\(HTML.escape(t.wording))</strong>"
                let note = t.explanation(for: route.raisedBy)
                if !note.isEmpty { out += "<br><span class=\"hint\">\(HTML.escape(note))</span>" }
            } else {
                out += "Not stated in the policy"
            }
            out += "</td></tr>\n"
        }
        out += "</tbody>\n</table></div>\n"
        return out
    }

    /// The route's total in words, unit by unit, or nil if no stage states a number.
    static func total(_ route: Route) -> String? { route.total.sentence }
}
