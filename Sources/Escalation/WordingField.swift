/// What a name in the escalation wording template stands for, so that `check` can tell a
/// field the composer fills from a misspelt one (Mustache prints nothing for an unknown name,
/// which would silently drop a line from the wording a chair copies).
public indirect enum WordingField: Sendable, Equatable {
    /// Text (or a number) printed as it is, or a section shown only when it is present.
    case text
    /// A group of named fields, opened with `{{#name}}`.
    case object([String: WordingField])
    /// A list whose items are each shown by `{{#name}}…{{/name}}`.
    case list(WordingField)

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

    /// The named fields directly inside this one (none for text or a list).
    var fields: [String: WordingField] {
        if case .object(let fields) = self { return fields }
        return [:]
    }

    /// What `{{#name}}` on this field makes the current value: a list's item, else itself.
    var opened: WordingField {
        if case .list(let item) = self { return item }
        return self
    }
}
