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
        /// Each word's postings: one table, so a word is looked up once per posting.
        var words: [String: Postings] = [:]
    }

    /// A word's postings: the (source << 32 | place) of each document it occurs in, unordered;
    /// or, for a word in more than `KeywordIndex.maxDocuments` documents, how many.
    private enum Postings {
        case documents([Int64])
        case tooCommon(Int)
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
                for w in d.words { Self.post(id, to: &s.words[w, default: .documents([])]) }
            }
            s.documents[source] = docs.map { SearchDocument(title: $0.title, kind: $0.kind, path: $0.path, anchor: $0.anchor, policyID: $0.policyID, words: []) }
        }
    }

    /// Posts document `id` to a word's postings, in place: a word in too many documents
    /// becomes a count (its list is never shown, so it is let go at once).
    private static func post(_ id: Int64, to postings: inout Postings) {
        switch postings {
        case .tooCommon(let n):
            postings = .tooCommon(n + 1)
        case .documents(var list):
            // Taken out of the table's value first, so the append does not copy the list.
            postings = .tooCommon(0)
            if list.count < KeywordIndex.maxDocuments {
                list.append(id)
                postings = .documents(list)
            } else {
                postings = .tooCommon(KeywordIndex.maxDocuments + 1)
            }
        }
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
            var lists: [(word: String, documents: [Int])] = []
            var tooCommon: [(word: String, count: Int)] = []
            for (word, postings) in s.words {
                switch postings {
                case .documents(let ids): lists.append((word, ids.sorted().map { start[Int($0 >> 32)] + Int($0 & 0xFFFF_FFFF) }))
                case .tooCommon(let n): tooCommon.append((word, n))
                }
            }
            return KeywordIndex(documents: documents, lists: lists, tooCommon: tooCommon)
        }
    }
}
