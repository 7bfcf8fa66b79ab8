/// What `check` says about a timescale cell it could read only in part. Never an error: the
/// cell is published as worded; the notice names what was not read and what to write instead
/// if the policy states more.
enum TimescaleNotice {
    /// The wordings the model reads, for the notices.
    static let readable = "a number with its unit ('5 working days', 'five days', '10 calendar days', '48hrs', '2 weeks', '1 month'), 'Same day', 'Next working day', 'Immediately' or 'without delay', 'At any time', a timescale that is agreed ('Timescale agreed between IRO and SW') or a timescale in words ('A timescale that is appropriate to the child's needs')"

    /// The notice for one clause of `wording` that was not read.
    static func unread(_ clause: String, in wording: String) -> String {
        let isNumber = clause.allSatisfy { $0.isNumber || $0.isWhitespace }
        if isNumber {
            return "timescale '\(wording)' has a number with no unit: it is published as worded, with no due date. Write the unit the policy states, even where the policy puts it in a column header: '\(clause) working days', '\(clause) days', '\(clause) calendar days' or '\(clause) hours'."
        }
        let whole = clause == wording ? "" : " in '\(wording)'"
        return "timescale '\(clause)'\(whole) could not be read as a time: it is published as worded, with no due date for it. The model reads \(readable); if the policy says exactly this, leave it as it is."
    }
}
