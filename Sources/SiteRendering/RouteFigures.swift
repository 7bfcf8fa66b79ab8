import PolicyModel

/// What a route page and its handout both show, drawn once per route: the ladder (each page
/// gives it its own ids) and the stages table.
struct RouteFigures {
    let ladder: LadderDiagram.Drawing?
    let stagesTable: [UInt8]

    init(_ route: Route) {
        ladder = LadderDiagram.drawing(route)
        stagesTable = StagesTable.html(route, caption: "Stages: \(route.title)")
    }

    /// The ladder with `id` on its title and description; empty for a route without stages.
    func ladder(id: String) -> String { ladder?.svg(id: id) ?? "" }

    /// `ladder(id:)` written into a page.
    func ladder(id: String, into out: inout HTMLWriter) { ladder?.svg(id: id, into: &out) }
}
