import PolicyModel

/// Every route's stages side by side, built from the model: stage, officer, timescale as
/// worded, total formal time, bypass and exits. On a wide screen a table; on a phone (and on
/// paper) the same facts stacked route by route, so nothing scrolls sideways.
struct ComparePage {
    let context: RenderContext

    func render() -> Page {
        let layout = context.layout(SitePath.compare)
        let routes = context.model.routes
        let maxStages = routes.map(\.stages.count).max() ?? 0
        let contents = layout.render(title: "Compare authorities", breadcrumbs: [Breadcrumb("Home", SitePath.home)],
                                     mainSize: 4096 + routes.count * (maxStages * 600 + 1500)) { main in
        main += "<h1>Compare authorities</h1>\n<p class=\"lead\">Every route's stages and timescales side by side, worded exactly as each policy states them. A “day” is not a “working day” unless the policy says so.</p>\n"
        main += "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"compare-caption\" tabindex=\"0\">\n<table class=\"compare\">\n<caption id=\"compare-caption\">Escalation stages by route</caption>\n<thead><tr><th scope=\"col\">Step</th>"
        for r in routes {
            let p = context.model.policy(r.policyID)!
            main += "<th scope=\"col\"><a href=\""; main += layout.href(SitePath.route(r)); main += "\">"; main.escaping(p.authority); main += "<br>"
            main.escaping(r.title); main += "</a>"
            if r.stagesCompiled != nil { main += "<br><span class=\"tag\">Stages compiled from the policy's text</span>" }
            main += "</th>"
        }
        main += "</tr></thead>\n<tbody>\n"
        for i in 0..<maxStages {
            main += "<tr><th scope=\"row\">Row \(i + 1) of the stages table</th>"
            for r in routes {
                if i < r.stages.count {
                    let s = r.stages[i]
                    main += "<td><strong>"; main.escaping(s.name); main += "</strong><br><span class=\"hint\">"; main.escaping(StagesTable.kindLabel(s, in: r))
                    main += "</span>"; main += StagesTable.onlyTag(s.appliesTo, of: r); main += "<br>"; main.escaping(LadderDiagram.prefix(s)); main.escaping(s.officer ?? "Officer not stated")
                    main += "<br>"; main.escaping(s.timescale?.wording ?? "Timescale not stated"); main += "</td>"
                } else {
                    main += "<td>—</td>"
                }
            }
            main += "</tr>\n"
        }
        main += "<tr><th scope=\"row\">Total of stated times</th>"
        for r in routes {
            let cell = totalCell(r)
            main += "<td>"; main.escaping(cell); main += "</td>"
        }
        main += "</tr>\n<tr><th scope=\"row\">Bypass stages</th>"
        for r in routes { main += "<td>\(r.bypass.map { "Yes: “\(HTML.escape($0))”" } ?? "Not stated")</td>" }
        main += "</tr>\n<tr><th scope=\"row\">Final step or referral</th>"
        for r in routes {
            let only = r.finalStepFor.isEmpty ? "" : "<span class=\"tag\">\(HTML.escape(Raiser.phrase(r.finalStepFor))) only</span><br>"
            main += "<td>\(r.finalStep.map { only + "“\(HTML.escape($0))”" } ?? "Not stated")</td>"
        }
        main += "</tr>\n</tbody>\n</table>\n</div>\n"
        stacked(routes, layout: layout, into: &main)
        main += "<p>Notices for each policy’s editors (review dates, totals against the IRO Handbook) are on the policy’s own page.</p>\n"
        main += PrintHelp.backToTop
        }
        return Page(path: SitePath.compare, contents: contents)
    }

    /// The same facts as the table, one section per route: shown instead of the table below
    /// the breakpoint and on paper.
    func stacked(_ routes: [Route], layout: PageLayout, into out: inout HTMLWriter) {
        out += "<div class=\"compare-stacked\">\n"
        for r in routes {
            let p = context.model.policy(r.policyID)!
            out += "<section class=\"compare-route\" aria-labelledby=\"stack-"; out.escaping(r.policyID); out += "-"; out.escaping(r.id); out += "\">\n"
            out += "<h2 id=\"stack-"; out.escaping(r.policyID); out += "-"; out.escaping(r.id); out += "\"><a href=\""; out += layout.href(SitePath.route(r)); out += "\">"
            out.escaping(p.authority); out += ": "; out.escaping(r.title); out += "</a></h2>\n"
            if r.stagesCompiled != nil { out += "<p><span class=\"tag\">Stages compiled from the policy's text</span></p>\n" }
            if r.stages.isEmpty {
                out += "<p>No stages set.</p>\n"
            } else {
                out += "<ol class=\"compare-stages\">\n"
                for s in r.stages {
                    out += "<li><strong>"; out.escaping(s.name); out += "</strong> <span class=\"hint\">("; out.escaping(StagesTable.kindLabel(s, in: r)); out += ")</span>"
                    out += StagesTable.onlyTag(s.appliesTo, of: r); out += "<br>"; out.escaping(LadderDiagram.prefix(s)); out.escaping(s.officer ?? "Officer not stated")
                    out += "<br>Timescale: "; out.escaping(s.timescale?.wording ?? "Timescale not stated"); out += "</li>\n"
                }
                out += "</ol>\n"
            }
            out += "<dl class=\"summary\">\n"
            out += "<div><dt>Total of stated times</dt><dd>"; out.escaping(totalCell(r)); out += "</dd></div>\n"
            out += "<div><dt>Bypass stages</dt><dd>\(r.bypass.map { "Yes: “\(HTML.escape($0))”" } ?? "Not stated")</dd></div>\n"
            let only = r.finalStepFor.isEmpty ? "" : "<span class=\"tag\">\(HTML.escape(Raiser.phrase(r.finalStepFor))) only</span> "
            out += "<div><dt>Final step or referral</dt><dd>\(r.finalStep.map { only + "“\(HTML.escape($0))”" } ?? "Not stated")</dd></div>\n"
            out += "</dl>\n</section>\n"
        }
        out += "</div>\n"
    }

    /// The total row's cell for a route, as the table shows it.
    func totalCell(_ r: Route) -> String {
        let total = context.routeFacts.of(r).total
        var cell: String
        if r.stages.isEmpty {
            cell = "No stages set"
        } else if let one = total.single {
            cell = RouteTotal.phrase(one.total, one.unit) + (one.unit == "days" ? " (working days not stated)" : "")
        } else if total.isMixed {
            cell = "Cannot be added (different units): " + total.perUnit.map { RouteTotal.phrase($0.total, $0.unit) }.joined(separator: "; ")
        } else {
            cell = "No number stated: " + total.left.map { "\($0.stage), \($0.why)" }.joined(separator: "; ")
        }
        // A total never hides the stages it leaves out (at any time, a condition, two readings).
        if total.single != nil || total.isMixed, !total.left.isEmpty {
            cell += "; not counted: " + total.left.map { "\($0.stage) (\($0.why))" }.joined(separator: ", ")
        }
        return cell
    }
}
