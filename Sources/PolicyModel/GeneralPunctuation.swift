/// The one stretch of Unicode beyond ASCII the byte-level text paths accept: General
/// Punctuation (U+2000–U+203F: spaces, dashes, quotes, bullets, ellipsis), bar the two joiners
/// (U+200C, U+200D). None of it is a letter or a digit, and none of it joins a neighbour into a
/// larger character, so text made of ASCII and these has one character per ASCII byte.
public enum GeneralPunctuation {
    /// 3 (its UTF-8 length) when such a character starts at `i`, else nil.
    @inline(__always)
    public static func length(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        guard b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] != 0x8C, b[i + 2] != 0x8D else { return nil }
        return 3
    }
}
