/// What a link in content points at, once resolved against the content folder. The renderer
/// turns it into a relative URL; the checker reports the broken and unsafe ones.
public enum LinkTarget: Sendable, Equatable {
    /// A policy page, optionally at a heading anchor.
    case policy(id: String, anchor: String?)
    /// A checklist page, optionally at an anchor.
    case checklist(id: String, anchor: String?)
    /// An anchor on the page the link is on.
    case samePage(anchor: String)
    /// An outside address (http, https, mailto), published as is.
    case external(String)
    /// A scheme that could run code or smuggle content (`javascript:`, `data:`, …): never published.
    case unsafe(String)
    /// A path that names no content file, with the reason.
    case broken(String)
}
