import PolicyModel

/// Reads `site.yml`.
struct SiteSettingsLoader {
    let file: String
    var diagnostics: [Diagnostic] = []

    static let fields = ["title", "subtitle", "version", "published", "reviewPeriodYears", "intranetNote", "intranetUrl"]

    mutating func load(_ text: String) -> SiteSettings? {
        let top = SourceLocation(file: file, line: 1, column: 1)
        let (node, yamlError) = YAMLDocument.parse(text, file: file, lineOffset: 0)
        if let yamlError { diagnostics.append(yamlError); return nil }
        var f = YAMLFields(node, file: file, lineOffset: 0, known: Self.fields, fallback: top, what: "site.yml")
        let title = f.string("title", required: true)
        let subtitle = f.string("subtitle", required: false)
        let version = f.string("version", required: true)
        let published = f.date("published", required: true)
        let period = f.int("reviewPeriodYears") ?? 3
        let note = f.string("intranetNote", required: false) ?? "Printed copies may be out of date. Check the intranet for the current version."
        let intranetUrl = f.webAddress("intranetUrl")
        diagnostics += f.diagnostics
        guard let title, let version, let published else { return nil }
        return SiteSettings(title: title, subtitle: subtitle, version: version, published: published, reviewPeriodYears: period, intranetNote: note, intranetUrl: intranetUrl)
    }
}
