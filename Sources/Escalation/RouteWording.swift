import PolicyModel

/// A route's wording for one raiser at every stage, for every criterion at once
/// (`RouteWordingComposer`), with each line that is the same at several stages kept once: a
/// caller's work on a line (the site escapes each for HTML) is then done once per route, not
/// once per stage.
public struct RouteWording: Sendable {
    /// The stages, in order (one nil stage on a route whose policy sets none).
    public let stages: [Stage?]
    /// The lines, each kept once however many stages show it.
    public let lines: [WordingLine]
    /// For each stage, its lines in order, as indices into `lines`.
    public let stageLines: [[Int]]

    /// Each stage's wording with its lines written out.
    public var stageWordings: [StageWording] {
        zip(stages, stageLines).map { stage, indices in StageWording(stage: stage, lines: indices.map { lines[$0] }) }
    }
}
