import PolicyModel

/// The site's address scheme, in one place. Every path is relative to the site root and ends
/// in a file name, so links work from `file://`, a file share or a web-server subpath.
public enum SitePath {
    public static let home = "index.html"
    public static let stylesheet = "style.css"
    public static let checklists = "checklists/index.html"
    public static let allChecklists = "checklists/all.html"
    public static let glossary = "glossary/index.html"
    public static let compare = "compare/index.html"
    public static let index = "a-z/index.html"
    public static let changes = "changes/index.html"

    /// A policy's page.
    public static func policy(_ id: String) -> String { "policies/\(id)/index.html" }
    /// A route's page (stages, ladder, picker).
    public static func route(_ route: Route) -> String { "policies/\(route.policyID)/\(route.id)/index.html" }
    /// A criterion's permanent page (wording at every stage).
    public static func criterion(_ c: Criterion, of route: Route) -> String { "policies/\(route.policyID)/\(route.id)/\(c.id).html" }
    /// A checklist's page.
    public static func checklist(_ id: String) -> String { "checklists/\(id).html" }
    /// Anchor of a criterion on its policy page.
    public static func criterionAnchor(_ c: Criterion, of route: Route) -> String { "criterion-\(route.id)-\(c.id)" }

    /// The link from the page at `from` to `to` (both site-relative), e.g. "../../index.html".
    public static func relative(from: String, to: String) -> String {
        let fromParts = from.split(separator: "/").dropLast()
        let toParts = to.split(separator: "/")
        var common = 0
        while common < fromParts.count, common < toParts.count - 1, fromParts[fromParts.startIndex + common] == toParts[common] { common += 1 }
        let ups = String(repeating: "../", count: fromParts.count - common)
        return ups + toParts[common...].joined(separator: "/")
    }
}
