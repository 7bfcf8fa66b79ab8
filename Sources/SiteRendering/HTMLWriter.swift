import Foundation

/// HTML being written, as UTF-8 bytes.
///
/// Pages are built from many short pieces (a keyword page from tens of thousands), and a
/// `String` append costs several hundred instructions (its flags, uniqueness and capacity
/// checks, and a copy whenever a string built from an interpolation outgrows its guess),
/// where an append here is a capacity check and a copy into memory the writer owns.
/// Noncopyable, so that owning it is plain: one writer, one buffer, freed when it goes. Text
/// from content goes in through `escaping`, so it is escaped as it is copied.
struct HTMLWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    init(capacity: Int = 0) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// What has been written.
    var bytes: [UInt8] {
        // Copied in one block (an array made from a buffer goes byte by byte).
        [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            if count > 0 { buffer.baseAddress!.update(from: base, count: count) }
            initialized = count
        }
    }

    /// Appends trusted markup, or text already escaped.
    static func += (w: inout HTMLWriter, text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ w.append($0) }) == nil {
            var text = text
            text.withUTF8 { w.append($0) }
        }
    }

    /// Appends bytes already written (a piece shared by several pages or lines).
    static func += (w: inout HTMLWriter, piece: [UInt8]) {
        piece.withUnsafeBufferPointer { w.append($0) }
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

    @inline(__always)
    private mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        let n = source.count
        guard n > 0 else { return }
        if count + n > capacity { grow(to: count + n) }
        (base + count).update(from: source.baseAddress!, count: n)
        count += n
    }

    private mutating func grow(to needed: Int) {
        let newCapacity = max(capacity * 2, needed)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    private mutating func appendEscaped(_ source: UnsafeBufferPointer<UInt8>) {
        var start = 0
        var i = 0
        let n = source.count
        while i < n {
            // Eight bytes at a time while none of them is one of the five: most text has none.
            if i + 8 <= n, !HTML.mayHoldSpecial(UnsafeRawPointer(source.baseAddress! + i).loadUnaligned(as: UInt64.self)) {
                i += 8
                continue
            }
            let b = source[i]
            let entity: StaticString
            switch b {
            case 0x26: entity = "&amp;"
            case 0x3C: entity = "&lt;"
            case 0x3E: entity = "&gt;"
            case 0x22: entity = "&quot;"
            case 0x27: entity = "&#39;"
            default: i += 1; continue
            }
            append(UnsafeBufferPointer(rebasing: source[start..<i]))
            append(UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
            i += 1
            start = i
        }
        append(UnsafeBufferPointer(rebasing: source[start...]))
    }
}
