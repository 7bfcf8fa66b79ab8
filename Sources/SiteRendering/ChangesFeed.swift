import PolicyModel

/// `changes.xml`: the recent changes as an Atom feed (RFC 4287), so a practitioner can register
/// for updates as the procedures manuals offer. Every date comes from content (a policy's
/// stated dates, its change notes, `published` in site.yml), never the clock, so the feed is
/// byte-for-byte deterministic. A date the policy gives only as a month or year is written as
/// its first day, and the entry's text keeps the date as worded.
struct ChangesFeed {
    let context: RenderContext

    /// Text for the feed: escaped as on pages, less the characters XML 1.0 cannot carry at all
    /// (control characters other than tab and line breaks, U+FFFE, U+FFFF), so no content can
    /// make the feed unreadable.
    static func text(_ s: String) -> String {
        var kept = String.UnicodeScalarView()
        for u in s.unicodeScalars where !((u.value < 0x20 && u != "\t" && u != "\n" && u != "\r") || u.value == 0xFFFE || u.value == 0xFFFF) {
            kept.append(u)
        }
        return HTML.escape(String(kept))
    }

    /// `YYYY-MM-DDT00:00:00Z` for a date, the first day of an imprecise one.
    static func timestamp(_ d: PolicyDate) -> String {
        let m = d.month ?? 1, day = d.day ?? 1
        return "\(d.year)-\(m < 10 ? "0" : "")\(m)-\(day < 10 ? "0" : "")\(day)T00:00:00Z"
    }

    func render() -> Page {
        let s = context.model.settings
        let events = ChangesPage.events(context.model)
        let updated = events.map(\.date).max().map { max($0, s.published) } ?? s.published
        let base = "tag:policyguide,\(s.published.year):"
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en-GB\">\n"
        out += "<title>\(Self.text(s.title)): changes to the policies</title>\n"
        out += "<id>\(Self.text(base))changes</id>\n<updated>\(Self.timestamp(updated))</updated>\n"
        out += "<author><name>\(Self.text(s.title))</name></author>\n"
        out += "<link rel=\"alternate\" type=\"text/html\" href=\"\(SitePath.changes)\"/>\n<link rel=\"self\" href=\"\(SitePath.feed)\"/>\n"
        var seen: [String: Int] = [:]
        for e in events {
            let title = "\(e.policy.title) (\(e.policy.authority)): \(e.note)"
            out += "<entry>\n<title>\(Self.text(title))</title>\n"
            // Stable while the content is: the policy, the date and the event's place among that
            // policy's events on that date.
            let key = e.policy.id + "/" + e.date.iso
            let n = seen[key, default: 0]
            seen[key] = n + 1
            out += "<id>\(Self.text(base))\(Self.text(e.policy.id))/\(e.date.iso)/\(n)</id>\n"
            out += "<updated>\(Self.timestamp(e.date))</updated>\n"
            out += "<link rel=\"alternate\" type=\"text/html\" href=\"\(Self.text(SitePath.policy(e.policy.id)))\"/>\n"
            out += "<summary>\(Self.text(e.note)), \(e.date) (as the policy states the date).</summary>\n</entry>\n"
        }
        out += "</feed>\n"
        return Page(path: SitePath.feed, contents: out)
    }
}
