/// FNV-1a, 64-bit: a fast, stable hash for "are these output bytes the same as last time".
/// Not cryptographic: it only decides whether an output file is carried over by hard link.
enum ContentHash {
    static func of(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        var copy = text
        copy.withUTF8 { bytes in
            for b in bytes {
                hash ^= UInt64(b)
                hash = hash &* 0x100000001b3
            }
        }
        return hash
    }
}
