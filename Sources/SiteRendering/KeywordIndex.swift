import Foundation
import PolicyModel

/// Everything the site can find by keyword, built once from the model: the documents (criteria,
/// stages, routes, policy sections, checklist items, glossary terms) and, for each significant
/// word, the documents it occurs in. The keyword pages (JavaScript off) and the search script's
/// index (JavaScript on) are both written from this one value, so both find the same things.
struct KeywordIndex {
    let documents: [SearchDocument]
    /// Keyword → indices into `documents`, ascending; keywords in byte order.
    let keywords: [(word: String, documents: [Int])]
    /// Words in more than `maxDocuments` documents, with how many: too common to find anything
    /// by (like stop words, but measured), so no keyword's list, and so no letter page or the
    /// search index, grows without bound with the library. In byte order.
    let tooCommon: [(word: String, count: Int)]

    /// The most documents one keyword lists. The real content's commonest word is in far
    /// fewer; a library of 10,000 policies has words in nearly every one.
    static let maxDocuments = 250

    init(model: ContentModel) {
        self = SiteKeywords(policyCount: model.policies.count, checklistCount: model.checklists.count).index(model: model)
    }

    /// A glossary term as a document: found by itself whole ("CP", "LADO"), however short, and
    /// by its aliases.
    static func document(_ t: GlossaryTerm) -> SearchDocument {
        var words = [t.term.lowercased()] + t.aliases.map { $0.lowercased() }
        words += SearchWords.significant([t.term, t.expansion ?? "", t.definition].joined(separator: " "))
        var seen = Set<String>()
        return SearchDocument(title: t.term, kind: "glossary", path: SitePath.glossary, anchor: t.anchor, policyID: nil,
                              words: words.filter { seen.insert($0).inserted })
    }

    /// One authority's index: its policy's documents and the checklist items citing it.
    init(policy: Policy, checklists: [Checklist]) {
        self.init(documents: Self.documents(of: policy) + (Self.citingItems(checklists)[policy.id] ?? []))
    }

    /// The checklist items that cite a policy, as documents, by the policy's id.
    static func citingItems(_ checklists: [Checklist]) -> [String: [SearchDocument]] {
        var out: [String: [SearchDocument]] = [:]
        for c in checklists {
            for item in c.items { if let id = item.source?.policyID { out[id, default: []].append(document(item, of: c)) } }
        }
        return out
    }

    init(documents docs: [SearchDocument]) {
        var postings = KeywordPostings()
        postings.add(docs)
        self.init(postings: postings)
    }

    init(postings: KeywordPostings) {
        self.init(documents: postings.documents, lists: postings.lists.map { (word: $0.key, documents: $0.value) },
                  tooCommon: postings.tooCommon.map { (word: $0.key, count: $0.value) })
    }

    /// An index of `documents` from each word's documents, in any order of words.
    init(documents: [SearchDocument], lists: [(word: String, documents: [Int])], tooCommon: [(word: String, count: Int)]) {
        self.documents = documents
        keywords = Self.inByteOrder(lists, word: \.word)
        self.tooCommon = Self.inByteOrder(tooCommon, word: \.word)
    }

    /// `items` sorted by `word` in byte order (`bytesPrecede`). Each word's first eight bytes
    /// are read once into a number, and words are compared by those numbers, byte by byte
    /// only when they tie: a comparison of two strings was most of the cost of every A to Z.
    static func inByteOrder<T>(_ items: [T], word: (T) -> String) -> [T] {
        var keyed: [(prefix: UInt64, index: Int)] = []
        keyed.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            var prefix: UInt64 = 0
            var n = 0
            for b in word(item).utf8 {
                prefix = prefix << 8 | UInt64(b)
                n += 1
                if n == 8 { break }
            }
            // Short words padded with zero bytes, below any byte: "ab" before "ab" + anything.
            if n < 8 { prefix <<= UInt64(8 * (8 - n)) }
            keyed.append((prefix, i))
        }
        keyed.sort { a, b in
            if a.prefix != b.prefix { return a.prefix < b.prefix }
            return bytesPrecede(word(items[a.index]), word(items[b.index]))
        }
        return keyed.map { items[$0.index] }
    }

    /// Byte order of two words (UTF-8), compared a block at a time.
    static func bytesPrecede(_ a: String, _ b: String) -> Bool {
        let fast = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y -> Bool in
                let n = min(x.count, y.count)
                let c = n == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, n)
                return c != 0 ? c < 0 : x.count < y.count
            }
        }
        return (fast ?? nil) ?? a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// A checklist item as a document.
    static func document(_ item: ChecklistItem, of c: Checklist) -> SearchDocument {
        SearchDocument(title: item.text, kind: "checklist: \(c.title)", path: SitePath.checklist(c.id), anchor: nil,
                       policyID: item.source?.policyID, words: SearchWords.significant(item.text))
    }

    /// A policy's documents: the policy, its headings, routes, stages and criteria.
    static func documents(of p: Policy) -> [SearchDocument] {
        var docs: [SearchDocument] = []
        let whose = p.authority
        docs.append(SearchDocument(title: p.title, kind: "policy, \(whose)", path: SitePath.policy(p.id), anchor: nil, policyID: p.id,
                                   words: SearchWords.significant(p.title + " " + p.authority)))
        let sectionKind = "section of the policy, \(whose)", policyPath = SitePath.policy(p.id)
        for h in p.headings {
            docs.append(SearchDocument(title: h.text, kind: sectionKind, path: policyPath, anchor: h.anchor,
                                       policyID: p.id, words: SearchWords.significant(h.text)))
        }
        for r in p.routes {
            let routePath = SitePath.route(r)
            var routeText = r.title
            for t in [r.bypass, r.finalStep, r.rights] { if let t { routeText += " " + t } }
            for n in r.nextStageNotes { routeText += " " + n.quote }
            docs.append(SearchDocument(title: r.title, kind: "route, \(whose)", path: routePath, anchor: nil, policyID: p.id,
                                       words: SearchWords.significant(routeText)))
            // Each kind's text made once per route and shared by its documents: the site's A to
            // Z holds every document until its pages are written.
            var stageKinds: [String: String] = [:]
            for s in r.stages {
                let text = [s.name, s.officer ?? "", s.timescale?.wording ?? ""].joined(separator: " ")
                let name = s.kind.displayName
                let kind = stageKinds[name] ?? "\(name), \(whose): \(r.title)"
                stageKinds[name] = kind
                docs.append(SearchDocument(title: "\(s.name): \(s.officer ?? "officer not stated")", kind: kind,
                                           path: routePath, anchor: Anchor.stage(s, of: r), policyID: p.id, words: SearchWords.significant(text)))
            }
            let criterionKind = "criterion, \(whose): \(r.title)"
            for c in r.criteria {
                docs.append(SearchDocument(title: c.title, kind: criterionKind, path: SitePath.criterion(c, of: r), anchor: nil,
                                           policyID: p.id, words: SearchWords.significant([c.title, c.description, c.group ?? ""].joined(separator: " "))))
            }
        }
        return docs
    }

    /// The keyword page a word is listed on: its first letter (a–z), "0-9" for a number, or
    /// "other" for any other first character.
    static func pageKey(of word: String) -> String {
        guard let b = word.utf8.first else { return "other" }
        if b >= 0x61 && b <= 0x7A { return String(UnicodeScalar(b)) }
        if b >= 0x30 && b <= 0x39 { return "0-9" }
        return "other"
    }
}
