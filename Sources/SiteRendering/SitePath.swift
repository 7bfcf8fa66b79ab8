import PolicyModel

/// The site's address scheme, in one place. Every path is relative to the site root and ends
/// in a file name, so links work from `file://`, a file share or a web-server subpath.
public enum SitePath {
    public static let home = "index.html"
    /// The folder of every policy's pages: one folder per policy, so a rebuild can carry an
    /// unchanged policy's pages over whole.
    public static let policies = "policies/"
    /// A policy's folder: its page, its keyword index and a folder per route.
    static func folder(ofPolicy id: String) -> String { policies + id + "/" }
    /// A route's folder: its page, its handout and its criterion pages.
    static func folder(of route: Route) -> String { folder(ofPolicy: route.policyID) + route.id + "/" }
    public static let stylesheet = "style.css"
    /// The route pages' one script (`PickerScript`).
    public static let pickerScript = "picker.js"
    /// Every route as data (`RoutesExport`).
    public static let routesData = "data/routes.json"
    public static let checklists = "checklists/index.html"
    public static let allChecklists = "checklists/all.html"
    public static let glossary = "glossary/index.html"
    public static let compare = "compare/index.html"
    public static let index = "a-z/index.html"
    public static let changes = "changes/index.html"
    /// The Atom feed of changes.
    public static let feed = "changes.xml"
    /// The search script (first-party, no library).
    public static let searchScript = "search.js"
    /// One authority's keyword index: its policy's words and the checklist items citing it.
    /// In the policy's folder, so a rebuild carries it with the policy's other pages; a file
    /// beside the route folders, so no route id can take its name.
    public static func authorityIndex(_ policyID: String) -> String { folder(ofPolicy: policyID) + "keywords.html" }
    /// The print script: makes "Print this policy" and "Print this handout" links print.
    public static let printScript = "print.js"
    /// A route's one-page handout for trainers (ladder, stages, criteria).
    /// The underscore keeps it apart from criterion pages, whose ids are slugs ([a-z0-9-]).
    public static func handout(_ route: Route) -> String { folder(of: route) + "print_handout.html" }
    /// The keyword index the search script reads, as a script assigning a global: a JSON file
    /// could not be fetched from `file://`.
    public static let searchIndex = "search-index.js"

    /// A policy's page.
    public static func policy(_ id: String) -> String { folder(ofPolicy: id) + "index.html" }
    /// A route's page (stages, ladder, picker).
    public static func route(_ route: Route) -> String { folder(of: route) + "index.html" }
    /// A criterion's permanent page (wording at every stage).
    public static func criterion(_ c: Criterion, of route: Route) -> String { folder(of: route) + "\(c.id).html" }
    /// The page an earlier release published a criterion at, when its id has changed since.
    public static func formerCriterion(_ c: Criterion, of route: Route) -> String? {
        c.formerID.map { folder(of: route) + "\($0).html" }
    }
    /// A checklist's page.
    public static func checklist(_ id: String) -> String { "checklists/\(id).html" }
    /// A checklist's page for one authority: only the items citing that policy.
    public static func checklist(_ id: String, policy: String) -> String { "checklists/\(id)/\(policy).html" }

    /// The link from the page at `from` to `to` (both site-relative), e.g. "../../index.html":
    /// up from `from`'s folder to the deepest folder the two share, then down to `to`.
    public static func relative(from: String, to: String) -> String {
        let fast = from.utf8.withContiguousStorageIfAvailable { f in
            to.utf8.withContiguousStorageIfAvailable { t in relative(f, t) }
        }
        return (fast ?? nil) ?? Array(from.utf8).withUnsafeBufferPointer { f in Array(to.utf8).withUnsafeBufferPointer { t in relative(f, t) } }
    }

    /// `relative` over the two paths' bytes, with no copy of either.
    private static func relative(_ f: UnsafeBufferPointer<UInt8>, _ t: UnsafeBufferPointer<UInt8>) -> String {
        // Length of the shared folder prefix (ends just after a "/" common to both).
        var shared = 0
        var i = 0
        while i < f.count && i < t.count && f[i] == t[i] {
            if f[i] == 0x2F { shared = i + 1 }
            i += 1
        }
        var ups = 0
        for k in shared..<f.count where f[k] == 0x2F { ups += 1 }
        return String(unsafeUninitializedCapacity: ups * 3 + t.count - shared) { out in
            var n = 0
            for _ in 0..<ups { out[n] = 0x2E; out[n + 1] = 0x2E; out[n + 2] = 0x2F; n += 3 }
            for k in shared..<t.count { out[n] = t[k]; n += 1 }
            return n
        }
    }
}
