/// One step of a route, as the policy's stages table states it.
public struct Stage: Sendable, Equatable, Hashable {
    /// Stable id: the number in the name ("2" for "Level 2"), else the slugged name.
    public var id: String
    /// Position in the route, from 1.
    public var order: Int
    /// The name as the policy words it ("Stage 1", "Level 2", "Informal").
    public var name: String
    /// Who responds at this stage, as worded; nil when the policy does not say.
    public var officer: String?
    /// The response timescale; nil when the policy states none.
    public var timescale: Timescale?
    /// The table row it came from.
    public var location: SourceLocation

    /// Creates a stage.
    public init(id: String, order: Int, name: String, officer: String?, timescale: Timescale?, location: SourceLocation) {
        self.id = id
        self.order = order
        self.name = name
        self.officer = officer
        self.timescale = timescale
        self.location = location
    }
}
