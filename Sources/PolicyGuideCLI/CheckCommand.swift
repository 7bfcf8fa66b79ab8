import ArgumentParser
import ContentLoading

/// `policyguide check`: every content problem at once, as `file:line:col: severity: message`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check content/ and report every problem with its file, line and column.",
        discussion: "Errors stop a build. Warnings are policy lint findings (for example a route whose timescales exceed the IRO Handbook's 20 working days); --strict makes them errors too. Exit status: 0 clean, 1 problems found.")

    @OptionGroup var options: ContentOptions
    @Flag(help: "Treat warnings as errors.") var strict = false

    func run() throws {
        let result = ContentLoader(root: options.contentURL, displayRoot: options.content).load()
        DiagnosticPrinter.print(result.diagnostics, strict: strict)
        if result.hasErrors || (strict && !result.diagnostics.isEmpty) { throw ExitCode(1) }
    }
}
