import Escalation
import PolicyModel

/// The picker wording (`PickerWording`) for every stage of a route, with as few Mustache
/// renderings as possible: they were a quarter of a cold build's CPU.
///
/// A route's stages usually differ only in a few plain values (the stage's name, number,
/// officer and timescale, and what happens next). The template is then rendered once with
/// those values standing in as markers (U+E000, `v`, a number, U+E001), and each stage's text
/// is that rendering with its own values put in, then tidied as `compose` tidies. A second
/// rendering with probe values checks that the template puts those values in as they are;
/// anything else (stages whose values are not one-line text, a template that escapes,
/// transforms or tests them) falls back to composing every stage, so the picker always says
/// exactly what `policyguide escalate` says.
enum RouteWordings {
    static func make(context: RenderContext, policy: Policy, route: Route) throws -> [PickerWording] {
        let stages: [Stage?] = route.stages.isEmpty ? [nil] : route.stages.map { $0 }
        let standIns = PickerWording.standIns(for: route)
        let composer = context.composer
        let filled = try stages.map {
            try composer.context(for: EscalationRequest(route: route, policy: policy, criteria: standIns, stage: $0)).context
        }
        // Sharing costs two renderings (the shared one and the check), so it pays from three stages.
        let texts = (filled.count >= 3 ? sharedRendering(filled, composer: composer) : nil) ?? filled.map { composer.render($0) }
        return texts.map { PickerWording(route: route, text: $0) }
    }

    /// Each stage's text from one rendering, or nil if the stages cannot share one. The
    /// contexts are for the same route and criteria, so only the composer's stage-dependent
    /// entries can differ.
    static func sharedRendering(_ contexts: [[String: Any]], composer: WordingComposer) -> [String]? {
        guard let first = contexts.first else { return nil }
        // Where the stages differ: a stage-dependent entry, or a field inside one
        // (`stage.name`). Every stage must have the same entries and fields.
        var varying: [[String]] = []
        for key in WordingComposer.stageDependentKeys {
            let values = contexts.map { $0[key] }
            if let mapping = first[key] as? [String: Any] {
                let fields = Set(mapping.keys)
                let maps = values.compactMap { $0 as? [String: Any] }
                guard maps.count == contexts.count, maps.allSatisfy({ Set($0.keys) == fields }) else { return nil }
                for field in fields.sorted() where maps.contains(where: { !same($0[field], mapping[field]) }) {
                    varying.append([key, field])
                }
            } else if values.contains(where: { !same($0, first[key]) }) {
                varying.append([key])
            }
        }
        var rows: [[String]] = []
        for context in contexts {
            var row: [String] = []
            for path in varying {
                guard let v = plain(value(at: path, in: context)) else { return nil }
                row.append(v)
            }
            rows.append(row)
        }
        // The probes keep each value's type: a number stays a number, so a number transform
        // (`plusone(order)`, `#even(order)`) shows up as a difference from the marker.
        let probes: [Any] = varying.enumerated().map { k, path in
            value(at: path, in: first) is Int ? (900_001 + 2 * k) as Any : "Probe \(k) &<>\"'’ x" as Any
        }
        var marked = first, probed = first
        for (k, path) in varying.enumerated() {
            set("\u{E000}v\(k)\u{E001}", at: path, in: &marked)
            set(probes[k], at: path, in: &probed)
        }
        let rendered = Array(composer.renderUntidied(marked).utf8)
        // The template must put these values in as they are: probes that escaping or a
        // transform would change have to come out exactly where the markers are.
        guard fill(rendered, with: probes.map { "\($0)" }) == composer.renderUntidied(probed) else { return nil }
        return rows.map { WordingComposer.tidy(fill(rendered, with: $0)) }
    }

    /// Deep equality of template values (text, numbers, flags, lists and mappings of them).
    static func same(_ a: Any?, _ b: Any?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (x as String, y as String): return x == y
        case let (x as Int, y as Int): return x == y
        case let (x as Bool, y as Bool): return x == y
        case let (x as [Any], y as [Any]): return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        case let (x as [String: Any], y as [String: Any]):
            return Set(x.keys) == Set(y.keys) && x.allSatisfy { same($0.value, y[$0.key]) }
        default: return false
        }
    }

    /// The value as text a marker can stand in for: non-empty (so a section on it is shown
    /// either way), on one line (an indented partial would indent a second line), with no
    /// marker characters; or a positive number. Nil for anything else.
    static func plain(_ v: Any?) -> String? {
        if let n = v as? Int { return n > 0 ? String(n) : nil }
        guard let s = v as? String, !s.isEmpty else { return nil }
        return s.unicodeScalars.contains { $0 == "\n" || $0 == "\r" || $0 == "\u{E000}" || $0 == "\u{E001}" } ? nil : s
    }

    static func value(at path: [String], in context: [String: Any]) -> Any? {
        path.count == 1 ? context[path[0]] : (context[path[0]] as? [String: Any])?[path[1]]
    }

    static func set(_ v: Any, at path: [String], in context: inout [String: Any]) {
        if path.count == 1 { context[path[0]] = v; return }
        var mapping = context[path[0]] as? [String: Any] ?? [:]
        mapping[path[1]] = v
        context[path[0]] = mapping
    }

    /// `rendered` with each stage marker (U+E000 `v` digits U+E001) replaced by its value;
    /// criterion markers are left for `PickerWording`.
    static func fill(_ rendered: [UInt8], with values: [String]) -> String {
        let replacements = values.map { Array($0.utf8) }
        return PickerWording.replacingMarkers(in: rendered) { kind, index in
            guard kind == UInt8(ascii: "v"), let index, index < replacements.count else { return nil }
            return replacements[index]
        }
    }
}
