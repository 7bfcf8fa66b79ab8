import Foundation

/// The escalation template rendered once per *shape* of its filling, for the whole site.
///
/// Every stage of every route fills the same template, and most fillings differ only in
/// their plain values (titles, names, officers, timescales, ids, numbers), not in which
/// entries they have, which lists, or how long the lists are. Mustache rendering is the
/// costliest part of composing, so the template is rendered once per shape, with every
/// plain value standing in as a marker (U+E000, `v`, a number, U+E001; `WordingMarkers`),
/// and each filling is that rendering with its own values put in, then tidied as
/// `WordingComposer.render` tidies.
///
/// A shape is shared only if the template prints its plain values as they are: a second
/// rendering with probe values (carrying `&<>"'` and, for numbers, numbers) must equal the
/// marked rendering with the probes put in. A template that escapes, transforms or tests a
/// value fails that check, and fillings of that shape are composed one by one, so the
/// picker always says exactly what `policyguide escalate` says.
///
/// The site's routes are composed on every core into this one table of shapes; which thread
/// renders a shape first does not matter, the result is the same.
/// Unchecked Sendable: `renderings` is read and changed only under `lock`.
final class WordingShapes: @unchecked Sendable {
    private let composer: WordingComposer
    private let lock = NSLock()
    /// The marked rendering of each shape seen; nil where the shape cannot be shared.
    private var renderings: [Shape: Rendering?] = [:]

    /// A shape's description, compared and hashed as bytes: as a `String` it was normalized
    /// to Unicode NFC for every lookup (descriptions carry whole non-ASCII texts).
    private struct Shape: Hashable {
        let bytes: [UInt8]
        func hash(into hasher: inout Hasher) { bytes.withUnsafeBytes { hasher.combine(bytes: $0) } }
    }

    /// The template rendered for one shape, tidied, with its plain values as markers, in
    /// lines. Tidying commutes with putting the values in (they are one line, and end in a
    /// visible character, so they neither make nor unmake a blank line or trailing space), so
    /// it is done once per shape. A class: stages of one route that got the same rendering
    /// are recognised by identity.
    final class Rendering: Sendable {
        /// The lines, without their newlines.
        let lines: [[UInt8]]
        /// The value markers' numbers in each line.
        let slots: [[Int]]

        init(tidied text: String) {
            var lines: [[UInt8]] = [], slots: [[Int]] = []
            for raw in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast() {
                let line = Array(raw)
                var found: [Int] = []
                _ = WordingMarkers.replacingMarkers(in: line) { kind, index in
                    if kind == UInt8(ascii: "v"), let index { found.append(index) }
                    return nil
                }
                lines.append(line)
                slots.append(found)
            }
            self.lines = lines
            self.slots = slots
        }

        /// The text with `values` put in: what `composer.render` gives for the filling.
        func text(with values: [String]) -> String {
            var out = ""
            for line in lines {
                out += WordingShapes.fill(line, with: values)
                out += "\n"
            }
            return out
        }
    }

    /// How many shapes have been seen, and how many of them could not be shared (for tests).
    var shapeCount: Int { lock.withLock { renderings.count } }
    var unsharedShapeCount: Int { lock.withLock { renderings.values.filter { $0 == nil }.count } }

    init(composer: WordingComposer) {
        self.composer = composer
    }

    /// What `composer.render(context)` gives.
    func text(for context: [String: Any]) -> String {
        var routeWide: [String: Described] = [:]
        guard let (rendering, values) = rendering(for: context, routeWide: &routeWide) else { return composer.render(context) }
        return rendering.text(with: values)
    }

    /// The shared rendering for `context`'s shape and the values to put in it, or nil if the
    /// filling must be composed on its own (`composer.render`).
    ///
    /// `routeWide` holds the descriptions of the context's entries that are the same at every
    /// stage of one route's wording for one raiser (`routeWideEntries`: the criteria and the
    /// route's own texts), described at its first stage and reused at the others; pass the
    /// same empty table for every stage of one route and raiser, and a new one for the next.
    func rendering(for context: [String: Any], routeWide: inout [String: Described]) -> (Rendering, [String])? {
        var key: [UInt8] = []
        var values: [String] = []
        key.reserveCapacity(512)
        guard Self.describe(context, key: &key, values: &values, routeWide: &routeWide) else { return nil }
        let shape = Shape(bytes: key)
        let known = lock.withLock { renderings[shape] }
        let rendering: Rendering?
        if let known {
            rendering = known
        } else {
            rendering = sharedRendering(of: context).map { Rendering(tidied: WordingComposer.tidy(String(decoding: $0, as: UTF8.self))) }
            // Two threads may render a new shape at once; the first stored is kept, so every
            // stage of one shape gets the same object.
            do {
                lock.lock(); defer { lock.unlock() }
                if let stored = renderings[shape] { return stored.map { ($0, values) } }
                renderings[shape] = rendering
            }
        }
        return rendering.map { ($0, values) }
    }

    /// The template rendered with every plain value of `context` as a marker, or nil if the
    /// template does not print those values as they are.
    ///
    /// Three checks, each a rendering compared with the marked one with values put in: two
    /// with probe values (text carrying `&<>"'`; numbers kept numbers, all odd in one and all
    /// even in the other, so a transform or a test on a number, `plusone(order)`,
    /// `#even(order)`, `^odd(order)`, shows up as a difference), and one with this filling's
    /// own values, which catches anything the probes share with the markers by chance.
    private func sharedRendering(of context: [String: Any]) -> [UInt8]? {
        var slot = 0
        let marked = Self.replacingPlainValues(context, slot: &slot) { k, _ in "\u{E000}v\(k)\u{E001}" } as! [String: Any]
        let rendered = Array(composer.renderUntidied(marked).utf8)
        for parity in 0...1 {
            var probes: [String] = []
            slot = 0
            let probed = Self.replacingPlainValues(context, slot: &slot) { k, value -> Any in
                let probe: Any = value is Int ? 900_001 + parity + 2 * k : "Probe \(k)\(parity) &<>\"'’ x"
                probes.append("\(probe)")
                return probe
            } as! [String: Any]
            guard Self.fill(rendered, with: probes) == composer.renderUntidied(probed) else { return nil }
        }
        var own: [String] = []
        var key: [UInt8] = []
        guard Self.describe(context, key: &key, values: &own), Self.fill(rendered, with: own) == composer.renderUntidied(context) else { return nil }
        return rendered
    }

    /// Appends `value`'s shape to `key` and its plain values to `values`, in a fixed order
    /// (mapping keys sorted). False for a value of a kind the template context never holds.
    static func describe(_ value: Any, key: inout [UInt8], values: inout [String]) -> Bool {
        // One cast per value, most common kinds first: casts from `Any` are the expensive part.
        switch value {
        case let s as String:
            if let plain = plain(s) {
                key.append(UInt8(ascii: "s"))
                values.append(plain)
            } else {
                // Not plain (empty, several lines, or carrying a criterion's marker): part of the shape.
                key.append(UInt8(ascii: "'"))
                key += String(s.utf8.count).utf8
                key.append(UInt8(ascii: ":"))
                key += s.utf8
            }
        case let mapping as [String: Any]:
            return describe(mapping, key: &key, values: &values)
        case let n as Int:
            if n > 0 {
                key.append(UInt8(ascii: "i"))
                values.append(String(n))
            } else {
                key.append(UInt8(ascii: "#"))
                key += String(n).utf8
                key.append(UInt8(ascii: ";"))
            }
        // Lists of one element type first: casting one to `[Any]` copies it, boxing each item.
        case let list as [[String: Any]]:
            key.append(UInt8(ascii: "["))
            for item in list {
                guard describe(item, key: &key, values: &values) else { return false }
            }
            key.append(UInt8(ascii: "]"))
        case let list as [String]:
            key.append(UInt8(ascii: "["))
            for item in list { _ = describe(item, key: &key, values: &values) }
            key.append(UInt8(ascii: "]"))
        case let list as [Any]:
            key.append(UInt8(ascii: "["))
            for item in list {
                guard describe(item, key: &key, values: &values) else { return false }
            }
            key.append(UInt8(ascii: "]"))
        case let b as Bool:
            key.append(b ? UInt8(ascii: "T") : UInt8(ascii: "F"))
        default:
            return false
        }
        return true
    }

    /// An entry's description: its part of the key and its plain values, or nil if it has a
    /// value of a kind the template context never holds.
    typealias Described = (key: [UInt8], values: [String])?

    /// The entries of a wording's context that do not depend on the stage (see
    /// `WordingComposer.context`): the criteria, the route's and the policy's texts.
    static let routeWideEntries: Set<String> = ["criteria", "bypass", "rights", "authority", "policyTitle", "routeTitle", "routeId", "raisers",
                                                "policyVersion", "noCriteria", "dateRaised"]

    /// `describe` for a whole context, taking the route-wide entries from `routeWide` when
    /// they have been described at an earlier stage.
    static func describe(_ mapping: [String: Any], key: inout [UInt8], values: inout [String], routeWide: inout [String: Described]) -> Bool {
        key.append(UInt8(ascii: "{"))
        for (name, value) in mapping.sorted(by: { $0.key < $1.key }) {
            key += name.utf8
            key.append(UInt8(ascii: ":"))
            if routeWideEntries.contains(name) {
                let described: Described
                if let known = routeWide[name] {
                    described = known
                } else {
                    var k: [UInt8] = [], v: [String] = []
                    described = describe(value, key: &k, values: &v) ? (k, v) : nil
                    routeWide[name] = described
                }
                guard let described else { return false }
                key += described.key
                values += described.values
            } else {
                guard describe(value, key: &key, values: &values) else { return false }
            }
        }
        key.append(UInt8(ascii: "}"))
        return true
    }

    /// `describe` for a mapping: its entries in the order of their names.
    static func describe(_ mapping: [String: Any], key: inout [UInt8], values: inout [String]) -> Bool {
        key.append(UInt8(ascii: "{"))
        for (name, value) in mapping.sorted(by: { $0.key < $1.key }) {
            key += name.utf8
            key.append(UInt8(ascii: ":"))
            guard describe(value, key: &key, values: &values) else { return false }
        }
        key.append(UInt8(ascii: "}"))
        return true
    }

    /// `value` with each plain value replaced by `replacement(slot, value)`, slots numbered in
    /// the order `describe` lists the values.
    static func replacingPlainValues(_ value: Any, slot: inout Int, _ replacement: (Int, Any) -> Any) -> Any {
        if plain(value) != nil {
            defer { slot += 1 }
            return replacement(slot, value)
        }
        switch value {
        case let list as [Any]:
            // Kept a list of text (or of numbers) where every item still is one: a transform
            // such as `sorted` works only on lists of one comparable type.
            // (The list's own type is compared: an empty list casts to any list type.)
            let replaced = list.map { replacingPlainValues($0, slot: &slot, replacement) }
            let type = ObjectIdentifier(Swift.type(of: value))
            if type == ObjectIdentifier([String].self), let texts = replaced as? [String] { return texts }
            if type == ObjectIdentifier([Int].self), let numbers = replaced as? [Int] { return numbers }
            return replaced
        case let mapping as [String: Any]:
            var out: [String: Any] = [:]
            for name in mapping.keys.sorted() {
                out[name] = replacingPlainValues(mapping[name]!, slot: &slot, replacement)
            }
            return out
        default:
            return value
        }
    }

    /// The value as text a marker can stand in for: non-empty (so a section on it is shown
    /// either way), on one line (an indented partial would indent a second line), with no
    /// marker characters; or a positive number. Nil for anything else.
    static func plain(_ v: Any) -> String? {
        if let n = v as? Int { return n > 0 ? String(n) : nil }
        return (v as? String).flatMap(plain)
    }

    /// A text value as a marker can stand in for it (see above), or nil.
    static func plain(_ s: String) -> String? {
        // Ending in a visible character, so tidying (which trims trailing spaces) treats the
        // value and its marker alike.
        guard let last = s.utf8.last, last != 0x20, last != 0x09, last != 0x0D else { return nil }
        // 0xEE leads U+E000 and U+E001 in UTF-8 (and other private-use characters, which
        // are then simply not shared). Searched with memchr: values can be whole paragraphs.
        let found = s.utf8.withContiguousStorageIfAvailable { b -> Bool in
            guard let base = b.baseAddress else { return false }
            return memchr(base, 0x0A, b.count) != nil || memchr(base, 0x0D, b.count) != nil || memchr(base, 0xEE, b.count) != nil
        } ?? s.utf8.contains { $0 == 0x0A || $0 == 0x0D || $0 == 0xEE }
        return found ? nil : s
    }

    /// `rendered` with each value marker (U+E000 `v` digits U+E001) replaced by its value;
    /// criterion markers are left for `WordingMarkers.line`.
    static func fill(_ rendered: [UInt8], with values: [String]) -> String {
        String(decoding: fill(rendered, withBytes: values.map { Array($0.utf8) }), as: UTF8.self)
    }

    /// `fill` with the values already as UTF-8 (a route turns each stage's values into bytes
    /// once, for all its lines).
    static func fill(_ rendered: [UInt8], withBytes values: [[UInt8]]) -> [UInt8] {
        WordingMarkers.replacingMarkerBytes(in: rendered) { kind, index in
            guard kind == UInt8(ascii: "v"), let index, index < values.count else { return nil }
            return values[index]
        }
    }
}
