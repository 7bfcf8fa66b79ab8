/// A keyword index being built: documents added a few at a time, each word's list of the
/// documents it occurs in, and a count alone for a word in more than `KeywordIndex.maxDocuments`
/// (its list is never shown, so it is dropped as soon as it is too long). A document's words
/// are let go once they are posted: at 10,000 policies the words and the lists of the
/// commonest words would otherwise be held together, most of the A to Z's memory.
struct KeywordPostings {
    private(set) var documents: [SearchDocument] = []
    private(set) var lists: [String: [Int]] = [:]
    private(set) var tooCommon: [String: Int] = [:]

    mutating func add(_ docs: [SearchDocument]) {
        if lists.isEmpty { lists.reserveCapacity(docs.count * 4) }
        for d in docs {
            let i = documents.count
            for w in d.words {
                if !tooCommon.isEmpty, let n = tooCommon[w] {
                    tooCommon[w] = n + 1
                    continue
                }
                // One lookup: the list is changed in place where it is stored.
                let full = Self.post(i, to: &lists[w, default: []])
                if full {
                    tooCommon[w] = KeywordIndex.maxDocuments + 1
                    lists[w] = nil
                }
            }
            documents.append(SearchDocument(title: d.title, kind: d.kind, path: d.path, anchor: d.anchor, policyID: d.policyID, words: []))
        }
    }

    /// Appends document `i` to `list`; true (and nothing appended) if the list is full.
    static func post(_ i: Int, to list: inout [Int]) -> Bool {
        guard list.count < KeywordIndex.maxDocuments else { return true }
        list.append(i)
        return false
    }
}
