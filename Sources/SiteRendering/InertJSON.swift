import Foundation

/// JSON the site writes where an HTML reader might see it (a data attribute, a file served
/// next to the pages): the encoder's bytes with chosen ASCII characters written as `\u00XX`
/// escapes. Those characters only ever occur inside JSON strings, where the escape means the
/// same character, so the data is unchanged for any JSON reader and carries no markup.
enum InertJSON {
    /// Angle brackets: no tag from content in any file the site writes.
    static let angleBrackets: Set<UInt8> = [0x3C, 0x3E]
    /// Angle brackets, ampersand and apostrophe: nothing HTML treats as markup.
    static let markup: Set<UInt8> = [0x3C, 0x3E, 0x26, 0x27]

    /// `data` (UTF-8 JSON) as text, each byte in `characters` escaped. One pass over the
    /// bytes (Foundation's string replacement bridged the whole text once per character).
    static func text(_ data: Data, escaping characters: Set<UInt8>) -> String {
        var escaped = [Bool](repeating: false, count: 256)
        for c in characters { escaped[Int(c)] = true }
        var escapes = 0
        for b in data where escaped[Int(b)] { escapes += 1 }
        if escapes == 0 { return String(decoding: data, as: UTF8.self) }
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(data.count + escapes * 5)
        for b in data {
            if escaped[Int(b)] {
                out += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]  // \u00XX
            } else {
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
