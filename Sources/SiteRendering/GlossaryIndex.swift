import PolicyModel

/// The glossary's terms arranged for `GlossaryMarker`'s one-pass scan: built once per site
/// (it was rebuilt for every page, 1 % of a 10,000-policy build), read by every page's marker.
struct GlossaryIndex: Sendable {
    struct Entry: Sendable {
        let bytes: [UInt8]
        let term: GlossaryTerm
    }
    /// First word of a term (or alias) → entries starting with it, longest first, so
    /// "CP Chair" wins over "CP".
    let byFirstWord: [String: [Entry]]
    /// First UTF-8 byte of every term: most words are skipped without building a string.
    let initials: [Bool]
    /// How many terms there are: a page that has marked them all stops looking.
    let total: Int

    init(terms: [GlossaryTerm]) {
        var map: [String: [Entry]] = [:]
        for t in terms {
            for word in [t.term] + t.aliases {
                let first = String(word.unicodeScalars.prefix { GlossaryMarker.isWordScalar($0) })
                guard !first.isEmpty else { continue }
                map[first, default: []].append(Entry(bytes: Array(word.utf8), term: t))
            }
        }
        for key in map.keys {
            map[key]!.sort { a, b in a.bytes.count != b.bytes.count ? a.bytes.count > b.bytes.count : a.bytes.lexicographicallyPrecedes(b.bytes) }
        }
        byFirstWord = map
        var initials = [Bool](repeating: false, count: 256)
        for key in map.keys { if let b = key.utf8.first { initials[Int(b)] = true } }
        self.initials = initials
        total = terms.count
    }
}
