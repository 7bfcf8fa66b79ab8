import ArgumentParser
import Foundation
import Publishing
import SiteBuild

/// `policyguide build`: check, render and publish the site atomically.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check content/ and publish the site into the output folder.",
        discussion: "The site is written to a temporary sibling folder and swapped into place only when complete: a build that fails, or is killed, leaves the previous site exactly as it was. Refuses to replace a non-empty folder that PolicyGuide did not create. With --incremental, a rebuild writes only the pages whose bytes changed and moves them into the output folder under a journal; a rebuild that is killed is finished by the next build. Builds into the same folder run one at a time: a second waits for the first.")

    @OptionGroup var options: ContentOptions
    @Option(help: ArgumentHelp("The output folder.", valueName: "path")) var output: String = "site"
    @Flag(help: "Treat warnings as errors.") var strict = false
    @Flag(help: "Print only problems, not progress.") var quiet = false
    @Flag(help: ArgumentHelp("Keep a cache (.policyguide-cache*) in the output folder so rebuilds skip unchanged work: unchanged policies are not parsed and their pages are not touched. For editors rebuilding on every save; the cache is machine-specific, so leave it off for the committed or published site."))
    var incremental = false

    func run() throws {
        let quiet = self.quiet
        var builder = SiteBuilder(content: options.contentURL, contentDisplay: options.content,
                                  output: URL(fileURLWithPath: output), strict: strict, incremental: incremental,
                                  progress: { if !quiet { Stderr.write("build: " + $0) } })
        builder.keepsDataUntilExit = true
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
