/// One route in `escalate --list --format json`: the ids a chair needs, with their wording.
struct RouteListing: Encodable {
    /// A stage's id and words.
    struct StageListing: Encodable {
        let id, name: String; let officer, timescale: String?; let kind: String; let appliesTo: [String]
        /// What the timescale was read as; empty when it states none or nothing could be read.
        let timescaleReadings: [ReadingListing]
    }
    /// A criterion's id and title, and who may raise it.
    struct CriterionListing: Encodable { let id, title: String; let appliesTo: [String] }

    let id, title, authority: String
    let raisedBy: [String]
    let stages: [StageListing]
    let criteria: [CriterionListing]
}
