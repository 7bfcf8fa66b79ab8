/// The JSON the site writes (`data/routes.json`, each route page's picker data), written
/// by hand in exactly the form Foundation's `JSONEncoder` gives with sorted keys (compact or
/// pretty printed, slashes escaped as `\/` or not): the same bytes in a fraction of the time, since the
/// encoder's generic containers were a tenth of a build. `JSONValueTests` holds it to the
/// encoder's output.
///
/// Chosen ASCII characters can be written as `\u00XX` escapes: they only ever occur inside
/// strings, where the escape means the same character, so the data is unchanged for any JSON
/// reader and carries no markup for an HTML reader.
indirect enum JSONValue: Equatable {
    case string(String)
    case int(Int)
    case array([JSONValue])
    /// Keys are written in byte order, as `.sortedKeys` writes them.
    case object([String: JSONValue])

    /// An object without the absent (nil) fields, as an encoder leaves out a nil optional.
    static func fields(_ fields: [String: JSONValue?]) -> JSONValue {
        .object(fields.compactMapValues { $0 })
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
        var escaped = [Bool](repeating: false, count: 128)
        for c in characters where c < 0x80 { escaped[Int(c)] = true }
        escaped[0x2F] = escapingSlashes
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out, pretty: pretty, indent: 0, escaped: escaped)
        return String(decoding: out, as: UTF8.self)
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private func write(into out: inout [UInt8], pretty: Bool, indent: Int, escaped: [Bool]) {
        switch self {
        case .string(let s): Self.write(s, into: &out, escaped: escaped)
        case .int(let n): out += String(n).utf8
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
            let keys = fields.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (i, k) in keys.enumerated() {
                if i > 0 { out.append(0x2C) }
                if pretty { Self.newline(&out, indent + 2) }
                Self.write(k, into: &out, escaped: escaped)
                out += pretty ? [0x20, 0x3A, 0x20] : [0x3A]  // " : " or ":"
                fields[k]!.write(into: &out, pretty: pretty, indent: indent + 2, escaped: escaped)
            }
            if pretty { if keys.isEmpty { out.append(0x0A) }; Self.newline(&out, indent) }
            out.append(0x7D)  // }
        }
    }

    private static func newline(_ out: inout [UInt8], _ indent: Int) {
        out.append(0x0A)
        out += repeatElement(0x20, count: indent)
    }

    /// A string as the encoder writes it: quote and backslash escaped (and slash, if asked), the five short control
    /// escapes, any other control character as `\u00XX`, everything else as it is.
    private static func write(_ s: String, into out: inout [UInt8], escaped: [Bool]) {
        out.append(0x22)
        for b in s.utf8 {
            switch b {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x2F where escaped[0x2F]: out += [0x5C, 0x2F]  // \/
            case 0x08: out += [0x5C, 0x62]  // \b
            case 0x09: out += [0x5C, 0x74]  // \t
            case 0x0A: out += [0x5C, 0x6E]  // \n
            case 0x0C: out += [0x5C, 0x66]  // \f
            case 0x0D: out += [0x5C, 0x72]  // \r
            case _ where b < 0x20 || (b < 0x80 && escaped[Int(b)]):
                out += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            default: out.append(b)
            }
        }
        out.append(0x22)
    }
}
