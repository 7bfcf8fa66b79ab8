/// Reads what `ByteWriter` wrote, in the same order. Any inconsistency (a truncated or
/// foreign file) throws `ByteReader.Malformed`, and the caller falls back to parsing the
/// source; nothing is trusted past the end of the buffer.
package struct ByteReader {
    package struct Malformed: Error {}

    package let bytes: ArraySlice<UInt8>
    private(set) var index: Int

    package init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        index = bytes.startIndex
    }

    package var isAtEnd: Bool { index == bytes.endIndex }

    package mutating func int() throws -> Int {
        var v: UInt64 = 0, shift: UInt64 = 0
        while true {
            guard index < bytes.endIndex, shift < 64 else { throw Malformed() }
            let b = bytes[index]
            index += 1
            v |= UInt64(b & 0x7F) << shift
            if b & 0x80 == 0 { break }
            shift += 7
        }
        // Zig-zag back to signed, on the unsigned bits (an arithmetic shift would corrupt
        // values of magnitude 2^62 and more).
        return Int(Int64(bitPattern: (v >> 1) ^ (0 &- (v & 1))))
    }

    package mutating func count() throws -> Int {
        let n = try int()
        guard n >= 0, n <= bytes.endIndex - index else { throw Malformed() }
        return n
    }

    package mutating func bool() throws -> Bool {
        guard index < bytes.endIndex else { throw Malformed() }
        index += 1
        return bytes[index - 1] != 0
    }

    package mutating func data() throws -> ArraySlice<UInt8> {
        let n = try count()
        defer { index += n }
        return bytes[index..<(index + n)]
    }

    package mutating func string() throws -> String {
        String(decoding: try data(), as: UTF8.self)
    }

    package mutating func optional<T>(_ read: (inout ByteReader) throws -> T) throws -> T? {
        try bool() ? try read(&self) : nil
    }

    package mutating func array<T>(_ read: (inout ByteReader) throws -> T) throws -> [T] {
        let n = try count()
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try read(&self)) }
        return out
    }
}
