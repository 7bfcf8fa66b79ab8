/// One thing the search and the keyword index can find: a criterion, a stage, a route, a
/// policy section, a checklist item or a glossary term, with where it lives.
struct SearchDocument {
    /// What a result is called.
    let title: String
    /// What it is and whose, e.g. "criterion, London Borough of Bexley: LAC".
    let kind: String
    /// Site-relative page path.
    let path: String
    /// Anchor on that page, if any.
    let anchor: String?
    /// The policy it belongs to (for narrowing to one authority); nil for the glossary.
    let policyID: String?
    /// The keywords it is found by.
    let words: [String]

    /// Site-relative path with the anchor.
    var target: String { anchor.map { path + "#" + $0 } ?? path }
}
