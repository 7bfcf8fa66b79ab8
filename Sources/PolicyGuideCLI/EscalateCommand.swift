import ArgumentParser
import ContentLoading
import Escalation
import Foundation
import PolicyModel

/// `policyguide escalate`: the escalation wording for a route, criteria and stage, with the
/// response due date when the raised date is given. Same composer as the site's picker.
struct EscalateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "escalate",
        abstract: "Print escalation wording for a route, one or more criteria and a stage.",
        discussion: """
        Find ids with --list. On a route used by both IROs and CP Chairs, give --raiser;
        on a route whose policy lists no criteria, leave out --criterion. Example:
          policyguide escalate --route bexley/lac --criterion allocation-of-social-worker \\
            --criterion concerns-about-progress-of-the-child --stage 2 --raised 2026-12-21

        With --raised, the response due date is worked out: working days skip weekends and
        England and Wales bank holidays (2018 to 2030); "days" without a stated unit is shown
        as calendar days and, labelled, as a working-day reading; hours need a time
        (--raised 2026-12-21T14:30). Placeholders you do not fill stay [MARKED].
        """)

    @OptionGroup var options: ContentOptions
    @Flag(help: "List every route with its stages and criterion ids.") var list = false
    @Option(help: ArgumentHelp("Route id, policy/route (e.g. bexley/lac).", valueName: "id")) var route: String?
    @Option(help: ArgumentHelp("Criterion id; repeat for several.", valueName: "id")) var criterion: [String] = []
    @Option(help: ArgumentHelp("Who raises it, on a route several raisers use: iro, cp-chair or multi-agency.", valueName: "raiser")) var raiser: String?
    @Option(help: ArgumentHelp("Stage id (the number in the stage's name, or e.g. 'informal').", valueName: "id")) var stage: String?
    @Option(help: ArgumentHelp("When it was raised: YYYY-MM-DD or YYYY-MM-DDTHH:MM.", valueName: "date")) var raised: String?
    @Option(help: "Output format.") var format: OutputFormat = .text
    @Option(name: .customLong("child-name"), help: "Child or young person's name.") var childName: String?
    @Option(name: .customLong("child-id"), help: "Child's ID in the case record.") var childId: String?
    @Option(help: "Evidence: what has happened, with dates.") var evidence: String?
    @Option(help: "Impact on the child.") var impact: String?
    @Option(help: "Action requested and by when.") var action: String?
    @Option(name: .customLong("raised-by"), help: "Your name and role.") var raisedBy: String?

    func run() throws {
        let result = ContentLoader(root: options.contentURL, displayRoot: options.content).load()
        guard let model = result.model, !result.hasErrors else {
            DiagnosticPrinter.print(result.diagnostics.filter { $0.severity == .error }, strict: false)
            Stderr.write("error: content has errors: run `policyguide check`.")
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
        do {
            let request = try EscalationRequest.resolve(model: model, route: route, criteria: criterion, stage: stage, raised: raised, placeholders: placeholders, raiser: raiser)
            if request.route.criteria.isEmpty {
                Stderr.write("note: route \(request.route.qualifiedID) lists no criteria: the wording has a [REASON FOR ESCALATION] placeholder for your reason.")
            }
            let wording = try WordingComposer(template: model.wordingTemplate).compose(request)
            switch format {
            case .text: print(wording.text, terminator: "")
            case .json: print(try WordingJSON.encode(wording))
            case .markdown: print(WordingMarkdown.render(wording), terminator: "")
            }
        } catch let error as EscalationError {
            Stderr.write("error: \(error)")
            throw ExitCode(2)
        }
    }
}
