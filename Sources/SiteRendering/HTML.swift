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
            for b in source where b & 0xC0 == 0 {   // the five characters are all below 0x40
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
}
