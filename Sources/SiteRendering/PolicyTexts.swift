import Foundation
import Markdown
import PolicyModel

/// The parsed full texts of the policies, moved out of the model for one render so that each
/// is released as soon as its page is rendered: a parsed text is several times the size of
/// its source, the texts are most of a large build's memory, and nothing but the policy's
/// own page reads them.
/// Unchecked Sendable: `texts` is read and changed only under `lock`.
public final class PolicyTexts: @unchecked Sendable {
    private var texts: [String: MarkdownNode]
    private let lock = NSLock()

    /// Moves every policy's text out of `model` (which keeps none).
    public init(movingOutOf model: inout ContentModel) {
        texts = model.texts
        model.texts = [:]
    }

    /// Hands over the text of policy `id` and forgets it: a second call returns nil.
    public func take(_ id: String) -> MarkdownNode? {
        lock.lock()
        defer { lock.unlock() }
        return texts.removeValue(forKey: id)
    }
}
