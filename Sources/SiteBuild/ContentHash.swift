/// A fast, stable 64-bit hash for "are these output bytes the same as last time", eight bytes
/// per step (a multiply-xorshift mix). Not cryptographic: it only decides whether an output
/// file is left as it is, and the cache it lives in is dropped whenever the tool
/// binary changes. (FNV-1a, one byte per step, was 3 % of a cold build.)
enum ContentHash {
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count)
        let raw = UnsafeRawBufferPointer(bytes)
        var i = 0
        while i + 8 <= raw.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* k
            hash ^= hash >> 29
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < raw.count {
            tail |= UInt64(raw[i]) << shift
            shift += 8
            i += 1
        }
        hash = (hash ^ tail) &* k
        return hash ^ (hash >> 32)
    }
}
