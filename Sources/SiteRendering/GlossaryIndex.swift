import PolicyModel

/// The glossary's terms arranged for `GlossaryMarker`'s one-pass scan: built once per site,
/// read by every page's marker.
struct GlossaryIndex: Sendable {
    struct Entry: Sendable {
        let bytes: [UInt8]
        let term: GlossaryTerm
    }
    /// First word of a term (or alias) → entries starting with it, longest first, so
    /// "CP Chair" wins over "CP".
    let byFirstWord: [String: [Entry]]
    /// For each first UTF-8 byte, the byte lengths of the first words starting with it (bit
    /// n for length n, bit 63 for 63 and more): most words are skipped without building a
    /// string, by their first byte and their length.
    let firstWordLengths: [UInt64]
    /// How many terms there are: a page that has marked them all stops looking.
    let total: Int

    init(terms: [GlossaryTerm]) {
        var map: [String: [Entry]] = [:]
        var lengths = [UInt64](repeating: 0, count: 256)
        for t in terms {
            for word in [t.term] + t.aliases {
                let first = String(word.unicodeScalars.prefix { GlossaryMarker.isWordScalar($0) })
                guard let initial = first.utf8.first else { continue }
                map[first, default: []].append(Entry(bytes: Array(word.utf8), term: t))
                // From each term's own bytes, not the map's key: the map merges first words
                // that are canonically equivalent ("가" and its two jamo), whose bytes differ,
                // and a term matches text only byte for byte.
                lengths[Int(initial)] |= Self.lengthBit(first.utf8.count)
            }
        }
        for key in map.keys {
            map[key]!.sort { a, b in a.bytes.count != b.bytes.count ? a.bytes.count > b.bytes.count : a.bytes.lexicographicallyPrecedes(b.bytes) }
        }
        byFirstWord = map
        firstWordLengths = lengths
        total = terms.count
    }

    /// The bit standing for a first word of `length` bytes in `firstWordLengths`.
    static func lengthBit(_ length: Int) -> UInt64 { 1 << UInt64(min(length, 63)) }
}
