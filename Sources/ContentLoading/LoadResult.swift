import Escalation
import PolicyModel

/// What loading produced: a model when the content was usable, and every problem found.
public struct LoadResult: Sendable {
    /// The model; nil when an error made some part unreadable.
    public var model: ContentModel?
    /// All problems, in file, line, column order.
    public var diagnostics: [Diagnostic]

    /// Each policy read from its file this time (not those handed to the loader already
    /// loaded), with the problems its file alone produced.
    public var loadedPolicies: [LoadedPolicy] = []

    /// The wording template, parsed once here for the whole build (a composer holds it);
    /// nil when it is missing or Mustache cannot parse it, and then an error says why.
    public var wordingComposer: WordingComposer? = nil

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
