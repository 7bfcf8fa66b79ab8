extension String {
    /// The text lower-cased and cut into runs of letters and digits (every other character
    /// separates words), as `lowercased().split { !$0.isLetter && !$0.isNumber }` cuts it.
    ///
    /// Byte by byte for text that is ASCII but for `GeneralPunctuation`, every such character
    /// a separator. Other text takes the Character path.
    public var lowercasedWords: [String] {
        var text = self
        let fast = text.withUTF8 { b -> [String]? in
            var out: [String] = []
            var word: [UInt8] = []
            var i = 0
            while i < b.count {
                var c = b[i]
                if c >= 0x80 {
                    guard let n = GeneralPunctuation.length(b, at: i) else { return nil }
                    i += n
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
