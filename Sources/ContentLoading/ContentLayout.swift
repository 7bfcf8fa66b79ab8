/// Where each kind of content lives inside `content/`: the one place the loader and the
/// rebuild fingerprint (which stamps exactly the files the loader reads) take paths from.
public enum ContentLayout {
    /// The site's title, version and publication date.
    public static let siteSettings = "site.yml"
    /// The glossary (optional).
    public static let glossary = "glossary.yml"
    /// The escalation wording template (Mustache).
    public static let wordingTemplate = "wording/escalation.mustache"
    /// The folder of checklists, one `<id>.md` each.
    public static let checklists = "checklists"
    /// The folder of policies, one folder `<id>/` each.
    public static let policies = "policies"
    /// The files outside `policies/` and `checklists/` the loader reads.
    public static let singleFiles = [siteSettings, glossary, wordingTemplate]

    /// The folder of policy `id`.
    public static func policyFolder(_ id: String) -> String { policies + "/" + id }

    /// The file of policy `id`: its front matter and full text.
    public static func policyFile(_ id: String) -> String { policies + "/" + id + "/policy.md" }

    /// The checklist file called `name` (`<id>.md`).
    public static func checklistFile(_ name: String) -> String { checklists + "/" + name }
}
