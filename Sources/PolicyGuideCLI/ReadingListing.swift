import PolicyModel

/// One reading of a stage's timescale in `escalate --list --format json`: the words it is read
/// from and what they were read as, so a policy officer can check the reading without a date.
struct ReadingListing: Encodable {
    let words: String
    let reading: String
    let amount: Int?
    let kind: String
    let condition, anchor, scope: String?
    /// Readings sharing a part are two wordings of the same time ("48 hours (two working days)").
    let part: Int

    init(_ r: TimescaleReading) {
        words = r.words
        reading = r.term.name
        amount = r.term.amount?.count
        kind = r.kind.rawValue
        condition = r.condition
        anchor = r.anchor
        scope = r.scope
        part = r.part
    }
}
