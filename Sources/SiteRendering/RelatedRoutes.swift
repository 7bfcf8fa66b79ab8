import PolicyModel

/// Other authorities' routes for the same raiser, linked from a route's page, as a manual's
/// "related chapters". At most `limit` are listed (the compare page has them all), taken from
/// a list built once for the site, so a page's cost does not grow with the number of policies.
enum RelatedRoutes {
    static let limit = 8

    static func write(_ route: Route, context: RenderContext, layout: PageLayout, into out: inout HTMLWriter) {
        var related: [Route] = []
        var seen = Set<String>()
        outer: for raiser in route.raisedBy {
            for other in context.routesByRaiser[raiser] ?? [] where other.policyID != route.policyID {
                if related.count == limit { break outer }
                if seen.insert(other.qualifiedID).inserted { related.append(other) }
            }
        }
        guard !related.isEmpty else { return }
        out += "<h2 id=\"related-routes\">Related routes in other authorities’ policies</h2>\n<p>Routes raised by the same officer ("
        out.escaping(Raiser.phrase(route.raisedBy)); out += "), worded by their own policies: follow your own authority’s.</p>\n<ul>\n"
        for r in related {
            let authority = context.model.policy(r.policyID)?.authority ?? r.policyID
            out += "<li><a href=\""; out += layout.href(SitePath.route(r)); out += "\">"; out.escaping(authority); out += ": "; out.escaping(r.title)
            out += "</a> <span class=\"hint\">(raised by "; out.escaping(Raiser.phrase(r.raisedBy)); out += ")</span></li>\n"
        }
        out += "</ul>\n<p><a href=\""; out += layout.href(SitePath.compare); out += "\">Compare every authority’s stages and timescales</a></p>\n"
    }
}
