/// One step of a route, as the policy's stages table states it.
public struct Stage: Sendable, Equatable, Hashable {
    /// Stable id: the number in the name with a sub-step letter after it ("2" for "Level 2",
    /// "4a" for "Step 4a"), else the slugged name ("informal").
    public var id: String
    /// Position in the route's table, from 1 (every kind of stage counts here; see
    /// `Route.formalPosition(of:)` for the count of formal levels).
    public var order: Int
    /// The name as the policy words it ("Stage 1", "Level 2", "Informal").
    public var name: String
    /// Who responds at this stage, as worded; for an action, the action; for a decision, who
    /// decides. Nil when the policy does not say.
    public var officer: String?
    /// The response timescale; nil when the policy states none.
    public var timescale: Timescale?
    /// What the stage is: a formal level, an informal stage, an action or a decision.
    public var kind: StageKind
    /// Who the stage applies to ("IRO only"): every raiser of the route unless marked.
    public var appliesTo: [Raiser]
    /// The table row it came from.
    public var location: SourceLocation

    /// Creates a stage.
    public init(id: String, order: Int, name: String, officer: String?, timescale: Timescale?, kind: StageKind = .formal,
                appliesTo: [Raiser] = [], location: SourceLocation) {
        self.id = id
        self.order = order
        self.name = name
        self.officer = officer
        self.timescale = timescale
        self.kind = kind
        self.appliesTo = appliesTo
        self.location = location
    }

    /// Whether `raiser` may use this stage (a stage with no marked raisers serves all).
    public func applies(to raiser: Raiser?) -> Bool {
        guard let raiser, !appliesTo.isEmpty else { return true }
        return appliesTo.contains(raiser)
    }

    /// Whether the stage is a level of escalation that an escalation moves on to (an action
    /// is taken at the raiser's choice; it is not the next officer).
    public var isLevel: Bool { kind != .action }
}
