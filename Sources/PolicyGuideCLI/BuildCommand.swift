import ArgumentParser
import Foundation
import SiteBuild

/// `policyguide build`: check, render and publish the site atomically.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check content/ and publish the site into the output folder.",
        discussion: "The site is written to a temporary sibling folder and swapped into place only when complete: a build that fails, or is killed, leaves the previous site exactly as it was. Refuses to replace a non-empty folder that PolicyGuide did not create.")

    @OptionGroup var options: ContentOptions
    @Option(help: ArgumentHelp("The output folder.", valueName: "path")) var output: String = "site"
    @Flag(help: "Treat warnings as errors.") var strict = false
    @Flag(help: "Print only problems, not progress.") var quiet = false
    @Flag(help: ArgumentHelp("Keep a cache (.policyguide-cache) in the output folder so rebuilds skip unchanged work: for editors rebuilding on every save. The cache is machine-specific; leave it off for the committed or published site."))
    var incremental = false

    func run() throws {
        let quiet = self.quiet
        let builder = SiteBuilder(content: options.contentURL, contentDisplay: options.content,
                                  output: URL(fileURLWithPath: output), strict: strict, incremental: incremental,
                                  progress: { if !quiet { Stderr.write("build: " + $0) } })
        do {
            let (diagnostics, _) = try builder.build()
            if !diagnostics.isEmpty { DiagnosticPrinter.print(diagnostics, strict: strict) }
        } catch let error as BuildError {
            if case .contentErrors(let diagnostics) = error { DiagnosticPrinter.print(diagnostics, strict: strict) }
            Stderr.write("error: \(error)")
            throw ExitCode(1)
        }
    }
}
