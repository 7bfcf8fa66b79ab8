import PolicyModel

/// Reads `glossary.yml`: a `terms:` list of term, expansion, definition, aliases.
struct GlossaryLoader {
    let file: String
    var diagnostics: [Diagnostic] = []

    mutating func load(_ text: String) -> [GlossaryTerm] {
        let top = SourceLocation(file: file, line: 1, column: 1)
        let (node, yamlError) = YAMLDocument.parse(text, file: file, lineOffset: 0)
        if let yamlError { diagnostics.append(yamlError); return [] }
        var f = YAMLFields(node, file: file, lineOffset: 0, known: ["terms"], fallback: top, what: "the glossary")
        var terms: [GlossaryTerm] = []
        for entry in f.mappings("terms", required: true) ?? [] {
            var t = YAMLFields(entry, file: file, lineOffset: 0, known: ["term", "expansion", "definition", "aliases"], fallback: top, what: "a glossary term")
            let at = t.location(of: entry)
            let term = t.string("term", required: true)
            let expansion = t.string("expansion", required: false)
            let definition = t.string("definition", required: true)
            let aliases = (t.strings("aliases") ?? []).map(\.0)
            f.absorb(t)
            guard let term, let definition else { continue }
            if terms.contains(where: { $0.term == term }) {
                diagnostics.append(Diagnostic(.error, at, "duplicate glossary term '\(term)': define each term once."))
                continue
            }
            terms.append(GlossaryTerm(term: term, expansion: expansion, definition: definition, aliases: aliases, location: at))
        }
        diagnostics += f.diagnostics
        return terms.sorted { $0.term.lowercased() < $1.term.lowercased() }
    }
}
