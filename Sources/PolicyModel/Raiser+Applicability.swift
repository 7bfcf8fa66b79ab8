extension Raiser {
    /// The raisers a piece of policy text applies to, read from the policy's own markers:
    /// "(LAC only)", "IRO only", "For IRO only" narrow it to the IRO; "(CP only)", "CP Chair
    /// only", "CPCC only" to the CP Chair. Text without a marker, or whose marker names a
    /// raiser the route does not have, applies to every raiser of the route.
    public static func applicability(of text: String, among raisers: [Raiser]) -> [Raiser] {
        let lower = text.lowercased()
        guard lower.containsText("only") else { return raisers }
        var narrowed: [Raiser] = []
        if raisers.contains(.iro), iroMarkers.contains(where: { lower.containsText($0) }) {
            narrowed.append(.iro)
        }
        if raisers.contains(.cpChair), cpChairMarkers.contains(where: { lower.containsText($0) }) {
            narrowed.append(.cpChair)
        }
        return narrowed.isEmpty ? raisers : narrowed
    }

    /// The policies' words that mark an item for the IRO only, in lower case.
    static let iroMarkers = ["lac only", "iro only", "looked after children only"]
    /// The policies' words that mark an item for the CP Chair only, in lower case.
    static let cpChairMarkers = ["cp only", "cp chair only", "cpcc only", "child protection only", "cp plan only"]

    /// The raisers of a route as a phrase ("IRO and CP Chair").
    public static func phrase(_ raisers: [Raiser]) -> String {
        raisers.map(\.displayName).joined(separator: " and ")
    }
}
