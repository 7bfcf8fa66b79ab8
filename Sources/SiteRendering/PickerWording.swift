import Escalation
import PolicyModel

/// Builds the picker's wording blocks. The composer is run once per stage with every
/// criterion standing in as a marker; each output line that carries a criterion's marker is
/// wrapped in a span that CSS shows only while that criterion is ticked. So the template stays
/// opaque Mustache, and the picker shows exactly what `policyguide escalate` would print.
enum PickerWording {
    static let open: Character = "\u{E000}", close: Character = "\u{E001}"

    /// HTML for the inside of a `<pre>`: lines, some wrapped in `<span class="c c-N">`.
    static func html(context: RenderContext, policy: Policy, route: Route, stage: Stage?) throws -> String {
        let stand = route.criteria.enumerated().map { (i, c) in
            Criterion(id: c.id, title: "\(open)t\(i)\(close)", description: c.description.isEmpty ? "" : "\(open)d\(i)\(close)",
                      group: c.group, appliesTo: c.appliesTo, location: c.location)
        }
        let request = EscalationRequest(route: route, policy: policy, criteria: stand, stage: stage)
        let text = try context.composer.compose(request).text
        var out = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            if let index = markerIndex(line) {
                out += "<span class=\"c c-\(index)\">" + substitute(String(line), route: route) + "\n</span>"
            } else {
                out += HTML.escape(String(line)) + "\n"
            }
        }
        return out
    }

    static func markerIndex(_ line: Substring) -> Int? {
        guard let start = line.firstIndex(of: open), let end = line[start...].firstIndex(of: close) else { return nil }
        return Int(line[line.index(start, offsetBy: 2)..<end])
    }

    static func substitute(_ line: String, route: Route) -> String {
        var out = ""
        var rest = Substring(line)
        while let start = rest.firstIndex(of: open), let end = rest[start...].firstIndex(of: close) {
            out += HTML.escape(String(rest[..<start]))
            let kind = rest[rest.index(after: start)]
            if let i = Int(rest[rest.index(start, offsetBy: 2)..<end]), i < route.criteria.count {
                out += HTML.escape(kind == "t" ? route.criteria[i].title : WordingComposer.indentedDescription(route.criteria[i].description))
            }
            rest = rest[rest.index(after: end)...]
        }
        return out + HTML.escape(String(rest))
    }
}
