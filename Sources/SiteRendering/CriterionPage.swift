import Foundation
import Escalation
import PolicyModel

/// A criterion's permanent page: the policy's words and the escalation wording at every stage,
/// plain HTML for any browser.
struct CriterionPage {
    let context: RenderContext
    let policy: Policy
    let route: Route
    let criterion: Criterion
    /// Its index in the route.
    let index: Int
    /// Who the wording is composed for (`RouteWordingComposer.raisers(of:)`), worked out once per route.
    let raisers: [Raiser?]
    /// The route's marked wording for each raiser (`RouteWordingComposer.raisers`) and stage.
    let wordings: [[PickerWording]]

    func render() -> Page {
        let path = SitePath.criterion(criterion, of: route)
        let layout = context.layout(path)
        let contents = layout.render(
            title: criterion.title,
            breadcrumbs: [Breadcrumb("Home", SitePath.home), Breadcrumb(policy.title, SitePath.policy(policy.id)), Breadcrumb(route.title, SitePath.route(route))],
            mainSize: 8_192, printSource: context.citation(policy)) { main in
        main += "<h1>"; main.escaping(criterion.title); main += "</h1>\n"
        main += "<p class=\"lead\">A criterion for escalation on the route “"; main.escaping(route.title); main += "”, "; main.escaping(policy.authority); main += ".</p>\n"
        if let g = criterion.group { main += "<p>Listed under: "; main.escaping(g); main += "</p>\n" }
        if criterion.appliesTo != route.raisedBy, Set(criterion.appliesTo) != Set(route.raisedBy) {
            main += "<p>Applies to: \(HTML.escape(Raiser.phrase(criterion.appliesTo))) only.</p>\n"
        }
        if !criterion.description.isEmpty {
            main += "<h2>In the policy's words</h2>\n<blockquote>\n"
            for para in Self.paragraphs(criterion.description) { main += "<p>"; main.escaping(para); main += "</p>\n" }
            main += "</blockquote>\n"
        }
        main += "<p><a href=\""; main += layout.href(SitePath.policy(policy.id)); main += "#"; main += Anchor.criterion(criterion, of: route)
        main += "\">See it in the policy</a> · <a href=\""; main += layout.href(SitePath.route(route)); main += "\">Combine it with other criteria in the picker</a></p>\n"
        let stages: [Stage?] = route.stages.isEmpty ? [nil] : route.stages.map { $0 }
        // On a shared route, the wording for each raiser the criterion is for (the final
        // step or a stage may be for one raiser only); never for a raiser it is not for.
        for (k, raiser) in raisers.enumerated() where raiser == nil || criterion.appliesTo.contains(raiser!) {
            for (j, s) in stages.enumerated() where s?.applies(to: raiser) ?? true {
                var heading = s.map { "Wording at \($0.name)" } ?? "Wording"
                var hid = "wording-" + (s?.id ?? "all")
                if raisers.count > 1, let raiser {
                    heading += " (\(raiser.displayName))"
                    hid += "-" + raiser.rawValue
                }
                main += "<h2 id=\""; main += hid; main += "\">"; main.escaping(heading); main += "</h2>\n<pre class=\"wording-static\">"
                wordings[k][j].escapedText(for: index, into: &main)
                main += "</pre>\n"
            }
        }
        }
        return Page(path: path, contents: contents)
    }

    /// `text` split at each blank line ("\n\n"), as `components(separatedBy:)` splits it,
    /// on bytes: Foundation's search was slow for a page built for every criterion.
    static func paragraphs(_ text: String) -> [String] {
        var out: [String] = []
        let bytes = Array(text.utf8)
        var start = 0, i = 0
        while i + 1 < bytes.count {
            if bytes[i] == 0x0A && bytes[i + 1] == 0x0A {
                out.append(String(decoding: bytes[start..<i], as: UTF8.self))
                i += 2
                start = i
            } else {
                i += 1
            }
        }
        out.append(String(decoding: bytes[start...], as: UTF8.self))
        return out
    }
}
