import PolicyModel

/// Other authorities' routes for the same raiser, linked from a route's page, as a manual's
/// "related chapters". At most `limit` are listed (the compare page has them all), taken from
/// a list built once for the site, so a page's cost does not grow with the number of policies.
enum RelatedRoutes {
    static let limit = 8

    static func html(_ route: Route, context: RenderContext, layout: PageLayout) -> String {
        var related: [Route] = []
        var seen = Set<String>()
        outer: for raiser in route.raisedBy {
            for other in context.routesByRaiser[raiser] ?? [] where other.policyID != route.policyID {
                if related.count == limit { break outer }
                if seen.insert(other.qualifiedID).inserted { related.append(other) }
            }
        }
        guard !related.isEmpty else { return "" }
        var out = "<h2 id=\"related-routes\">Related routes in other authorities’ policies</h2>\n<p>Routes raised by the same officer (\(HTML.escape(Raiser.phrase(route.raisedBy)))), worded by their own policies: follow your own authority’s.</p>\n<ul>\n"
        for r in related {
            let authority = context.model.policy(r.policyID)?.authority ?? r.policyID
            out += "<li><a href=\"\(layout.href(SitePath.route(r)))\">\(HTML.escape(authority)): \(HTML.escape(r.title))</a> <span class=\"hint\">(raised by \(HTML.escape(Raiser.phrase(r.raisedBy))))</span></li>\n"
        }
        out += "</ul>\n<p><a href=\"\(layout.href(SitePath.compare))\">Compare every authority’s stages and timescales</a></p>\n"
        return out
    }
}
