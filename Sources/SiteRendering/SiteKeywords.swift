import PolicyModel
import Synchronization

/// The site's keyword index gathered while the policies' pages are rendered: each policy's job
/// posts the documents it has just made for the policy's own A to Z, so no policy is cut into
/// words twice. Once every job has run, `index(model:)` posts what was not posted (the
/// checklists, the glossary, and on a rebuild the policies it did not render) and gives the
/// index, the same whatever order the jobs ran in.
///
/// A document is numbered by where it came from (its policy's place in the model, or a place
/// after the policies for a checklist or the glossary) and its place there, so the lists can
/// be posted in any order and put in the model's order at the end.
final class SiteKeywords: Sendable {
    private struct State {
        /// Each source's documents, words dropped; nil until posted.
        var documents: [[SearchDocument]?]
        /// Word → (source << 32 | place) of each document it occurs in, unordered.
        var lists: [String: [Int64]] = [:]
        /// Words in more than `KeywordIndex.maxDocuments` documents, with how many.
        var tooCommon: [String: Int] = [:]
    }

    private let state: Mutex<State>
    private let policyCount: Int

    /// For a model of `policyCount` policies and `checklistCount` checklists.
    init(policyCount: Int, checklistCount: Int) {
        self.policyCount = policyCount
        state = Mutex(State(documents: Array(repeating: nil, count: policyCount + checklistCount + 1)))
    }

    /// Posts the documents of the policy at `place` in the model (`KeywordIndex.documents(of:)`).
    func post(policyAt place: Int, _ docs: [SearchDocument]) {
        post(source: place, docs)
    }

    private func post(source: Int, _ docs: [SearchDocument]) {
        state.withLock { s in
            for (n, d) in docs.enumerated() {
                let id = Int64(source) << 32 | Int64(n)
                for w in d.words {
                    if let count = s.tooCommon[w] {
                        s.tooCommon[w] = count + 1
                    } else if Self.post(id, to: &s.lists[w, default: []]) {
                        // Too common: its list is never shown, so it is let go at once.
                        s.tooCommon[w] = KeywordIndex.maxDocuments + 1
                        s.lists[w] = nil
                    }
                }
            }
            s.documents[source] = docs.map { SearchDocument(title: $0.title, kind: $0.kind, path: $0.path, anchor: $0.anchor, policyID: $0.policyID, words: []) }
        }
    }

    /// Appends `id` to `list` in place (one lookup of the word); true, and nothing appended,
    /// if the list is full.
    private static func post(_ id: Int64, to list: inout [Int64]) -> Bool {
        guard list.count < KeywordIndex.maxDocuments else { return true }
        list.append(id)
        return false
    }

    /// The index of everything posted, with what was not posted yet added first: policies
    /// not posted, the checklists' items and the glossary's terms.
    func index(model: ContentModel) -> KeywordIndex {
        let missing = state.withLock { s in model.policies.indices.filter { s.documents[$0] == nil } }
        for i in missing { post(source: i, KeywordIndex.documents(of: model.policies[i])) }
        for (k, c) in model.checklists.enumerated() {
            post(source: policyCount + k, c.items.map { KeywordIndex.document($0, of: c) })
        }
        post(source: policyCount + model.checklists.count, model.glossary.map(KeywordIndex.document))
        return state.withLock { s in
            var start: [Int] = []
            var documents: [SearchDocument] = []
            for docs in s.documents {
                start.append(documents.count)
                documents += docs ?? []
            }
            let lists = s.lists.map { word, ids in
                (word: word, documents: ids.sorted().map { start[Int($0 >> 32)] + Int($0 & 0xFFFF_FFFF) })
            }
            return KeywordIndex(documents: documents, lists: lists, tooCommon: s.tooCommon.map { (word: $0.key, count: $0.value) })
        }
    }
}
