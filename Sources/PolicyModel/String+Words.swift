extension String {
    /// The text lower-cased and cut into runs of letters and digits (every other character
    /// separates words), as `lowercased().split { !$0.isLetter && !$0.isNumber }` cuts it.
    ///
    /// Byte by byte for text that is ASCII but for general punctuation (U+2000–U+203F, bar
    /// the two joiners): none of it is a letter or a digit or joins a neighbour into a larger
    /// character, so every such character separates words. Other text takes the Character path.
    public var lowercasedWords: [String] {
        var text = self
        let fast = text.withUTF8 { b -> [String]? in
            var out: [String] = []
            var word: [UInt8] = []
            var i = 0
            while i < b.count {
                var c = b[i]
                if c >= 0x80 {
                    guard c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] != 0x8C, b[i + 2] != 0x8D else { return nil }
                    i += 3
                    c = 0x20
                } else {
                    i += 1
                }
                if c &- 0x41 < 26 { c |= 0x20 }
                if c &- 0x61 < 26 || c &- 0x30 < 10 {
                    word.append(c)
                } else if !word.isEmpty {
                    out.append(String(decoding: word, as: UTF8.self))
                    word.removeAll(keepingCapacity: true)
                }
            }
            if !word.isEmpty { out.append(String(decoding: word, as: UTF8.self)) }
            return out
        }
        return fast ?? lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }
}
