import Foundation

/// HTML being written, as UTF-8 bytes.
///
/// Pages are built from many short pieces (a keyword page from tens of thousands), and a
/// `String` append costs several hundred instructions (its flags, uniqueness and capacity
/// checks, and a copy whenever a string built from an interpolation outgrows its guess),
/// where a byte append is a bounds check and a copy. Hot page parts write here; text from
/// content goes in through `escaping`, so it is escaped as it is copied.
struct HTMLWriter {
    /// What has been written.
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends trusted markup, or text already escaped.
    static func += (w: inout HTMLWriter, text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ w.bytes.append(contentsOf: $0) }) == nil {
            var text = text
            text.withUTF8 { w.bytes.append(contentsOf: $0) }
        }
    }

    /// Appends bytes already written (a piece shared by several pages or lines).
    static func += (w: inout HTMLWriter, piece: [UInt8]) {
        w.bytes.append(contentsOf: piece)
    }

    /// Appends `text` with `&`, `<`, `>`, `"` and `'` escaped, as `HTML.escape` escapes it.
    mutating func escaping(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) == nil {
            var text = text
            text.withUTF8 { appendEscaped($0) }
        }
    }

    /// Appends UTF-8 text with `&`, `<`, `>`, `"` and `'` escaped.
    mutating func escaping(_ text: UnsafeBufferPointer<UInt8>) {
        appendEscaped(text)
    }

    /// Appends a decimal number.
    mutating func number(_ n: Int) {
        self += String(n)
    }

    private mutating func appendEscaped(_ source: UnsafeBufferPointer<UInt8>) {
        var start = 0
        for (i, b) in source.enumerated() where b & 0xC0 == 0 {   // the five characters are all below 0x40
            let entity: StaticString
            switch b {
            case 0x26: entity = "&amp;"
            case 0x3C: entity = "&lt;"
            case 0x3E: entity = "&gt;"
            case 0x22: entity = "&quot;"
            case 0x27: entity = "&#39;"
            default: continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<i]))
            bytes.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
            start = i + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start...]))
    }
}
