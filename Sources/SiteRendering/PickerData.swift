import Escalation
import PolicyModel

/// What `picker.js` needs to work out due dates on a route page: each stage's timescale
/// readings from the model, written into the page as a JSON data attribute (`data-picker` on a
/// hidden element, data, not script), and the England and Wales bank holidays from
/// `BankHolidays`, written into `picker.js` (`calendarJSON`): the same sources `policyguide
/// escalate` counts from. The script only does date arithmetic.
struct PickerData {
    /// One reading of a stage's timescale, as `TimescaleReading` states it.
    struct Reading {
        let words: String
        /// `TimescaleTerm.name`: "working days", "days", "hours", "same day", "qualitative", ….
        let term: String
        let amount: Int?
        /// "deadline" or "maximum".
        let kind: String
        let condition, anchor, scope: String?
        /// Readings with the same part are two readings of one time.
        let part: Int
        /// The clause the reading is in, when it says more than the time.
        let clause: String?

        var json: JSONValue {
            .fields(["words": .string(words), "term": .string(term), "amount": .optional(amount), "kind": .string(kind), "condition": .optional(condition),
                     "anchor": .optional(anchor), "scope": .optional(scope), "part": .int(part), "clause": .optional(clause)])
        }
    }

    /// A stage's timescale: its words, the readings on this route and the clauses not read.
    struct StageTimes {
        let name: String
        let wording: String?
        let readings: [Reading]
        let unread: [String]

        var json: JSONValue {
            .fields(["name": .string(name), "wording": .optional(wording), "readings": .array(readings.map(\.json)), "unread": .strings(unread)])
        }
    }

    /// The calendar: the same for every route page, so in `picker.js`.
    struct Calendar {
        /// The first and last year with bank holiday data.
        let coveredYears: [Int]
        /// (ISO date, name) of every bank holiday.
        let holidays: [[String]]

        var json: JSONValue {
            .fields(["coveredYears": .array(coveredYears.map { .int($0) }), "holidays": .array(holidays.map { .strings($0) })])
        }
    }

    /// Per stage, in the route's order (index `j` of the wording blocks `w-j`, `w-k-j`).
    let stages: [StageTimes]

    init(route: Route) {
        stages = route.stages.map { s in
            guard let t = s.timescale else { return StageTimes(name: s.name, wording: nil, readings: [], unread: []) }
            // The readings `escalate` counts for this route (`WordingComposer` passes the route's raisers).
            let shown = t.readings(for: route.raisedBy)
            let saysMore = Dictionary(grouping: t.readings, by: \.clause).mapValues { $0[0].clauseSaysMore(besides: $0) }
            return StageTimes(name: s.name, wording: t.wording, readings: shown.map { r in
                Reading(words: r.words, term: r.term.name, amount: r.term.amount?.count, kind: r.kind.rawValue, condition: r.condition,
                        anchor: r.anchor, scope: r.scope, part: r.part, clause: saysMore[r.clause] == true ? r.clause : nil)
            }, unread: t.unread)
        }
    }

    /// The data for the page: `{"stages":…}` with sorted keys (the page stays byte-for-byte
    /// the same), every angle bracket written as an escape so no content can close the
    /// element or carry a tag; ampersands and apostrophes too, so the block holds no character
    /// HTML would treat as markup. The bank holidays are not here: `picker.js` carries them.
    func html() -> String {
        let json = JSONValue.fields(["stages": .array(stages.map(\.json))]).text(pretty: false, escapingSlashes: true, escaping: JSONValue.markup)
        // An attribute of a hidden element, not a <script> block: the page holds no script
        // element but the linked picker.js, and the data is inert text to any HTML reader.
        return "<div id=\"picker-data\" hidden data-picker=\"\(HTML.escape(json))\"></div>\n"
    }

    /// `{"coveredYears":[…],"holidays":[…]}`, escaped: the calendar `picker.js` carries.
    static let calendarJSON: String = {
        let calendar = Calendar(coveredYears: [BankHolidays.coveredYears.lowerBound, BankHolidays.coveredYears.upperBound],
                                holidays: BankHolidays.englandAndWales.map { [$0.date, $0.name] })
        return calendar.json.text(pretty: false, escapingSlashes: true, escaping: JSONValue.markup)
    }()
}
