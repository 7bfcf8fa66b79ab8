import Escalation
import PolicyModel

/// The composed wording for one route and stage with every criterion standing in as a marker.
/// The composer runs once per stage; each output line that carries a criterion's marker
/// belongs to that criterion. From it come both the picker (each such line wrapped in a span
/// that CSS shows only while its criterion is ticked) and each criterion page's text (the
/// shared lines plus that criterion's lines). The template stays opaque Mustache, and both
/// show exactly what `policyguide escalate` prints for the same choice.
struct PickerWording {
    static let open: Character = "\u{E000}", close: Character = "\u{E001}"

    let route: Route
    /// Output lines: the criterion index a line belongs to (nil: every choice shows it), and
    /// its text with the markers already replaced (done once, reused by every page).
    let lines: [(index: Int?, text: String)]

    init(context: RenderContext, policy: Policy, route: Route, stage: Stage?) throws {
        let stand = route.criteria.enumerated().map { (i, c) in
            Criterion(id: c.id, title: "\(Self.open)t\(i)\(Self.close)", description: c.description.isEmpty ? "" : "\(Self.open)d\(i)\(Self.close)",
                      group: c.group, appliesTo: c.appliesTo, location: c.location)
        }
        let request = EscalationRequest(route: route, policy: policy, criteria: stand, stage: stage)
        let text = try context.composer.compose(request).text
        self.route = route
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { raw in
            let index = Self.markerIndex(raw)
            return (index, index == nil ? String(raw) : Self.substitute(String(raw), route: route))
        }
    }

    /// HTML for the inside of the picker's `<pre>`.
    func html() -> String {
        var out = ""
        for line in lines {
            if let index = line.index {
                out += "<span class=\"c c-\(index)\">" + HTML.escape(line.text) + "\n</span>"
            } else {
                out += HTML.escape(line.text) + "\n"
            }
        }
        return out
    }

    /// The plain text for criterion `i` alone.
    func text(for i: Int) -> String {
        var out = ""
        for line in lines where line.index == nil || line.index == i {
            out += line.text + "\n"
        }
        return out
    }

    static func markerIndex(_ line: Substring) -> Int? {
        guard let start = line.firstIndex(of: open), let end = line[start...].firstIndex(of: close) else { return nil }
        return Int(line[line.index(start, offsetBy: 2)..<end])
    }

    /// The line with each marker replaced by its criterion's title or description.
    static func substitute(_ line: String, route: Route) -> String {
        var out = ""
        var rest = Substring(line)
        while let start = rest.firstIndex(of: Self.open), let end = rest[start...].firstIndex(of: Self.close) {
            out += rest[..<start]
            let kind = rest[rest.index(after: start)]
            if let i = Int(rest[rest.index(start, offsetBy: 2)..<end]), i < route.criteria.count {
                out += kind == "t" ? route.criteria[i].title : WordingComposer.indentedDescription(route.criteria[i].description)
            }
            rest = rest[rest.index(after: end)...]
        }
        return out + rest
    }
}
