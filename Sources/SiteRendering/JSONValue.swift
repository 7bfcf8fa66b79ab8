/// The JSON the site writes (`data/routes.json`, each route page's picker data), written
/// by hand in exactly the form Foundation's `JSONEncoder` gives with sorted keys (compact or
/// pretty printed, slashes escaped as `\/` or not): the same bytes without the encoder's
/// generic containers (see README's performance log). `FastTextTests` holds it to the
/// encoder's output.
///
/// Chosen ASCII characters can be written as `\u00XX` escapes: they only ever occur inside
/// strings, where the escape means the same character, so the data is unchanged for any JSON
/// reader and carries no markup for an HTML reader.
indirect enum JSONValue {
    case string(String)
    case int(Int)
    case array([JSONValue])
    /// Fields in key order (byte order, as `.sortedKeys` writes them): `fields` and `mapping`
    /// sort them when the object is made.
    case object([(key: String, value: JSONValue)])

    /// An object without the absent (nil) fields, as an encoder leaves out a nil optional.
    /// Pairs, not a dictionary: a record's few fields need no hashing.
    static func fields(_ fields: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        var present: [(key: String, value: JSONValue)] = []
        present.reserveCapacity(fields.count)
        for (key, value) in fields { if let value { present.append((key, value)) } }
        // Keys are the site's own ASCII names, where String order is byte order.
        present.sort { $0.key < $1.key }
        return .object(present)
    }

    /// An object of a dictionary's entries.
    static func mapping(_ entries: [String: JSONValue]) -> JSONValue {
        .object(entries.map { (key: $0.key, value: $0.value) }.sorted { $0.key < $1.key })
    }

    /// `string` for a present value, nil for an absent one.
    static func optional(_ s: String?) -> JSONValue? { s.map { .string($0) } }
    /// `int` for a present value, nil for an absent one.
    static func optional(_ n: Int?) -> JSONValue? { n.map { .int($0) } }
    /// An array of strings.
    static func strings(_ s: [String]) -> JSONValue { .array(s.map { .string($0) }) }

    /// Angle brackets: no tag from content in any file the site writes.
    static let angleBrackets: [UInt8] = [0x3C, 0x3E]
    /// Angle brackets, ampersand and apostrophe: nothing HTML treats as markup.
    static let markup: [UInt8] = [0x3C, 0x3E, 0x26, 0x27]

    /// The value's text: pretty printed (two-space indent, `"key" : value`) or compact.
    func text(pretty: Bool, escapingSlashes: Bool = false, escaping characters: [UInt8] = []) -> String {
        let escaped = Self.escapes(slashes: escapingSlashes, characters)
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out, pretty: pretty, indent: 0, escaped: escaped)
        return String(decoding: out, as: UTF8.self)
    }

    /// Which ASCII characters a string writes as escapes besides those JSON requires: `text`'s
    /// and `write`'s `escaped`.
    static func escapes(slashes: Bool, _ characters: [UInt8]) -> [Bool] {
        var escaped = [Bool](repeating: false, count: 128)
        for c in characters where c < 0x80 { escaped[Int(c)] = true }
        escaped[0x2F] = slashes
        return escaped
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// Appends the value's text to `out`, its lines (pretty printed) indented by `indent`
    /// beyond the first: for a file written a part at a time (`RoutesExport`).
    func write(into out: inout [UInt8], pretty: Bool, indent: Int, escaped: [Bool]) {
        switch self {
        case .string(let s): Self.write(s, into: &out, escaped: escaped)
        case .int(let n): out.append(contentsOf: String(n).utf8)
        case .array(let items):
            out.append(0x5B)  // [
            for (i, v) in items.enumerated() {
                if i > 0 { out.append(0x2C) }
                if pretty { Self.newline(&out, indent + 2) }
                v.write(into: &out, pretty: pretty, indent: indent + 2, escaped: escaped)
            }
            if pretty { if items.isEmpty { out.append(0x0A) }; Self.newline(&out, indent) }
            out.append(0x5D)  // ]
        case .object(let fields):
            out.append(0x7B)  // {
            for (i, field) in fields.enumerated() {
                if i > 0 { out.append(0x2C) }
                if pretty { Self.newline(&out, indent + 2) }
                Self.write(field.key, into: &out, escaped: escaped)
                if pretty { out.append(0x20); out.append(0x3A); out.append(0x20) } else { out.append(0x3A) }  // " : " or ":"
                field.value.write(into: &out, pretty: pretty, indent: indent + 2, escaped: escaped)
            }
            if pretty { if fields.isEmpty { out.append(0x0A) }; Self.newline(&out, indent) }
            out.append(0x7D)  // }
        }
    }

    private static func newline(_ out: inout [UInt8], _ indent: Int) {
        // A line feed and the indent appended in one copy, not a space at a time.
        if indent < newlineAndSpaces.count {
            newlineAndSpaces.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0...indent])) }
        } else {
            out.append(0x0A)
            for _ in 0..<indent { out.append(0x20) }
        }
    }

    /// A line feed followed by the deepest indent the export writes and more.
    private static let newlineAndSpaces: [UInt8] = [0x0A] + [UInt8](repeating: 0x20, count: 63)

    /// A string as the encoder writes it: quote and backslash escaped (and slash, if asked),
    /// the five short control escapes, any other control character as `\u00XX`, everything
    /// else as it is. Runs of bytes that need nothing are copied whole.
    private static func write(_ s: String, into out: inout [UInt8], escaped: [Bool]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { b in
            var run = 0
            for i in 0..<b.count {
                let c = b[i]
                guard c < 0x80, c < 0x20 || c == 0x22 || c == 0x5C || escaped[Int(c)] else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i]))
                run = i + 1
                out.append(0x5C)
                switch c {
                case 0x22, 0x5C, 0x2F: out.append(c)  // \"  \\  \/
                case 0x08: out.append(0x62)  // \b
                case 0x09: out.append(0x74)  // \t
                case 0x0A: out.append(0x6E)  // \n
                case 0x0C: out.append(0x66)  // \f
                case 0x0D: out.append(0x72)  // \r
                default:
                    out.append(0x75); out.append(0x30); out.append(0x30)  // u00
                    out.append(hex[Int(c >> 4)]); out.append(hex[Int(c & 0xF)])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<b.count]))
        }
        out.append(0x22)
    }
}
