import PolicyModel

/// The markers that stand in for text while a route's wording is composed once for every
/// choice (`RouteWordingComposer`): U+E000, a kind letter, digits, U+E001. A criterion's title
/// (`t`) or description (`d`) stands in so each output line can be traced to its criterion;
/// a stage's plain value (`v`) stands in so one rendering serves many stages (`WordingShapes`).
/// Private-use characters, so no policy text is mistaken for one (a value carrying them is
/// never shared, see `WordingShapes.plain`).
enum WordingMarkers {
    static let open: Character = "\u{E000}", close: Character = "\u{E001}"

    /// The route's criteria with their titles and descriptions replaced by markers.
    static func standIns(for route: Route) -> [Criterion] {
        route.criteria.enumerated().map { (i, c) in
            Criterion(id: c.id, title: "\(Self.open)t\(i)\(Self.close)", description: c.description.isEmpty ? "" : "\(Self.open)d\(i)\(Self.close)",
                      group: c.group, appliesTo: c.appliesTo, location: c.location)
        }
    }

    /// Each criterion's title and description as the wording prints them, as UTF-8: worked
    /// out once per route, not once per stage.
    static func replacements(for route: Route) -> [(title: [UInt8], description: [UInt8])] {
        route.criteria.map { (title: Array($0.title.utf8), description: Array(WordingComposer.indentedDescription($0.description).utf8)) }
    }

    /// `text`, composed with `standIns(for:)`, as lines with their criteria put back in.
    static func lines(of text: String, _ replacements: [(title: [UInt8], description: [UInt8])]) -> [WordingLine] {
        // Split on newline bytes, not Characters: this runs for every stage of every route.
        text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map { line(Array($0), replacements) }
    }

    /// One line of composed wording (UTF-8, no newline): the criterion it belongs to (the one
    /// in its first marker), and its text with the criterion's title and description put in.
    static func line(_ raw: [UInt8], _ replacements: [(title: [UInt8], description: [UInt8])]) -> WordingLine {
        let index = markerIndex(raw[...])
        return WordingLine(criterion: index, text: index == nil ? String(decoding: raw, as: UTF8.self) : substitute(raw, replacements))
    }

    /// The criterion index in the first marker of a line, read from its UTF-8 bytes: a marker
    /// is U+E000 (EE 80 80), a kind letter, digits, U+E001.
    static func markerIndex(_ line: ArraySlice<UInt8>) -> Int? {
        var it = line.makeIterator()
        var state = 0
        var value = 0, digits = 0
        while let b = it.next() {
            switch state {
            case 0: state = b == 0xEE ? 1 : 0
            case 1: state = b == 0x80 ? 2 : (b == 0xEE ? 1 : 0)
            case 2: state = b == 0x80 ? 3 : (b == 0xEE ? 1 : 0)
            case 3: state = 4                                   // the kind letter
            default:
                if b >= 0x30 && b <= 0x39 { value = value * 10 + Int(b - 0x30); digits += 1 }
                else { return digits > 0 && b == 0xEE ? value : nil }
            }
        }
        return nil
    }

    /// The line with each marker (U+E000, `t` or `d`, digits, U+E001) replaced by its
    /// criterion's title or description.
    static func substitute(_ line: [UInt8], _ replacements: [(title: [UInt8], description: [UInt8])]) -> String {
        replacingMarkers(in: line) { kind, index in
            let i = index ?? 0
            guard i < replacements.count else { return [] }
            return kind == UInt8(ascii: "t") ? replacements[i].title : replacements[i].description
        }
    }

    /// `bytes` (UTF-8) with each marker, U+E000, a kind letter, digits, U+E001, replaced by
    /// what `replacement` returns for its kind and number (nil when it has no digits); a nil
    /// result leaves the marker as it is. One scanner for every kind of marker.
    static func replacingMarkers(in bytes: [UInt8], _ replacement: (_ kind: UInt8, _ index: Int?) -> [UInt8]?) -> String {
        String(decoding: replacingMarkerBytes(in: bytes, replacement), as: UTF8.self)
    }

    /// `replacingMarkers` as bytes.
    static func replacingMarkerBytes(in bytes: [UInt8], _ replacement: (_ kind: UInt8, _ index: Int?) -> [UInt8]?) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var i = 0
        while i < bytes.count {
            if i + 3 < bytes.count, bytes[i] == 0xEE, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 {
                var j = i + 4, value = 0, digits = 0
                while j < bytes.count, bytes[j] >= 0x30, bytes[j] <= 0x39 { value = value * 10 + Int(bytes[j] - 0x30); j += 1; digits += 1 }
                if j + 2 < bytes.count, bytes[j] == 0xEE, bytes[j + 1] == 0x80, bytes[j + 2] == 0x81,
                   let text = replacement(bytes[i + 3], digits > 0 ? value : nil) {
                    out += text
                    i = j + 3
                    continue
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return out
    }
}
