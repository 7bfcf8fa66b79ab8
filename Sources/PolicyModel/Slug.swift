/// Turns titles into ids and anchors: lower case, letters and digits kept, runs of spaces and
/// hyphens become one hyphen, everything else dropped ("Child's" → "childs"). The same rule
/// for headings, criteria and stages, so an author can predict every anchor.
public enum Slug {
    /// The slug of `text`; "section" if nothing is left.
    public static func make(_ text: String) -> String {
        text.utf8.allSatisfy({ $0 < 0x80 }) ? makeASCII(text) : makeUnicode(text)
    }

    /// `make` for any text.
    static func makeUnicode(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else if scalar == " " || scalar == "-" || scalar == "\t" {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "section" : out
    }

    /// `make` for ASCII text, byte by byte: the same rule without Unicode lower-casing (every
    /// heading, criterion and stage has a slug; see README's performance log).
    static func makeASCII(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for var b in text.utf8 {
            if b >= 0x41 && b <= 0x5A { b += 0x20 }
            if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                if pendingHyphen && !out.isEmpty { out.append(0x2D) }
                pendingHyphen = false
                out.append(b)
            } else if b == 0x20 || b == 0x2D || b == 0x09 {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "section" : String(decoding: out, as: UTF8.self)
    }

    /// Whether `id` is a safe id for a file or folder name: lower-case ASCII letters, digits
    /// and single hyphens, not starting or ending with a hyphen, at most 80 characters. This is
    /// what keeps any id from naming a path outside `site/`.
    public static func isValidID(_ id: String) -> Bool {
        guard !id.isEmpty, id.utf8.count <= 80, !id.hasPrefix("-"), !id.hasSuffix("-"), !id.containsText("--") else { return false }
        guard !reservedNames.contains(id) else { return false }
        return id.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }
    }

    /// Names Windows file shares refuse, and "index", which every folder's page already uses.
    public static let reservedNames: Set<String> = {
        var names: Set<String> = ["con", "prn", "aux", "nul", "index"]
        for n in 1...9 { names.insert("com\(n)"); names.insert("lpt\(n)") }
        return names
    }()
}

extension Slug {
    /// A file-safe id from a title: words split at "/" and other punctuation as well as at
    /// spaces ("up to date/poor" gives "up-to-date-poor", never "datepoor"; an apostrophe still
    /// joins, "child's" gives "childs"), then cut at a word boundary to at most 60 characters so
    /// long list-item criteria still make readable file names.
    public static func id(_ title: String) -> String {
        idASCII(title) ?? scalarID(title)
    }

    /// `id` for ASCII titles, byte by byte (every criterion and stage of every policy has an
    /// id): letters are ASCII's, so no Unicode property is looked up. Nil for any other title.
    static func idASCII(_ title: String) -> String? {
        var title = title
        return title.withUTF8 { b -> String? in
            func word(_ i: Int) -> Bool {
                guard i >= 0, i < b.count else { return false }
                let c = b[i] | 0x20
                return (c >= 0x61 && c <= 0x7A) || (b[i] >= 0x30 && b[i] <= 0x39)
            }
            var out: [UInt8] = []
            out.reserveCapacity(b.count)
            var pendingHyphen = false
            for i in 0..<b.count {
                let c = b[i]
                guard c < 0x80 else { return nil }
                if word(i) {
                    if pendingHyphen && !out.isEmpty { out.append(0x2D) }
                    pendingHyphen = false
                    out.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
                } else if c == 0x27 || (c == 0x2E && word(i - 1) && word(i + 1)) {
                    // Joins the words either side, and is itself dropped.
                } else {
                    pendingHyphen = true
                }
            }
            return cut(out.isEmpty ? "section" : String(decoding: out, as: UTF8.self))
        }
    }

    /// `id` by Unicode scalars, for any title.
    static func scalarID(_ title: String) -> String {
        var spaced = ""
        let scalars = Array(title.unicodeScalars)
        spaced.unicodeScalars.reserveCapacity(scalars.count)
        func word(_ i: Int) -> Bool { i >= 0 && i < scalars.count && (scalars[i].properties.isAlphabetic || ("0"..."9").contains(scalars[i])) }
        for (i, scalar) in scalars.enumerated() {
            // An apostrophe, or a full stop inside an abbreviation ("e.g."), joins; other punctuation parts words.
            let joins = scalar == "'" || scalar == "\u{2019}" || (scalar == "." && word(i - 1) && word(i + 1))
            spaced.unicodeScalars.append(word(i) || joins ? scalar : " ")
        }
        return cut(make(spaced))
    }

    /// The id `id(_:)` gave before it split words at punctuation ("no-up-to-datepoor-quality-pep"),
    /// kept so a page published under it still leads to the criterion.
    public static func formerID(_ title: String) -> String {
        var s = make(title)
        if s.count > 60 {
            s = String(s.prefix(60))
            if let cut = s.lastIndex(of: "-") { s = String(s[..<cut]) }
        }
        return s
    }

    /// `slug` cut to at most 60 characters at a hyphen, keeping a last word that ends exactly
    /// at the limit.
    static func cut(_ slug: String) -> String {
        guard slug.utf8.count > 60 else { return slug }
        let bytes = Array(slug.utf8)
        if bytes[60] == 0x2D { return String(decoding: bytes[..<60], as: UTF8.self) }
        let head = bytes[..<60]
        guard let hyphen = head.lastIndex(of: 0x2D) else { return String(decoding: head, as: UTF8.self) }
        return String(decoding: bytes[..<hyphen], as: UTF8.self)
    }
}
