/// One line of a route's wording at one stage, composed with every criterion standing in as a
/// marker (see `RouteWordingComposer`).
public struct WordingLine: Sendable, Equatable {
    /// The index in the route of the criterion the line belongs to: the line is shown only
    /// while that criterion is chosen. Nil: the line is shown whatever is chosen.
    public let criterion: Int?
    /// The line's text, without its newline, with its criterion's title or description put in.
    public let text: String

    public init(criterion: Int?, text: String) {
        self.criterion = criterion
        self.text = text
    }
}
