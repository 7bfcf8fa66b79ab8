import Foundation
import Markdown

/// The parsed full texts of the policies, held apart from the model so each can be released
/// as soon as its page is rendered. A parsed text is several times the size of its source;
/// at 10,000 policies the texts are most of a build's memory, and nothing but the policy's
/// own page reads them.
public final class PolicyTexts: @unchecked Sendable {
    private var texts: [String: MarkdownNode]
    private let lock = NSLock()

    /// Moves every policy's text out of `model` (leaving an empty document in its place).
    public init(movingOutOf model: inout ContentModel) {
        // Take the array out first so each change below is in place (and the model's
        // lookup index is rebuilt once, not once per policy).
        var policies = model.policies
        model.policies = []
        var texts: [String: MarkdownNode] = [:]
        texts.reserveCapacity(policies.count)
        let empty = MarkdownNode(kind: .document, position: SourcePosition(line: 1, column: 1))
        for i in policies.indices {
            texts[policies[i].id] = policies[i].body
            policies[i].body = empty
        }
        model.policies = policies
        self.texts = texts
    }

    /// Hands over the text of policy `id` and forgets it: a second call returns nil.
    public func take(_ id: String) -> MarkdownNode? {
        lock.lock()
        defer { lock.unlock() }
        return texts.removeValue(forKey: id)
    }
}
