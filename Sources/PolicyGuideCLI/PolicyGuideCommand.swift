import ArgumentParser
import Foundation

/// `policyguide`: turns Markdown policy sources into a browsable, printable guidance site.
public struct PolicyGuideCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "policyguide",
        abstract: "Build a browsable, printable escalation guidance site from Markdown policy sources.",
        discussion: """
        Typical use:
          policyguide check                 every problem in content/, at file:line:col
          policyguide build                 check, then publish site/ atomically
          policyguide escalate --list       route, stage and criterion ids
          policyguide escalate --route bexley/lac \\
            --criterion allocation-of-social-worker --stage 2 --raised today

        The content format is described in content/README.md.
        """,
        subcommands: [BuildCommand.self, CheckCommand.self, EscalateCommand.self]
    )

    public init() {}

    /// Runs the command line, after making sure enough files can be open (`OpenFileLimit`).
    public static func main() {
        if let problem = OpenFileLimit.ensure() {
            Stderr.write("error: \(problem)")
            Foundation.exit(1)
        }
        main(nil)
    }
}
