import PolicyModel

/// A route's page: the escalation ladder, its stages table, the policy's words on exits and
/// rights, and the criterion picker that composes wording with HTML and CSS only (`picker.js`
/// adds due dates and a copy button where scripts run).
struct RoutePage {
    let context: RenderContext
    let policy: Policy
    let route: Route
    /// Who the wording is composed for (`RouteWordingComposer.raisers(of:)`), worked out once per route.
    let raisers: [Raiser?]
    /// The marked wording for each raiser the picker offers (`RouteWordingComposer.raisers`) and
    /// each stage (one entry when the route has no stages).
    let wordings: [[PickerWording]]
    /// The ladder and stages table, shared with the route's handout.
    let figures: RouteFigures

    func render() throws -> Page {
        let path = SitePath.route(route)
        let layout = context.layout(path)
        let contents = try layout.render(
            title: "\(route.title): escalation route",
            breadcrumbs: [Breadcrumb("Home", SitePath.home), Breadcrumb(policy.title, SitePath.policy(policy.id))],
            mainSize: 32_768, printSource: context.citation(policy), scripts: [SitePath.pickerScript]) { main in
        main += "<h1>\(HTML.escape(route.title)): escalation route</h1>\n"
        main += "<p class=\"jump screen-only\"><a href=\"#picker-heading\">Compose escalation wording</a></p>\n"
        main += "<p class=\"lead\">\(HTML.escape(policy.authority)). From <a href=\"\(layout.href(SitePath.policy(policy.id)))#\(Anchor.route(route))\">\(HTML.escape(policy.title))</a>.</p>\n"
        KeyFacts.write(route, facts: context.routeFacts.of(route), layout: layout, linkToRoute: false, into: &main)
        main += "<p class=\"screen-only\"><a href=\"\(layout.href(SitePath.handout(route)))\">One-page handout of this route for trainers</a> (ladder, stages and criteria on one A4 page).</p>\n"
        main += "<h2>Stages</h2>\n"
        main += StagesTable.compiledNote(route)
        figures.ladder(id: "ladder-\(route.id)", into: &main)
        main += figures.stagesTable
        if let t = StagesTable.total(context.routeFacts.of(route)) { main += "<p>\(HTML.escape(t))</p>\n" }
        if let n = context.lint.totalNotice(route) {
            // An editor notice: collapsed, still announced by its summary.
            main += "<details class=\"editor-notices\">\n<summary>Notice for editors: the total time</summary>\n<div class=\"notice\"><p>\(HTML.escape(n)) (IRO Handbook 2010, paragraph 6.2.)</p></div>\n</details>\n"
        }
        main += Quotes.html(route)
        picker(layout: layout, into: &main)
        if route.criteria.isEmpty {
            main += "<h2>Criteria</h2>\n<p>The policy lists no criteria for this route: the wording above has a [REASON FOR ESCALATION] placeholder for your reason.</p>\n"
        } else {
            main += "<h2 id=\"criteria-pages\">Criteria: wording at every stage</h2>\n<p>Each criterion also has its own page with the wording for every stage, for browsers that cannot use the picker.</p>\n"
            for (group, members) in Self.groups(route) {
                if let group { main += "<h3>\(HTML.escape(group))</h3>\n" }
                main += "<ul>\n"
                for (_, c) in members {
                    main += "<li><a href=\""; main += layout.href(SitePath.criterion(c, of: route)); main += "\">"; main.escaping(c.label); main += "</a>"
                    main += StagesTable.onlyTag(c.appliesTo, of: route); main += "</li>\n"
                }
                main += "</ul>\n"
            }
        }
        RelatedRoutes.write(route, context: context, layout: layout, into: &main)
        main += PrintHelp.backToTop
        }
        return Page(path: path, contents: contents)
    }

    /// The route's criteria under the policy's own headings, in order, each with its index in
    /// the route (which the picker's boxes and lines are numbered by).
    static func groups(_ route: Route) -> [(group: String?, members: [(Int, Criterion)])] {
        var out: [(group: String?, members: [(Int, Criterion)])] = []
        for (i, c) in route.criteria.enumerated() {
            if let last = out.last, last.group == c.group { out[out.count - 1].members.append((i, c)) }
            else { out.append((c.group, [(i, c)])) }
        }
        return out
    }

    func picker(layout: PageLayout, into out: inout HTMLWriter) {
        let several = raisers.count > 1
        let noCriteria = route.criteria.isEmpty
        var step = 0
        func legend(_ text: String) -> String { step += 1; return "\(step). \(text)" }
        out += "<h2 id=\"picker-heading\">Compose escalation wording</h2>\n"
        if !route.stages.isEmpty { out += PickerData(route: route).html() }
        out += noCriteria
            ? "<p class=\"picker-intro\">Choose the stage: the wording appears below, ready to copy into the case record. The policy lists no criteria for this route, so the wording has a [REASON FOR ESCALATION] placeholder: replace it, and the other [MARKED PLACEHOLDERS], with what only you know. Nothing you choose leaves this page.</p>\n"
            : "<p class=\"picker-intro\">Tick the criteria and choose the stage: the wording for exactly that choice appears below, ready to copy into the case record. Replace the [MARKED PLACEHOLDERS] with what only you know. Nothing you choose leaves this page.</p>\n"
        let classes = ["picker", route.stages.isEmpty ? "no-stages" : nil, noCriteria ? "no-criteria" : nil].compactMap { $0 }.joined(separator: " ")
        out += "<form class=\"\(classes)\" aria-labelledby=\"picker-heading\">\n"
        if several {
            out += "<fieldset>\n<legend>\(legend("You are raising it as"))</legend>\n"
            for (k, r) in raisers.enumerated() {
                out += "<div class=\"choice\"><input type=\"radio\" id=\"pr-\(k)\" name=\"raiser\" value=\"\(r!.rawValue)\"\(k == 0 ? " checked" : "")><label for=\"pr-\(k)\">\(HTML.escape(r!.displayName))</label></div>\n"
            }
            out += "</fieldset>\n"
        }
        if !noCriteria {
            out += "<fieldset>\n<legend>\(legend("Criteria (tick one or more)"))</legend>\n"
            for (group, members) in Self.groups(route) {
                // The policy's own heading over its criteria; a heading all of whose criteria
                // are for another raiser is hidden with them.
                if let group {
                    let common = members.allSatisfy { Set($0.1.appliesTo) == Set(members[0].1.appliesTo) } ? members[0].1.appliesTo : []
                    out += "<fieldset class=\"crit-group\(Self.hiddenFor(common, raisers))\">\n<legend>\(HTML.escape(group))</legend>\n"
                }
                for (i, c) in members {
                    out += "<div class=\"choice"; out += Self.hiddenFor(c.appliesTo, raisers); out += "\"><input class=\"crit\" type=\"checkbox\" id=\"pc-"; out.number(i)
                    out += "\" name=\"criterion\" value=\""; out += c.id; out += "\"><label for=\"pc-"; out.number(i); out += "\">"; out.escaping(c.label)
                    out += StagesTable.onlyTag(c.appliesTo, of: route); out += "</label></div>\n"
                }
                if group != nil { out += "</fieldset>\n" }
            }
            out += "</fieldset>\n"
        }
        if !route.stages.isEmpty {
            out += "<fieldset>\n<legend>\(legend("Stage"))</legend>\n"
            for (j, s) in route.stages.enumerated() {
                let detail = [s.officer, s.timescale?.wording].compactMap { $0 }.joined(separator: ", ")
                let kind = s.kind == .formal ? "" : " [\(s.kind.displayName)]"
                out += "<div class=\"choice"; out += Self.hiddenFor(s.appliesTo, raisers); out += "\"><input type=\"radio\" id=\"ps-"; out.number(j)
                out += "\" name=\"stage\" value=\""; out += s.id; out += j == 0 ? "\" checked><label for=\"ps-" : "\"><label for=\"ps-"; out.number(j); out += "\">"
                out.escaping(s.name); out.escaping(kind)
                if !detail.isEmpty { out += " ("; out.escaping(detail); out += ")" }
                out += StagesTable.onlyTag(s.appliesTo, of: route); out += "</label></div>\n"
            }
            out += "</fieldset>\n"
        }
        if !noCriteria {
            out += "<p class=\"picker-hint\">Tick at least one criterion to see the wording.</p>\n"
            out += "<div class=\"picker-fallback notice\"><p>This browser cannot show the composed wording here. Each criterion has its own page with the wording for every stage: see <a href=\"#criteria-pages\">the criterion pages</a>, or use <code>policyguide escalate</code>.</p></div>\n"
        }
        let stages: [Stage?] = route.stages.isEmpty ? [nil] : route.stages.map { $0 }
        step += 1
        for (k, raiser) in raisers.enumerated() {
            for (j, s) in stages.enumerated() {
                var label = s.map { "Wording for \($0.name)" } ?? "Wording"
                if several, let raiser { label += " (\(raiser.displayName))" }
                // A bordered block in the page's own font (no grey monospace box comes with a
                // paste); focusable, so Tab reaches it and one Ctrl+A selects the wording alone.
                out += "<div class=\"wording\" id=\"w-"
                if several { out.number(k); out += "-" }
                out.number(j); out += "\" data-stage=\""; out.number(j); out += "\">\n<h3>"; out.number(step); out += ". "; out.escaping(label); out += "</h3>\n"
                out += "<div class=\"wording-text\" tabindex=\"0\" role=\"region\" aria-label=\""; out.escaping(label); out += ": select and copy\" aria-live=\"polite\">"
                wordings[k][j].markedHTML(into: &out)
                out += "</div>\n</div>\n"
            }
        }
        out += "</form>\n"
    }

    /// The classes that hide a choice while a raiser it is not for is chosen (" not-r-1").
    static func hiddenFor(_ appliesTo: [Raiser], _ raisers: [Raiser?]) -> String {
        guard raisers.count > 1, !appliesTo.isEmpty else { return "" }
        return raisers.enumerated().filter { !appliesTo.contains($0.element!) }.map { " not-r-\($0.offset)" }.joined()
    }
}
