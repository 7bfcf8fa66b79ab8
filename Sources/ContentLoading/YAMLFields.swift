import PolicyModel
import Yams

/// Reads one YAML mapping field by field, reporting every problem (missing, wrong type,
/// unknown with a suggestion) as a diagnostic at the exact line and column in the file.
struct YAMLFields {
    let node: Node
    let file: String
    /// Added to Yams' line numbers (front matter starts on line 2 of its file).
    let lineOffset: Int
    let known: [String]
    let fallback: SourceLocation
    private(set) var diagnostics: [Diagnostic] = []
    /// Each field's key and value by name (the first, if a name is repeated), read once: a
    /// field looked up along the mapping read every key again, for every field of every stage.
    private var fields: [String: (key: Node, value: Node)] = [:]

    init(_ node: Node?, file: String, lineOffset: Int, known: [String], fallback: SourceLocation, what: String) {
        self.node = node ?? Node.mapping(Node.Mapping([]))
        self.file = file
        self.lineOffset = lineOffset
        self.known = known
        self.fallback = fallback
        if let node, node.mapping == nil {
            diagnostics.append(Diagnostic(.error, location(of: node), "\(what) must be a mapping of 'field: value' lines."))
        }
        for (key, value) in self.node.mapping ?? Node.Mapping([]) {
            let name = key.string
            if let name, fields[name] == nil { fields[name] = (key, value) }
            let shown = name ?? ""
            if !known.contains(shown) {
                diagnostics.append(Diagnostic(.error, location(of: key),
                    "unknown field '\(shown)' in \(what).\(Suggestion.phrase(for: shown, in: known)) Known fields: \(known.joined(separator: ", "))."))
            }
        }
    }

    /// The location of a node in the file.
    func location(of node: Node?) -> SourceLocation {
        guard let mark = node?.mark else { return fallback }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    /// The value node of `key`.
    func value(_ key: String) -> Node? {
        fields[key]?.value
    }

    /// The location of `key` itself (or the mapping's, if absent).
    func keyLocation(_ key: String) -> SourceLocation {
        location(of: fields[key]?.key ?? node)
    }

    /// A required non-empty string.
    mutating func string(_ key: String, required: Bool) -> String? {
        guard let v = value(key) else {
            if required { diagnostics.append(Diagnostic(.error, location(of: node), "missing required field '\(key)'.")) }
            return nil
        }
        guard let s = v.scalar?.string else {
            diagnostics.append(Diagnostic(.error, location(of: v), "field '\(key)' must be text, not a list or mapping."))
            return nil
        }
        let trimmed = s.trimmingWhitespace
        if trimmed.isEmpty {
            if required { diagnostics.append(Diagnostic(.error, location(of: v), "field '\(key)' is empty.")) }
            return nil
        }
        return trimmed
    }

    /// An optional web address: `http://` or `https://`, a host, no spaces. Anything else
    /// (a `javascript:` or `file:` address, a bare host name) is an error saying what to write.
    mutating func webAddress(_ key: String) -> String? {
        guard let v = value(key) else { return nil }
        guard let s = string(key, required: true) else { return nil }
        let lower = s.lowercased()
        let rest = lower.hasPrefix("https://") ? lower.dropFirst(8) : lower.hasPrefix("http://") ? lower.dropFirst(7) : nil
        let host = rest?.prefix { $0 != "/" && $0 != "?" && $0 != "#" } ?? ""
        let plain = s.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F && $0 != "<" && $0 != ">" && $0 != "\"" }
        guard !host.isEmpty, !host.hasPrefix("@"), plain else {
            diagnostics.append(Diagnostic(.error, location(of: v),
                "field '\(key)' must be a web address starting https:// or http:// with no spaces, e.g. 'https://www.example.gov.uk/escalation-policy.pdf'; found '\(s)'."))
            return nil
        }
        return s
    }

    /// An optional date in `YYYY`, `YYYY-MM` or `YYYY-MM-DD` form.
    mutating func date(_ key: String, required: Bool = false) -> PolicyDate? {
        guard let v = value(key) else {
            if required { diagnostics.append(Diagnostic(.error, location(of: node), "missing required field '\(key)'.")) }
            return nil
        }
        let s = v.scalar?.string ?? ""
        guard let d = PolicyDate(parsing: s.trimmingWhitespace) else {
            diagnostics.append(Diagnostic(.error, location(of: v), "field '\(key)' is not a date: '\(s)'. Write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2018-11)."))
            return nil
        }
        return d
    }

    /// An optional integer.
    mutating func int(_ key: String) -> Int? {
        guard let v = value(key) else { return nil }
        guard let s = v.scalar?.string, let n = Int(s.trimmingWhitespace) else {
            diagnostics.append(Diagnostic(.error, location(of: v), "field '\(key)' must be a whole number."))
            return nil
        }
        return n
    }

    /// An optional list of strings (a single string is accepted as a one-item list).
    mutating func strings(_ key: String) -> [(String, SourceLocation)]? {
        guard let v = value(key) else { return nil }
        if let s = v.scalar?.string { return [(s.trimmingWhitespace, location(of: v))] }
        guard let seq = v.sequence else {
            diagnostics.append(Diagnostic(.error, location(of: v), "field '\(key)' must be a list."))
            return nil
        }
        var out: [(String, SourceLocation)] = []
        for item in seq {
            if let s = item.scalar?.string { out.append((s.trimmingWhitespace, location(of: item))) }
            else { diagnostics.append(Diagnostic(.error, location(of: item), "each entry of '\(key)' must be text.")) }
        }
        return out
    }

    /// An optional list of mappings.
    mutating func mappings(_ key: String, required: Bool = false) -> [Node]? {
        guard let v = value(key) else {
            if required { diagnostics.append(Diagnostic(.error, location(of: node), "missing required field '\(key)'.")) }
            return nil
        }
        guard let seq = v.sequence else {
            diagnostics.append(Diagnostic(.error, location(of: v), "field '\(key)' must be a list (lines starting with '- ')."))
            return nil
        }
        return Array(seq)
    }

    /// Merges another reader's diagnostics into this one's.
    mutating func absorb(_ other: YAMLFields) { diagnostics += other.diagnostics }
}

extension String {
    var trimmingWhitespace: String {
        // Nearly every field starts and ends with a visible ASCII character: then there is
        // nothing to trim, and no grapheme breaking is needed to know it.
        if let f = utf8.first, let l = utf8.last, f < 0x80, l < 0x80,
           f != 0x20, !(0x09...0x0D).contains(f), l != 0x20, !(0x09...0x0D).contains(l) {
            return self
        }
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
