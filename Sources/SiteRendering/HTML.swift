/// Escaping for text and attribute values: every string from content passes through here, so
/// content can never become markup.
public enum HTML {
    /// Escapes `&`, `<`, `>`, `"` and `'`.
    public static func escape(_ s: String) -> String {
        // Most text has nothing to escape: one scan of the bytes, no copy. Otherwise the
        // escaped length is counted in that scan and the result written once, in place.
        var s = s
        let escaped: String? = s.withUTF8 { source in
            var extra = 0
            // Eight bytes at a time up to the first block that may hold one of the five.
            var from = 0
            while from + 8 <= source.count, !mayHoldSpecial(UnsafeRawPointer(source.baseAddress! + from).loadUnaligned(as: UInt64.self)) {
                from += 8
            }
            for b in UnsafeBufferPointer(rebasing: source[from...]) where b & 0xC0 == 0 {   // the five characters are all below 0x40
                switch b {
                case 0x26, 0x27: extra += 4          // &amp;  &#39;
                case 0x3C, 0x3E: extra += 3          // &lt;  &gt;
                case 0x22: extra += 5                // &quot;
                default: break
                }
            }
            if extra == 0 { return nil }
            return String(unsafeUninitializedCapacity: source.count + extra) { out in
                var i = 0
                func put(_ bytes: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8), _ count: Int) {
                    withUnsafeBytes(of: bytes) { for k in 0..<count { out[i + k] = $0[k] } }
                    i += count
                }
                for b in source {
                    switch b {
                    case 0x26: put((0x26, 0x61, 0x6D, 0x70, 0x3B, 0), 5)         // &amp;
                    case 0x3C: put((0x26, 0x6C, 0x74, 0x3B, 0, 0), 4)            // &lt;
                    case 0x3E: put((0x26, 0x67, 0x74, 0x3B, 0, 0), 4)            // &gt;
                    case 0x22: put((0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B), 6)      // &quot;
                    case 0x27: put((0x26, 0x23, 0x33, 0x39, 0x3B, 0), 5)         // &#39;
                    default: out[i] = b; i += 1
                    }
                }
                return i
            }
        }
        return escaped ?? s
    }

    /// Whether any of the eight bytes in `word` may be `&`, `'`, `<`, `>` or `"` (a byte equal
    /// to one of them makes its lane of `word ^ pattern` zero; the test finds every zero lane,
    /// and at worst also a lane beside one, which a byte-by-byte look then clears).
    @inline(__always)
    static func mayHoldSpecial(_ word: UInt64) -> Bool {
        @inline(__always) func zeroLane(_ v: UInt64) -> UInt64 { (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080 }
        return (zeroLane(word ^ 0x2626_2626_2626_2626) | zeroLane(word ^ 0x2727_2727_2727_2727) | zeroLane(word ^ 0x3C3C_3C3C_3C3C_3C3C)
                | zeroLane(word ^ 0x3E3E_3E3E_3E3E_3E3E) | zeroLane(word ^ 0x2222_2222_2222_2222)) != 0
    }
}
