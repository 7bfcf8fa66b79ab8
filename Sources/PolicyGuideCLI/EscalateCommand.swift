import ArgumentParser
import ContentLoading
import Escalation
import Foundation
import PolicyModel

/// `policyguide escalate`: the escalation wording for a route, criteria and stage, with the
/// response due date when the raised date is given. Same composer as the site's picker.
struct EscalateCommand: ParsableCommand {
    // Every example line is short enough not to wrap in an 80-column terminal, and each line
    // but the last ends in a backslash, so the example pastes into a shell as it stands.
    static let configuration = CommandConfiguration(
        commandName: "escalate",
        abstract: "Print escalation wording for a route, one or more criteria and a stage.",
        discussion: """
        Find ids with --list. On a route used by both IROs and CP Chairs, give
        --raiser; on a route whose policy lists no criteria, leave out --criterion.

        Example (paste all four lines):
          policyguide escalate --route bexley/lac \\
            --criterion allocation-of-social-worker \\
            --criterion concerns-about-progress-of-the-child \\
            --stage 2 --raised today

        With --raised (a date, or "today"), the response due date is worked out:
        working days skip weekends and England and Wales bank holidays (2018 to
        2030); "days" without a stated unit is shown as calendar days and,
        labelled, as a working-day reading; hours need a time
        (--raised 2026-12-21T14:30). A warning says when the date raised is
        more than a week ago or the response is already overdue. Placeholders
        you do not fill stay [MARKED].

        The content is found by --content, else the folder named by
        POLICYGUIDE_CONTENT, else ./content, else the content folder of the
        repository the binary was built in. --format json is described by
        docs/escalate.schema.json.
        """)

    @Option(name: .long, help: ArgumentHelp("The content folder (default: $POLICYGUIDE_CONTENT, ./content, then the binary's repository).", valueName: "path"))
    var content: String?
    @Flag(help: "List every route with its stages and criteria (id and title).") var list = false
    @Option(help: ArgumentHelp("Route id, policy/route (e.g. bexley/lac).", valueName: "id")) var route: String?
    @Option(help: ArgumentHelp("Criterion id; repeat for several.", valueName: "id")) var criterion: [String] = []
    @Option(help: ArgumentHelp("Who raises it, on a route several raisers use: iro, cp-chair or multi-agency.", valueName: "raiser")) var raiser: String?
    @Option(help: ArgumentHelp("Stage id (the number in the stage's name, or e.g. 'informal').", valueName: "id")) var stage: String?
    @Option(help: ArgumentHelp("When it was raised: today, YYYY-MM-DD or YYYY-MM-DDTHH:MM.", valueName: "date")) var raised: String?
    @Option(help: "Output format.") var format: OutputFormat = .text
    @Option(name: .customLong("child-name"), help: "Child or young person's name.") var childName: String?
    @Option(name: .customLong("child-id"), help: "Child's ID in the case record.") var childId: String?
    @Option(help: "Evidence: what has happened, with dates.") var evidence: String?
    @Option(help: "Impact on the child.") var impact: String?
    @Option(help: "Action requested and by when.") var action: String?
    @Option(name: .customLong("raised-by"), help: "Your name and role.") var raisedBy: String?

    func run() throws {
        let found = ContentSearch.find(given: content)
        guard let folder = found.path else {
            Stderr.write("error: no content folder found (looked in \(found.tried.joined(separator: "; "))). Give --content PATH, the folder holding site.yml, or set \(ContentSearch.variable)=PATH.")
            throw ExitCode(1)
        }
        let result = ContentLoader(root: URL(fileURLWithPath: folder), displayRoot: folder).load()
        // The loader leaves no composer only with an error saying why.
        guard let model = result.model, let composer = result.wordingComposer, !result.hasErrors else {
            DiagnosticPrinter.print(result.diagnostics.filter { $0.severity == .error }, strict: false)
            Stderr.write("error: content has errors: run `policyguide check --content \(folder)`.")
            throw ExitCode(1)
        }
        if list {
            print(format == .json ? try RouteList.json(model) : RouteList.text(model), terminator: "")
            return
        }
        guard let route else {
            Stderr.write("error: give --route (or --list to see the routes). Valid routes: \(model.routes.map(\.qualifiedID).joined(separator: ", "))")
            throw ExitCode(2)
        }
        var placeholders: [String: String] = [:]
        for (key, value) in [("childName", childName), ("childId", childId), ("evidence", evidence), ("impact", impact), ("action", action), ("raisedBy", raisedBy)] {
            if let value { placeholders[key] = value }
        }
        let today = Today.date()
        let raisedText = raised.map { $0.lowercased() == "today" ? today.iso : $0 }
        do {
            let request = try EscalationRequest.resolve(model: model, route: route, criteria: criterion, stage: stage, raised: raisedText, placeholders: placeholders, raiser: raiser)
            if request.route.criteria.isEmpty {
                Stderr.write("note: route \(request.route.qualifiedID) lists no criteria: the wording has a [REASON FOR ESCALATION] placeholder for your reason.")
            }
            let wording = try composer.compose(request)
            for warning in DueWarnings.warnings(raised: request.raised, dueDates: wording.dueDates, today: today) { Stderr.write("warning: \(warning)") }
            switch format {
            case .text: print(wording.text, terminator: "")
            case .json: print(try WordingJSON.encode(wording))
            case .markdown: print(WordingMarkdown.render(wording), terminator: "")
            }
        } catch let error as EscalationError {
            Stderr.write("error: \(error)\(Self.didYouMean(error))")
            throw ExitCode(2)
        }
    }

    /// "Did you mean 'x'?" on a line of its own, for a mistyped route, criterion, stage or
    /// raiser id. Only a near miss (one edit in five characters) is suggested: "bexley/iro" is
    /// not a typo of "bexley/cp", and a one-character stage id has no near miss.
    static func didYouMean(_ error: EscalationError) -> String {
        func ids(_ valid: [String]) -> [String] { valid.map { String($0.split(separator: " ", maxSplits: 1).first ?? "") } }
        let typed: String, candidates: [String]
        switch error {
        case .unknownRoute(let r, let valid): (typed, candidates) = (r, valid)
        case .unknownCriterion(let c, _, let valid): (typed, candidates) = (c, ids(valid))
        case .unknownStage(let s, _, let valid): (typed, candidates) = (s, valid)
        case .unknownRaiser(let r, _, let valid): (typed, candidates) = (r, valid)
        default: return ""
        }
        guard typed.count >= 3, let best = Suggestion.closest(to: typed, in: candidates),
              Suggestion.distance(typed.lowercased(), best.lowercased()) <= max(1, typed.count / 5) else { return "" }
        return "\nDid you mean '\(best)'?"
    }
}
