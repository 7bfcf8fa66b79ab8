import Escalation
import PolicyModel

/// The composed wording for one route and stage with every criterion standing in as a marker
/// (see `RouteWordings`, which composes it for every stage of a route); each output line that carries a criterion's marker
/// belongs to that criterion. From it come both the picker (each such line wrapped in a span
/// that CSS shows only while its criterion is ticked) and each criterion page's text (the
/// shared lines plus that criterion's lines). The template stays opaque Mustache, and both
/// show exactly what `policyguide escalate` prints for the same choice.
struct PickerWording {
    static let open: Character = "\u{E000}", close: Character = "\u{E001}"

    let route: Route
    /// Output lines: the criterion index a line belongs to (nil: every choice shows it), and
    /// its text with the markers already replaced, plain and HTML-escaped (done once, reused
    /// by the picker and every criterion page).
    let lines: [(index: Int?, text: String, escaped: String)]

    /// The route's criteria with their titles and descriptions replaced by markers.
    static func standIns(for route: Route) -> [Criterion] {
        route.criteria.enumerated().map { (i, c) in
            Criterion(id: c.id, title: "\(Self.open)t\(i)\(Self.close)", description: c.description.isEmpty ? "" : "\(Self.open)d\(i)\(Self.close)",
                      group: c.group, appliesTo: c.appliesTo, location: c.location)
        }
    }

    /// Runs of consecutive lines that belong to the same criterion (or to every choice),
    /// escaped and joined with their newlines: a criterion page's text is a handful of
    /// appends, not one per line (it is built for every criterion at every stage).
    let runs: [(index: Int?, escaped: String)]

    /// Each criterion's title and description as the wording prints them, for `init`: worked
    /// out once per route, not once per stage.
    static func replacements(for route: Route) -> [(title: [UInt8], description: [UInt8])] {
        route.criteria.map { (title: Array($0.title.utf8), description: Array(WordingComposer.indentedDescription($0.description).utf8)) }
    }

    /// Splits `text`, the wording composed with `standIns(for: route)`, into lines.
    init(route: Route, text: String, replacements: [(title: [UInt8], description: [UInt8])]? = nil) {
        let replacements = replacements ?? Self.replacements(for: route)
        // Split on newline bytes, not Characters: this runs for every stage of every route.
        self.init(route: route, lines: text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map {
            Self.line(Array($0), replacements)
        })
    }

    /// The wording from lines already made (`line`), shared between stages where they agree.
    init(route: Route, lines: [(index: Int?, text: String, escaped: String)]) {
        self.route = route
        var runs: [(index: Int?, escaped: String)] = []
        for (index, _, escaped) in lines {
            if let last = runs.last, last.index == index {
                runs[runs.count - 1].escaped += escaped
                runs[runs.count - 1].escaped += "\n"
            } else {
                runs.append((index, escaped + "\n"))
            }
        }
        self.lines = lines
        self.runs = runs
    }

    /// One line of composed wording (UTF-8, no newline): the criterion it belongs to, and its
    /// text with the criterion's title and description put in, plain and escaped.
    static func line(_ raw: [UInt8], _ replacements: [(title: [UInt8], description: [UInt8])]) -> (index: Int?, text: String, escaped: String) {
        let index = markerIndex(raw[...])
        let text = index == nil ? String(decoding: raw, as: UTF8.self) : substitute(raw, replacements)
        return (index, text, HTML.escape(text))
    }

    /// HTML for the inside of the picker's `<pre>`.
    func html() -> String {
        var out = ""
        out.reserveCapacity(runs.reduce(0) { $0 + $1.escaped.utf8.count } + lines.count * 24)
        for line in lines {
            if let index = line.index {
                out += "<span class=\"c c-"
                out += String(index)
                out += "\">"
                out += line.escaped
                out += "\n</span>"
            } else {
                out += line.escaped
                out += "\n"
            }
        }
        return out
    }

    /// The text for criterion `i` alone, HTML-escaped.
    func escapedText(for i: Int) -> String {
        var out = ""
        for run in runs where run.index == nil || run.index == i {
            out += run.escaped
        }
        return out
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
    /// result leaves the marker as it is. One scanner for every kind of marker: criteria
    /// here, stage values in `RouteWordings`.
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
