import PolicyModel

/// Recent changes across the site: each policy's added and updated dates and its change notes,
/// newest first.
struct ChangesPage {
    let context: RenderContext

    /// Every dated event the content states (a policy added, last updated, or a change note
    /// saying what changed), newest first; ties in a fixed order, so output is deterministic.
    static func events(_ model: ContentModel) -> [(date: PolicyDate, policy: Policy, note: String)] {
        var events: [(date: PolicyDate, policy: Policy, note: String)] = []
        for p in model.policies {
            if let d = p.added { events.append((d, p, "Added to the manual")) }
            if let d = p.updated { events.append((d, p, "Last updated")) }
            for c in p.changes { events.append((c.date, p, c.note)) }
        }
        events.sort { a, b in a.0 != b.0 ? b.0 < a.0 : (a.1.id, a.2) < (b.1.id, b.2) }
        return events
    }

    func render() -> Page {
        let layout = context.layout(SitePath.changes)
        let events = Self.events(context.model)
        var main = "<h1>Recent changes</h1>\n<p class=\"lead\">When each policy was added or last updated, as the policy states it, and what changed where the content says so, newest first.</p>\n"
        main += "<p>To hear of changes, subscribe to the <a href=\"\(layout.href(SitePath.feed))\">changes feed (Atom)</a> in your feed reader or email client.</p>\n<ul class=\"changes\">\n"
        for (d, p, note) in events {
            main += "<li><time datetime=\"\(d.iso)\">\(d)</time>: <a href=\"\(layout.href(SitePath.policy(p.id)))\">\(HTML.escape(p.title))</a> (\(HTML.escape(p.authority))). \(HTML.escape(note)).</li>\n"
        }
        main += "</ul>\n"
        return Page(path: SitePath.changes, contents: layout.render(title: "Recent changes", breadcrumbs: [Breadcrumb("Home", SitePath.home)], main: main))
    }
}
