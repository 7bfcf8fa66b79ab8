/// What a name in the escalation wording template stands for, so that `check` can tell a
/// field the composer fills from a misspelt one (Mustache prints nothing for an unknown name,
/// which would silently drop a line from the wording a chair copies).
///
/// A struct, not an indirect enum: the boxes of an indirect enum held in a global are
/// reached through tagged pointers, which LeakSanitizer (`make fuzz`) reports as leaks.
public struct WordingField: Sendable, Equatable {
    /// The named fields inside it (inside each item, for a list); none for text.
    public let fields: [String: WordingField]
    /// Whether `{{#name}}` shows its text once for each item.
    public let isList: Bool

    /// Text (or a number) printed as it is, or a section shown only when it is present.
    public static let text = WordingField(fields: [:], isList: false)

    /// A group of named fields, opened with `{{#name}}`.
    public static func object(_ fields: [String: WordingField]) -> WordingField {
        WordingField(fields: fields, isList: false)
    }

    /// A list whose items are each shown by `{{#name}}…{{/name}}`.
    public static func list(_ item: WordingField) -> WordingField {
        WordingField(fields: item.fields, isList: true)
    }

    /// The fields `WordingComposer.context(for:)` fills, as the template's opening comment
    /// lists them. A field the composer adds must be added here too (a test holds the two
    /// together over every route of content/).
    public static let template = WordingField.object([
        "authority": .text, "policyTitle": .text, "policyVersion": .text,
        "routeTitle": .text, "routeId": .text, "raisers": .text,
        "stage": .object([
            "name": .text, "position": .text, "order": .text, "officer": .text,
            "actionWords": .text, "decidedBy": .text, "timescale": .text, "timescaleNote": .text,
        ]),
        "noStages": .text, "due": .list(.text),
        "criteria": .list(.object(["title": .text, "id": .text, "description": .text, "group": .text])),
        "noCriteria": .text, "ifUnresolved": .text, "bypass": .text, "rights": .text,
        "childName": .text, "childId": .text, "evidence": .text, "impact": .text, "action": .text,
        "raisedBy": .text, "dateRaised": .text,
    ])

    /// What `{{#name}}` on this field makes the current value: a list's item, else itself.
    public var opened: WordingField {
        isList ? WordingField(fields: fields, isList: false) : self
    }
}
