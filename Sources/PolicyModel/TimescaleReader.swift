/// Reads a timescale cell as far as its words go, without changing them. The cell is split
/// into clauses at ";" and at the end of a sentence; in each clause a number (digits or a word,
/// "five") followed by a unit is a time, and "same day", "next working day", "immediately" /
/// "without delay", "at any time", an agreed timescale and a timescale in words are read as
/// such. Kind ("no longer than"), condition ("if …"), anchor ("of step 1") and a route label
/// ("(LAC)") are taken from the clause around each time. What is not read is returned, so the
/// loader can say so; nothing here rejects a cell.
enum TimescaleReader {
    /// A word of the cell with its place in the cell's characters.
    struct Token {
        let text: String
        let start: Int
        let end: Int
        /// Index of the parenthesised group it is in, if any.
        let group: Int?
    }

    /// A time found in a clause: its term and the tokens it spans.
    struct Found {
        var term: TimescaleTerm
        var first: Int
        var last: Int
        var group: Int?
    }

    static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// Phrases before a time that make it a maximum rather than a deadline.
    static let maximumPhrases = ["no longer than", "maximum", "up to", "no more than", "not more than", "not exceeding",
                                 "at most", "at the most"]

    /// Words that open a condition.
    static let conditionWords: Set<String> = ["if", "where", "unless"]

    /// Words that make a clause with no number a timescale in words.
    static let qualitativeWords: Set<String> = ["timescale", "timescales", "timeframe", "scale", "appropriate", "timely", "promptly", "asap",
                                                "acceptable", "practicable", "possible",
                                                "urgent", "urgently", "reasonable", "soon", "swiftly", "quickly"]

    /// Words a route label in brackets is made of ("LAC", "CP only", "IRO and CP Chair").
    static let labelWords: Set<String> = ["lac", "cla", "cp", "cpcc", "iro", "iros", "chair", "chairs", "only", "children",
                                          "child", "looked", "after", "protection", "cases", "case", "plan", "plans", "for",
                                          "and", "or", "route", "multi", "agency"]

    /// The readings of `wording`, and the clauses nothing could be read from (as written).
    static func read(_ wording: String) -> (readings: [TimescaleReading], unread: [String]) {
        let chars = characters(wording)
        var readings: [TimescaleReading] = []
        var unread: [String] = []
        var part = 0
        let all = clauses(chars)
        var carried: Int? = nil
        for (i, (start, end)) in all.enumerated() {
            let from = carried ?? start
            carried = nil
            let before = readings.count
            read(chars, from, end, part: &part, into: &readings)
            guard readings.count == before else { continue }
            // A sentence with no time before another ("Exec. Head of … within 5 working days",
            // "See note 3. 5 working days") is read with the next one, not reported on its own.
            if i + 1 < all.count, chars[end] == "." { carried = from; continue }
            let text = trimmed(chars, from, end)
            if !text.isEmpty { unread.append(text) }
        }
        return (readings, unread)
    }

    /// `Array(wording)`. An ASCII cell without a carriage return (the one ASCII pair that is a
    /// single character, "\r\n") has one character per byte, so no grapheme breaking is needed.
    static func characters(_ wording: String) -> [Character] {
        guard wording.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return Array(wording) }
        return wording.utf8.map { Character(Unicode.Scalar($0)) }
    }

    /// Character ranges of the clauses: split at ";" and at "." followed by a space or the end.
    static func clauses(_ c: [Character]) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var start = 0
        var i = 0
        while i < c.count {
            let isEnd = c[i] == ";" || c[i] == "\n" || (c[i] == "." && (i + 1 == c.count || c[i + 1] == " "))
            if isEnd { out.append((start, i)); start = i + 1 }
            i += 1
        }
        if start < c.count { out.append((start, c.count)) }
        return out
    }

    /// The text of `c[start..<end]` without surrounding spaces and trailing full stops or commas.
    static func trimmed(_ c: [Character], _ start: Int, _ end: Int) -> String {
        var s = start, e = end
        while s < e, isWhitespace(c[s]) { s += 1 }
        while e > s, isWhitespace(c[e - 1]) || c[e - 1] == "," || c[e - 1] == "." { e -= 1 }
        return String(c[s..<e])
    }

    /// The words of a clause: runs of letters, or of digits (so "48hrs" is "48", "hrs").
    static func tokens(_ c: [Character], _ start: Int, _ end: Int) -> [Token] {
        var out: [Token] = []
        var group: Int? = nil
        var groups = 0
        var i = start
        while i < end {
            let ch = c[i]
            if ch == "(" { group = groups; groups += 1; i += 1; continue }
            if ch == ")" { group = nil; i += 1; continue }
            let digit = isNumber(ch)
            if digit || isLetter(ch) {
                var j = i
                while j < end, digit ? isNumber(c[j]) : isLetter(c[j]) { j += 1 }
                out.append(Token(text: lowercased(c, i, j), start: i, end: j, group: group))
                i = j
            } else {
                i += 1
            }
        }
        return out
    }

    /// `Character.isNumber`, answered for ASCII without the Unicode property tables (cells are
    /// nearly always ASCII, and this runs for every character of every timescale).
    @inline(__always) static func isNumber(_ ch: Character) -> Bool {
        if let a = ch.asciiValue, ch != "\r\n" { return a &- 48 < 10 }
        return ch.isNumber
    }

    /// `Character.isWhitespace`, answered for ASCII (tab to carriage return, and space) without
    /// the Unicode property tables; "\r\n" is whitespace either way.
    @inline(__always) static func isWhitespace(_ ch: Character) -> Bool {
        if let a = ch.asciiValue { return a == 32 || a &- 9 < 5 }
        return ch.isWhitespace
    }

    /// `Character.isLetter`, answered for ASCII without the Unicode property tables.
    @inline(__always) static func isLetter(_ ch: Character) -> Bool {
        if let a = ch.asciiValue, ch != "\r\n" { return (a | 0x20) &- 97 < 26 }
        return ch.isLetter
    }

    /// `String(c[start..<end]).lowercased()`, built straight from the bytes when the run is ASCII.
    static func lowercased(_ c: [Character], _ start: Int, _ end: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(end - start)
        for k in start..<end {
            guard let a = c[k].asciiValue, c[k] != "\r\n" else { return String(c[start..<end]).lowercased() }
            bytes.append(a &- 65 < 26 ? a | 0x20 : a)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Words before a unit that stand for one ("a week", "an hour").
    static let unitStarts = ["day", "week", "month", "hour", "working", "calendar"]
    static let hourWords = ["hour", "hours", "hr", "hrs"]
    static let beforeTime = ["within", "in", "by"]
    static let anchorWords = ["of", "from", "after", "following"]
    static let lessWords = ["less", "sooner", "earlier", "shorter", "soonest", "earliest", "shortest"]
    static let sameDay = ["same", "day"], sameWorkingDay = ["same", "working", "day"], nextWorkingDay = ["next", "working", "day"]
    static let withoutDelay = ["without", "delay"], anyTime = ["any", "time"], anyPoint = ["any", "point"], anyStage = ["any", "stage"]
    static let asSoonAs = ["as", "soon", "as"]

    /// The number a token (or a token pair, "twenty one") stands for, and how many tokens it takes.
    static func number(_ t: [Token], _ i: Int) -> (Int, Int)? {
        if let n = Int(t[i].text), t[i].text.count <= 4 { return (n, 1) }
        guard let n = numberWords[t[i].text] else {
            // "a week", "an hour": one, only right before a unit.
            if t[i].text == "a" || t[i].text == "an", i + 1 < t.count, unitStarts.contains(t[i + 1].text) {
                return (1, 1)
            }
            return nil
        }
        if n >= 20, n % 10 == 0, i + 1 < t.count, let u = numberWords[t[i + 1].text], u < 10 { return (n + u, 2) }
        return (n, 1)
    }

    /// The unit at token `i`, and how many tokens it takes.
    static func unit(_ t: [Token], _ i: Int, _ n: Int, adjacent: Bool) -> (TimescaleTerm, Int)? {
        guard i < t.count else { return nil }
        let w = t[i].text
        let isDay: (Int) -> Bool = { $0 < t.count && (t[$0].text == "day" || t[$0].text == "days") }
        if (w == "working" || w == "business") && isDay(i + 1) { return (.workingDays(n), 2) }
        // "a working week" is five working days; the reading keeps the policy's words.
        if w == "working", i + 1 < t.count, t[i + 1].text == "week" || t[i + 1].text == "weeks" { return (.workingDays(5 * n), 2) }
        if w == "calendar" && isDay(i + 1) { return (.calendarDays(n), 2) }
        if w == "day" || w == "days" { return (.days(n), 1) }
        if hourWords.contains(w) || (w == "h" && adjacent) { return (.hours(n), 1) }
        if w == "week" || w == "weeks" { return (.weeks(n), 1) }
        if w == "month" || w == "months" { return (.months(n), 1) }
        return nil
    }

    /// Reads one clause, appending its readings; `part` counts parts across the cell.
    static func read(_ c: [Character], _ start: Int, _ end: Int, part: inout Int, into readings: inout [TimescaleReading]) {
        let t = tokens(c, start, end)
        guard !t.isEmpty else { return }
        let clauseFirst = readings.count
        var found: [Found] = []
        var i = 0
        while i < t.count {
            if let (n, width) = number(t, i), let (term, uw) = unit(t, i + width, n, adjacent: i + width < t.count && t[i + width].start == t[i + width - 1].end) {
                found.append(Found(term: term, first: i, last: i + width + uw - 1, group: t[i].group))
                i += width + uw
                continue
            }
            i += 1
        }
        let words = t.map(\.text)
        func has(_ phrase: [String], at k: Int) -> Bool {
            k + phrase.count <= words.count && words[k..<(k + phrase.count)].elementsEqual(phrase)
        }
        for k in 0..<words.count {
            if has(sameDay, at: k) || has(sameWorkingDay, at: k) {
                found.append(Found(term: .sameDay, first: k, last: k + (words[k + 1] == "day" ? 1 : 2), group: t[k].group))
            } else if has(nextWorkingDay, at: k) {
                found.append(Found(term: .nextWorkingDay, first: k, last: k + 2, group: t[k].group))
            } else if words[k] == "immediately" || words[k] == "immediate" || words[k] == "forthwith" {
                found.append(Found(term: .immediately, first: k, last: k, group: t[k].group))
            } else if has(withoutDelay, at: k) {
                found.append(Found(term: .immediately, first: k, last: k + 1, group: t[k].group))
            } else if has(anyTime, at: k) || words[k] == "anytime" || has(anyPoint, at: k) || has(anyStage, at: k) {
                let first = k > 0 && words[k - 1] == "at" ? k - 1 : k
                found.append(Found(term: .anyTime, first: first, last: words[k] == "anytime" ? k : k + 1, group: t[k].group))
            }
        }
        // "agreed action plan within 48 hours" is 48 hours: only a clause with no number of its
        // own is an agreed timescale.
        if found.isEmpty, words.contains(where: { $0 == "agreed" || $0 == "agree" }) {
            found.append(Found(term: .agreed, first: 0, last: t.count - 1, group: nil))
        }
        if found.isEmpty, words.contains(where: qualitativeWords.contains) || has(asSoonAs, at: words.firstIndex(of: "as") ?? words.count) {
            found.append(Found(term: .qualitative, first: 0, last: t.count - 1, group: nil))
        }
        guard !found.isEmpty else { return }
        found.sort { $0.first < $1.first }

        // Parts: a time in brackets right after another time is a second reading of it.
        var parts: [Int] = []
        let firstPart = part
        for (k, f) in found.enumerated() {
            if k > 0, let g = f.group, found[k - 1].group != g, found[k - 1].term.amount != nil, f.term.amount != nil {
                parts.append(parts[k - 1])
            } else {
                parts.append(k == 0 ? firstPart : parts[k - 1] + 1)
            }
        }
        part = (parts.last ?? firstPart) + 1

        // Route labels: a bracketed group of label words, given to the time before it.
        var scopes: [Int: String] = [:]
        var groups: [Int: [Int]] = [:]
        var order: [Int] = []
        for (k, token) in t.enumerated() {
            guard let g = token.group else { continue }
            if groups[g] == nil { order.append(g) }
            groups[g, default: []].append(k)
        }
        for g in order {
            let members = groups[g] ?? []
            guard let opening = members.first, let closing = members.last,
                  members.allSatisfy({ labelWords.contains(words[$0]) }),
                  let owner = found.lastIndex(where: { $0.last < opening }) else { continue }
            scopes[parts[owner]] = String(c[t[opening].start..<t[closing].end])
        }

        // Conditions: from "if"/"where"/"unless" to a comma, "then", the next condition or the
        // time's own words. One that runs to the end of the clause ("within 24 hours if the issue
        // relates to child protection") belongs to the time before it; one cut short by "then",
        // a comma or a time ("If … then this should be determined within 24 hours") to the time
        // after it. Each token is scanned once per condition up to the next, so this stays linear.
        let starts = Set(found.map(\.first))
        var conditionOf: [Int: String] = [:]
        for k in 0..<t.count where conditionWords.contains(words[k]) && t[k].group == nil {
            var stop = t.count
            for m in (k + 1)..<max(k + 1, t.count) {
                if words[m] == "then" || starts.contains(m) || conditionWords.contains(words[m]) { stop = m; break }
                if m + 1 < t.count, beforeTime.contains(words[m]), starts.contains(m + 1) { stop = m; break }
                if c[t[m - 1].end..<t[m].start].contains(",") { stop = m; break }
            }
            guard stop > k + 1 else { continue }
            // "2 days if A": a condition straight after a time is that time's.
            let before = found.lastIndex(where: { $0.last < k }), after = found.firstIndex(where: { $0.first > k })
            let owner: Int?
            if let b = before, found[b].last == k - 1 { owner = b } else { owner = stop == t.count ? (before ?? after) : (after ?? before) }
            guard let owner else { continue }
            if conditionOf[parts[owner]] == nil { conditionOf[parts[owner]] = trimmed(c, t[k].start, t[stop - 1].end) }
        }

        let clause = trimmed(c, start, end)
        let whicheverIsLess = words.indices.contains { words[$0] == "whichever" && $0 + 2 < words.count && words[$0 + 1] == "is" && lessWords.contains(words[$0 + 2]) }
        var anchors: [Int: String] = [:]
        for (k, f) in found.enumerated() {
            let before = k == 0 ? 0 : found[k - 1].last + 1
            let lead = words[before..<f.first].joined(separator: " ")
            let trail = f.last + 1 < words.count ? words[(f.last + 1)..<min(words.count, f.last + 4)].joined(separator: " ") : ""
            var kind = TimescaleKind.deadline
            if f.term.amount != nil, maximumPhrases.contains(where: { (" " + lead + " ").contains(" " + $0 + " ") || trail.hasPrefix($0) }) {
                kind = .maximum
            }
            // "Within a working week or a timescale that protects the child from harm (whichever
            // is less)": the time is the most it can be.
            if f.term.amount != nil, whicheverIsLess { kind = .maximum }
            var anchor: String? = nil
            if f.term.amount != nil, f.last + 1 < t.count, anchorWords.contains(words[f.last + 1]), t[f.last + 1].group == nil {
                var stop = f.last + 2
                while stop < t.count, t[stop].group == nil, !conditionWords.contains(words[stop]),
                      !c[t[stop - 1].end..<t[stop].start].contains(",") { stop += 1 }
                if stop > f.last + 2 { anchor = trimmed(c, t[f.last + 1].start, t[stop - 1].end) }
            }
            // A condition is read only for a time with a number, where it changes a due date; on
            // "Notify … and if necessary Team Manager immediately" it would only mislead.
            let condition = f.term.amount != nil ? conditionOf[parts[k]] : nil
            if let a = anchor { anchors[parts[k]] = a }
            let span = f.term.amount == nil && (f.term == .agreed || f.term == .qualitative)
                ? clause
                : String(c[t[f.first].start..<t[f.last].end])
            // "a further 5 working days": counted from the step before, as the policy says.
            if anchor == nil, f.term.amount != nil, f.first > 0, words[f.first - 1] == "further" {
                anchor = trimmed(c, t[f.first - (f.first > 1 && words[f.first - 2] == "a" ? 2 : 1)].start, t[f.first - 1].end)
            }
            readings.append(TimescaleReading(term: f.term, kind: kind, words: span, condition: condition, anchor: anchor,
                                             scope: scopes[parts[k]], part: parts[k], clause: clause))
        }
        // "48 hours (two working days) of the initial discussion": the anchor after the second
        // reading is the first's too.
        for i in clauseFirst..<readings.count where readings[i].anchor == nil && readings[i].term.amount != nil {
            readings[i].anchor = anchors[readings[i].part]
        }
    }
}
