/// One escalation path inside a policy, for one kind of raiser.
public struct Route: Sendable, Equatable, Hashable {
    /// Id unique within the policy ("lac").
    public var id: String
    /// The owning policy's id ("bexley").
    public var policyID: String
    /// Title as the site shows it.
    public var title: String
    /// Who raises escalations on this route.
    public var raisedBy: [Raiser]
    /// Stages in order; empty when the policy sets none.
    public var stages: [Stage]
    /// Reasons for raising an escalation.
    public var criteria: [Criterion]
    /// The policy's words on skipping stages, if any.
    public var bypass: String?
    /// The policy's words on the step after the last stage (Cafcass, SCP Chair), if any.
    public var finalStep: String?
    /// The policy's words on the child's rights (complaints, advocacy), if any.
    public var rights: String?
    /// Who the final step is for ("For IRO only"); empty when it serves every raiser.
    public var finalStepFor: [Raiser]
    /// The policy's words on moving from a stage to the next, with their conditions.
    public var nextStageNotes: [NextStageNote]
    /// Set when the stages table was compiled by the author from the policy's prose (the
    /// policy has no table): the caveat readers are shown wherever the table is.
    public var stagesCompiled: String?
    /// Anchor of the route's part of the policy text, if it has one.
    public var sectionAnchor: String?
    /// Where the route is declared.
    public var location: SourceLocation

    /// Creates a route.
    public init(id: String, policyID: String, title: String, raisedBy: [Raiser], stages: [Stage], criteria: [Criterion],
                bypass: String?, finalStep: String?, rights: String?, sectionAnchor: String?, location: SourceLocation,
                finalStepFor: [Raiser] = [], nextStageNotes: [NextStageNote] = [], stagesCompiled: String? = nil) {
        self.id = id
        self.policyID = policyID
        self.title = title
        self.raisedBy = raisedBy
        self.stages = stages
        self.criteria = criteria
        self.bypass = bypass
        self.finalStep = finalStep
        self.rights = rights
        self.sectionAnchor = sectionAnchor
        self.location = location
        self.finalStepFor = finalStepFor
        self.nextStageNotes = nextStageNotes
        self.stagesCompiled = stagesCompiled
    }

    /// The default caveat for a table compiled from prose (`stagesCompiled: true`).
    public static let compiledCaveat = "This table was compiled by PolicyGuide from the policy's text; the policy itself has no table. Read the policy's own words in the full text."

    /// The formal levels: stages that are neither informal nor actions.
    public var formalStages: [Stage] { stages.filter { $0.kind == .formal || $0.kind == .decision } }

    /// A stage's place among the formal levels ("2 of 4"), or nil for an informal stage or an
    /// action, which are not counted as levels.
    public func formalPosition(of stage: Stage) -> (order: Int, count: Int)? {
        // Counted in one pass, without a filtered copy: this runs for every stage of every
        // route, on several pages and in every wording.
        var count = 0, order: Int? = nil
        for s in stages where s.kind == .formal || s.kind == .decision {
            count += 1
            if s.id == stage.id { order = count }
        }
        return order.map { ($0, count) }
    }

    /// How many formal levels the route has (informal stages and actions are not counted).
    public var formalCount: Int {
        var count = 0
        for s in stages where s.kind == .formal || s.kind == .decision { count += 1 }
        return count
    }

    /// Whether anything on the route is for some of its raisers only (a criterion, a stage or
    /// the final step): only then does the wording differ by raiser, and only then must a
    /// raiser be chosen (in the picker, `escalate --raiser`).
    public var hasItemsForOneRaiser: Bool {
        guard raisedBy.count > 1 else { return false }
        let all = Set(raisedBy)
        return !finalStepFor.isEmpty && Set(finalStepFor) != all
            || stages.contains { !$0.appliesTo.isEmpty && Set($0.appliesTo) != all }
            || criteria.contains { Set($0.appliesTo) != all }
    }

    /// Whether the final step serves `raiser` (nil: any).
    public func finalStepApplies(to raiser: Raiser?) -> Bool {
        guard let raiser, !finalStepFor.isEmpty else { return true }
        return finalStepFor.contains(raiser)
    }

    /// The stages as counted for a reader: "4 formal stages and 1 informal stage", never a
    /// total that counts an informal stage or an action as a level.
    public var stageCountPhrase: String {
        guard !stages.isEmpty else { return "no stages set" }
        func n(_ count: Int, _ word: String) -> String? {
            count == 0 ? nil : "\(count) \(word)\(count == 1 ? "" : "s")"
        }
        let formal = stages.filter { $0.kind == .formal }.count
        let parts = [n(formal, "formal stage"), n(stages.filter { $0.kind == .decision }.count, "decision stage"),
                     n(stages.filter { $0.kind == .informal }.count, "informal stage"), n(stages.filter { $0.kind == .action }.count, "action")]
            .compactMap { $0 }
        return parts.count <= 1 ? parts.joined() : parts.dropLast().joined(separator: ", ") + " and " + parts.last!
    }

    /// "bexley/lac": how the CLI and the site name the route.
    public var qualifiedID: String { "\(policyID)/\(id)" }

    /// What the stage timescales add up to, unit by unit (never across units).
    public var total: RouteTotal { RouteTotal(self) }
}
