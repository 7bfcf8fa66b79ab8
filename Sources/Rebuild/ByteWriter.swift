/// Appends values to a byte buffer in the rebuild cache's compact form: integers as
/// variable-length (LEB128, zig-zag) numbers, strings as a length and their UTF-8 bytes.
/// `ByteReader` reads them back in the same order.
package struct ByteWriter {
    private(set) var bytes: [UInt8]

    /// A writer whose output starts with `header` (written as is).
    package init(header: [UInt8] = []) { bytes = header }

    /// Makes room for `count` bytes in all, so a large buffer is not grown (and copied) by
    /// doubling.
    package mutating func reserveCapacity(_ count: Int) { bytes.reserveCapacity(count) }

    /// Empties the buffer, keeping its capacity for the next record.
    package mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    package mutating func int(_ value: Int) {
        var v = UInt64(bitPattern: Int64((value << 1) ^ (value >> (Int.bitWidth - 1))))
        repeat {
            let low = UInt8(v & 0x7F)
            v >>= 7
            bytes.append(v == 0 ? low : low | 0x80)
        } while v != 0
    }

    package mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    package mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    package mutating func data(_ value: some Collection<UInt8>) {
        int(value.count)
        bytes.append(contentsOf: value)
    }

    package mutating func optional<T>(_ value: T?, _ write: (inout ByteWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    package mutating func array<T>(_ values: [T], _ write: (inout ByteWriter, T) -> Void) {
        int(values.count)
        for v in values { write(&self, v) }
    }
}
