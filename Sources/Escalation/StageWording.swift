import PolicyModel

/// A route's wording at one stage for every criterion at once: the lines that every choice
/// shows, and each criterion's own lines. Keeping one criterion's lines gives what
/// `WordingComposer.compose` gives for that criterion alone (the site's tests hold the
/// picker and the criterion pages to this).
public struct StageWording: Sendable, Equatable {
    /// The stage (nil on a route whose policy sets no stages).
    public let stage: Stage?
    /// The lines in order.
    public let lines: [WordingLine]

    public init(stage: Stage?, lines: [WordingLine]) {
        self.stage = stage
        self.lines = lines
    }

    /// The text for criterion `index` (its index in the route) alone.
    public func text(for index: Int) -> String {
        var out = ""
        for line in lines where line.criterion == nil || line.criterion == index {
            out += line.text
            out += "\n"
        }
        return out
    }
}
