import Foundation

/// How text is cut into the words the keyword index and the search script look up: lower-cased
/// runs of letters and digits, common words dropped, and a number followed by a unit of time
/// kept as one phrase ("24 hours", "5 working days") so a timescale can be found as worded.
enum SearchWords {
    /// Words too common to find anything by (English function words and the site's own
    /// ever-present words would list nearly every page).
    static let stopWords: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "eg", "etc", "few", "for", "from", "further", "had", "has", "have",
        "having", "he", "her", "here", "hers", "him", "his", "how", "ie", "if", "in", "into", "is", "it", "its", "itself",
        "may", "me", "might", "more", "most", "must", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only",
        "or", "other", "our", "ours", "out", "over", "own", "same", "shall", "she", "should", "so", "some", "such", "than",
        "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through", "to",
        "too", "under", "until", "up", "upon", "very", "via", "was", "we", "were", "what", "when", "where", "whether",
        "which", "while", "who", "whom", "why", "will", "with", "within", "would", "you", "your",
    ]
    /// Words that make a number a timescale phrase.
    static let units: Set<String> = ["hour", "hours", "day", "days", "week", "weeks", "month", "months", "working"]

    /// Lower-cased runs of letters and digits, in order (an apostrophe inside a word is
    /// dropped with what follows it: "child's" is "child").
    static func tokens(_ text: String) -> [String] {
        asciiTokens(text) ?? characterTokens(text)
    }

    /// `tokens`, Character by Character: the plain rule, for any text.
    static func characterTokens(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var skipping = false
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber {
                if !skipping { current.append(ch) }
            } else if (ch == "'" || ch == "’") && !current.isEmpty {
                skipping = true
            } else {
                if !current.isEmpty { out.append(current) }
                current = ""
                skipping = false
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// `tokens` byte by byte, for text that is ASCII but for right single quotation marks
    /// (nearly all policy text), where every byte is one character and case and letters are
    /// ASCII's: no grapheme breaking or Unicode tables. Nil for any other text.
    static func asciiTokens(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { b in
            asciiCut(b).map { cut in cut.tokens.map { String(decoding: cut.lower[$0], as: UTF8.self) } }
        }
    }

    /// The cut both byte paths share: every token's lower-cased letters and digits, one after
    /// another, and where each token is in them. Nil for text beyond ASCII and ’.
    static func asciiCut(_ b: UnsafeBufferPointer<UInt8>) -> (lower: [UInt8], tokens: [Range<Int>])? {
        var tokens: [Range<Int>] = []
        tokens.reserveCapacity(b.count / 4 + 1)
        var ok = true
        // Written straight into the array's memory: a byte at a time through `append` was
        // most of the cut's cost.
        let lower = [UInt8](unsafeUninitializedCapacity: b.count) { out, written in
            var count = 0
            var start = -1, skipping = false, i = 0
            while i < b.count {
                var c = b[i]
                var apostrophe = c == 0x27
                if c >= 0x80 {
                    // ’ (E2 80 99), a character by itself only when an ASCII byte or the end follows.
                    guard c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x99, i + 3 == b.count || b[i + 3] < 0x80 else { ok = false; break }
                    apostrophe = true
                    i += 2
                }
                i += 1
                if c &- 0x41 < 26 { c |= 0x20 }
                if c &- 0x61 < 26 || c &- 0x30 < 10 {
                    // Letters after an apostrophe inside a word are dropped ("child's" is "child").
                    if !skipping {
                        if start < 0 { start = count }
                        out[count] = c
                        count += 1
                    }
                } else if apostrophe && start >= 0 {
                    skipping = true
                } else {
                    if start >= 0 { tokens.append(start..<count) }
                    start = -1
                    skipping = false
                }
            }
            if ok, start >= 0 { tokens.append(start..<count) }
            written = count
        }
        return ok ? (lower, tokens) : nil
    }

    /// The significant words of `text`: tokens of three or more characters that are not stop
    /// words, and number-and-unit phrases. Each word once, in first-seen order.
    static func significant(_ text: String) -> [String] {
        asciiSignificant(text) ?? plainSignificant(text)
    }

    /// `significant`, Character by Character: the plain rule, for any text.
    static func plainSignificant(_ text: String) -> [String] {
        let t = characterTokens(text)
        var out: [String] = []
        var seen = Set<String>()
        func add(_ w: String) { if seen.insert(w).inserted { out.append(w) } }
        for (i, w) in t.enumerated() {
            if w.allSatisfy(\.isNumber) {
                if i + 1 < t.count, units.contains(t[i + 1]) {
                    var phrase = w + " " + t[i + 1]
                    if t[i + 1] == "working", i + 2 < t.count, units.contains(t[i + 2]) { phrase += " " + t[i + 2] }
                    add(phrase)
                }
                continue
            }
            if w.count >= 3 && !stopWords.contains(w) { add(w) }
        }
        return out
    }

    /// The stop words and units as numbers (their bytes, big-endian; all are ASCII and at most
    /// eight bytes), for the byte path.
    static let packedStopWords: Set<UInt64> = Set(stopWords.map { pack(Array($0.utf8)[...])! })
    static let packedUnits: Set<UInt64> = Set(units.map { pack(Array($0.utf8)[...])! })
    static let packedWorking = pack(Array("working".utf8)[...])!

    /// An ASCII word of at most eight bytes as a number; nil for a longer one.
    static func pack(_ bytes: ArraySlice<UInt8>) -> UInt64? {
        guard bytes.count <= 8 else { return nil }
        var v: UInt64 = 0
        for b in bytes { v = v << 8 | UInt64(b) }
        return v
    }

    /// `significant` over the bytes of text that is ASCII but for right single quotation marks
    /// (nearly all policy text): tokens are cut as `asciiTokens` cuts them, but looked up and
    /// compared as bytes, and only the words kept become strings. Nil for any other text.
    static func asciiSignificant(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { b -> [String]? in
            guard let (lower, tokens) = asciiCut(b) else { return nil }
            var out: [String] = []
            out.reserveCapacity(tokens.count)
            // Words kept so far: a word of up to eight bytes as its number (tokens hold no zero
            // byte, so the number names the word), looked along while few, hashed when many.
            var short: [UInt64] = []
            short.reserveCapacity(min(tokens.count, 64))
            var shortSet = Set<UInt64>()
            var long: [Bytes] = []
            var longSet = Set<Bytes>()
            func add(_ word: ArraySlice<UInt8>) {
                if let n = pack(word) {
                    if short.count < 64 {
                        if short.contains(n) { return }
                        short.append(n)
                    } else {
                        if shortSet.isEmpty { shortSet = Set(short) }
                        if !shortSet.insert(n).inserted { return }
                    }
                } else {
                    // Longer words likewise: looked along while few, hashed when many.
                    let bytes = Bytes(word: word)
                    if long.count < 16 {
                        if long.contains(bytes) { return }
                        long.append(bytes)
                    } else {
                        if longSet.isEmpty { longSet = Set(long) }
                        if !longSet.insert(bytes).inserted { return }
                    }
                }
                out.append(String(decoding: word, as: UTF8.self))
            }
            func isUnit(_ r: Range<Int>) -> Bool { pack(lower[r]).map { packedUnits.contains($0) } ?? false }
            for (n, r) in tokens.enumerated() {
                let word = lower[r]
                if word.allSatisfy({ $0 &- 0x30 < 10 }) {
                    if n + 1 < tokens.count, isUnit(tokens[n + 1]) {
                        var phrase = Array(word)
                        phrase.append(0x20)
                        phrase += lower[tokens[n + 1]]
                        if pack(lower[tokens[n + 1]]) == packedWorking, n + 2 < tokens.count, isUnit(tokens[n + 2]) {
                            phrase.append(0x20)
                            phrase += lower[tokens[n + 2]]
                        }
                        add(phrase[...])
                    }
                    continue
                }
                if word.count >= 3 && !(pack(word).map { packedStopWords.contains($0) } ?? false) { add(word) }
            }
            return out
        }
    }

    /// A longer word's bytes, hashed as one block (an `ArraySlice`'s hash takes them one by one).
    struct Bytes: Hashable {
        let word: ArraySlice<UInt8>
        func hash(into hasher: inout Hasher) { word.withUnsafeBytes { hasher.combine(bytes: $0) } }
        static func == (a: Bytes, b: Bytes) -> Bool {
            a.word.count == b.word.count && a.word.withUnsafeBytes { x in b.word.withUnsafeBytes { y in memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
        }
    }
}
