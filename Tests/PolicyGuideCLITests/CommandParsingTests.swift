import ArgumentParser
import XCTest
@testable import PolicyGuideCLI

/// The command line parsed in process, as swift-argument-parser's own tests do: what each
/// command reads from its arguments, its defaults, the errors a mistyped command line gives
/// (with the usage exit status, 64) and the help a user reads at an 80-column terminal. The
/// end-to-end tests run the same commands as a subprocess.
final class CommandParsingTests: XCTestCase {
    func parse<C: ParsableCommand>(_ arguments: [String], as _: C.Type, file: StaticString = #filePath, line: UInt = #line) throws -> C {
        let parsed = try PolicyGuideCommand.parseAsRoot(arguments)
        return try XCTUnwrap(parsed as? C, "\(arguments) parsed as \(type(of: parsed))", file: file, line: line)
    }

    /// `arguments` are refused with exactly `message` and the usage exit status.
    func assertRefused(_ arguments: [String], _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try PolicyGuideCommand.parseAsRoot(arguments), file: file, line: line) { error in
            XCTAssertEqual(PolicyGuideCommand.message(for: error), message, file: file, line: line)
            XCTAssertEqual(PolicyGuideCommand.exitCode(for: error), .validationFailure, file: file, line: line)
        }
    }

    // MARK: build

    func testBuildDefaultsToContentIntoSiteWithProgressAndNoCache() throws {
        let build = try parse(["build"], as: BuildCommand.self)
        XCTAssertEqual(build.options.content, "content")
        XCTAssertEqual(build.output, "site")
        XCTAssertFalse(build.strict)
        XCTAssertFalse(build.quiet)
        XCTAssertFalse(build.incremental)
    }

    func testBuildReadsEveryOption() throws {
        let build = try parse(["build", "--content", "policies dir", "--output", "/tmp/out", "--strict", "--quiet", "--incremental"], as: BuildCommand.self)
        XCTAssertEqual(build.options.content, "policies dir")
        XCTAssertEqual(build.options.contentURL.lastPathComponent, "policies dir")
        XCTAssertEqual(build.output, "/tmp/out")
        XCTAssertTrue(build.strict)
        XCTAssertTrue(build.quiet)
        XCTAssertTrue(build.incremental)
        // Options may come in any order, the last value of an option counts.
        let reordered = try parse(["build", "--quiet", "--output", "a", "--output", "b"], as: BuildCommand.self)
        XCTAssertEqual(reordered.output, "b")
        XCTAssertTrue(reordered.quiet)
    }

    func testBuildRefusesWhatItDoesNotTake() {
        assertRefused(["build", "--bogus"], "Unknown option '--bogus'")
        assertRefused(["build", "--output"], "Missing value for '--output <path>'")
        assertRefused(["build", "site"], "Unexpected argument 'site'")
        assertRefused(["build", "--incremantal"], "Unknown option '--incremantal'. Did you mean '--incremental'?")
    }

    func testBuildHelp() {
        XCTAssertEqual(PolicyGuideCommand.helpMessage(for: BuildCommand.self, columns: 80), """
        OVERVIEW: Check content/ and publish the site into the output folder.

        The site is written to a temporary sibling folder and swapped into place only
        when complete: a build that fails, or is killed, leaves the previous site
        exactly as it was. Refuses to replace a non-empty folder that PolicyGuide did
        not create. With --incremental, a rebuild writes only the pages whose bytes
        changed and moves them into the output folder under a journal; a rebuild that
        is killed is finished by the next build. Builds into the same folder run one at
        a time: a second waits for the first.

        USAGE: policyguide build [--content <path>] [--output <path>] [--strict] [--quiet] [--incremental]

        OPTIONS:
          --content <path>        The content folder (site.yml, policies/, checklists/,
                                  glossary.yml, wording/). (default: content)
          --output <path>         The output folder. (default: site)
          --strict                Treat warnings as errors.
          --quiet                 Print only problems, not progress.
          --incremental           Keep a cache (.policyguide-cache*) in the output
                                  folder so rebuilds skip unchanged work: unchanged
                                  policies are not parsed and their pages are not
                                  touched. For editors rebuilding on every save; the
                                  cache is machine-specific, so leave it off for the
                                  committed or published site.
          -h, --help              Show help information.

        """)
    }

    // MARK: check

    func testCheckDefaultsToContentAndReadsItsOptions() throws {
        let check = try parse(["check"], as: CheckCommand.self)
        XCTAssertEqual(check.options.content, "content")
        XCTAssertFalse(check.strict)
        let strict = try parse(["check", "--strict", "--content", "elsewhere"], as: CheckCommand.self)
        XCTAssertTrue(strict.strict)
        XCTAssertEqual(strict.options.content, "elsewhere")
    }

    func testCheckRefusesWhatItDoesNotTake() {
        assertRefused(["check", "content"], "Unexpected argument 'content'")
        assertRefused(["check", "--output", "site"], "Unknown option '--output'")
        assertRefused(["check", "--content"], "Missing value for '--content <path>'")
    }

    func testCheckHelp() {
        XCTAssertEqual(PolicyGuideCommand.helpMessage(for: CheckCommand.self, columns: 80), """
        OVERVIEW: Check content/ and report every problem with its file, line and
        column.

        Errors stop a build. Warnings are policy lint findings (for example a route
        whose timescales exceed the IRO Handbook's 20 working days); --strict makes
        them errors too. Exit status: 0 clean, 1 problems found.

        USAGE: policyguide check [--content <path>] [--strict]

        OPTIONS:
          --content <path>        The content folder (site.yml, policies/, checklists/,
                                  glossary.yml, wording/). (default: content)
          --strict                Treat warnings as errors.
          -h, --help              Show help information.

        """)
    }

    // MARK: escalate

    func testEscalateDefaultsLeaveEverythingToTheContentAndTheChair() throws {
        let escalate = try parse(["escalate"], as: EscalateCommand.self)
        // No --content: found later from POLICYGUIDE_CONTENT, ./content or the repository.
        XCTAssertNil(escalate.content)
        XCTAssertFalse(escalate.list)
        XCTAssertNil(escalate.route)
        XCTAssertEqual(escalate.criterion, [])
        XCTAssertNil(escalate.raiser)
        XCTAssertNil(escalate.stage)
        XCTAssertNil(escalate.raised)
        XCTAssertEqual(escalate.format, .text)
        for placeholder in [escalate.childName, escalate.childId, escalate.evidence, escalate.impact, escalate.action, escalate.raisedBy] {
            XCTAssertNil(placeholder)
        }
    }

    func testEscalateReadsEveryOptionAndRepeatedCriteriaInOrder() throws {
        let escalate = try parse(["escalate", "--route", "bexley/lac", "--criterion", "b-second", "--criterion", "a-first",
                                  "--stage", "2", "--raised", "2026-12-21T14:30", "--raiser", "cp-chair", "--format", "json",
                                  "--content", "c", "--child-name", "A. Child", "--child-id", "123", "--evidence", "what happened",
                                  "--impact", "on the child", "--action", "asked for", "--raised-by", "IRO"], as: EscalateCommand.self)
        XCTAssertEqual(escalate.route, "bexley/lac")
        XCTAssertEqual(escalate.criterion, ["b-second", "a-first"])
        XCTAssertEqual(escalate.stage, "2")
        XCTAssertEqual(escalate.raised, "2026-12-21T14:30")
        XCTAssertEqual(escalate.raiser, "cp-chair")
        XCTAssertEqual(escalate.format, .json)
        XCTAssertEqual(escalate.content, "c")
        XCTAssertEqual(escalate.childName, "A. Child")
        XCTAssertEqual(escalate.childId, "123")
        XCTAssertEqual(escalate.evidence, "what happened")
        XCTAssertEqual(escalate.impact, "on the child")
        XCTAssertEqual(escalate.action, "asked for")
        XCTAssertEqual(escalate.raisedBy, "IRO")
        XCTAssertTrue(try parse(["escalate", "--list", "--format", "markdown"], as: EscalateCommand.self).list)
        XCTAssertEqual(try parse(["escalate", "--format", "markdown"], as: EscalateCommand.self).format, .markdown)
    }

    func testEscalateRefusesWhatItDoesNotTake() {
        assertRefused(["escalate", "--format", "xml"], "The value 'xml' is invalid for '--format <format>'. Please provide one of 'text', 'markdown' or 'json'.")
        assertRefused(["escalate", "--stage"], "Missing value for '--stage <id>'")
        assertRefused(["escalate", "--childname", "x"], "Unknown option '--childname'. Did you mean '--child-name'?")
        assertRefused(["escalate", "bexley/lac"], "Unexpected argument 'bexley/lac'")
    }

    func testEscalateHelpListsEveryOptionWithItsValue() {
        let help = PolicyGuideCommand.helpMessage(for: EscalateCommand.self, columns: 80)
        XCTAssertTrue(help.hasPrefix("OVERVIEW: Print escalation wording for a route, one or more criteria and a\nstage.\n"), help)
        XCTAssertTrue(help.contains("""

        USAGE: policyguide escalate <options>

        OPTIONS:
          --content <path>        The content folder (default: $POLICYGUIDE_CONTENT,
                                  ./content, then the binary's repository).
          --list                  List every route with its stages and criteria (id and
                                  title).
          --route <id>            Route id, policy/route (e.g. bexley/lac).
          --criterion <id>        Criterion id; repeat for several.
          --raiser <raiser>       Who raises it, on a route several raisers use: iro,
                                  cp-chair or multi-agency.
          --stage <id>            Stage id (the number in the stage's name, or e.g.
                                  'informal').
          --raised <date>         When it was raised: today, YYYY-MM-DD or
                                  YYYY-MM-DDTHH:MM.
          --format <format>       Output format. (values: text, markdown, json;
                                  default: text)
          --child-name <child-name>
                                  Child or young person's name.
          --child-id <child-id>   Child's ID in the case record.
          --evidence <evidence>   Evidence: what has happened, with dates.
          --impact <impact>       Impact on the child.
          --action <action>       Action requested and by when.
          --raised-by <raised-by> Your name and role.
          -h, --help              Show help information.

        """), help)
        // The example pastes into a shell: every line but its last ends in a backslash.
        XCTAssertTrue(help.contains("""
          policyguide escalate --route bexley/lac \\
            --criterion allocation-of-social-worker \\
            --criterion concerns-about-progress-of-the-child \\
            --stage 2 --raised today

        """), help)
    }

    // MARK: the root command

    func testTheSubcommandsAndHelpAreFoundByName() throws {
        XCTAssertTrue(try PolicyGuideCommand.parseAsRoot([]) is PolicyGuideCommand)
        assertRefused(["bild"], "Unexpected argument 'bild'")
        // Asking for help is a clean exit with the help of the command named.
        let asked: [([String], ParsableCommand.Type?)] = [(["--help"], nil), (["build", "--help"], BuildCommand.self),
                                                          (["help", "check"], CheckCommand.self), (["escalate", "-h"], EscalateCommand.self)]
        for (arguments, command) in asked {
            XCTAssertThrowsError(try { var parsed = try PolicyGuideCommand.parseAsRoot(arguments); try parsed.run() }(), "\(arguments)") { error in
                XCTAssertEqual(PolicyGuideCommand.exitCode(for: error), .success, "\(arguments)")
                XCTAssertEqual(PolicyGuideCommand.fullMessage(for: error, columns: 80),
                               command.map { PolicyGuideCommand.helpMessage(for: $0, columns: 80) } ?? PolicyGuideCommand.helpMessage(columns: 80), "\(arguments)")
            }
        }
    }

    func testRootHelpShowsTypicalUseUnbrokenAtEightyColumns() {
        // The help is wrapped at the terminal's width: a line of the typical uses longer
        // than 80 columns was broken in two, its end at the left margin.
        let help = PolicyGuideCommand.helpMessage(columns: 80)
        XCTAssertTrue(help.contains("""
        Typical use:
          policyguide check                 every problem in content/, at file:line:col
          policyguide build                 check, then publish site/ atomically
          policyguide escalate --list       route, stage and criterion ids
        """), help)
        XCTAssertTrue(help.contains("""
        SUBCOMMANDS:
          build                   Check content/ and publish the site into the output
                                  folder.
          check                   Check content/ and report every problem with its
                                  file, line and column.
          escalate                Print escalation wording for a route, one or more
                                  criteria and a stage.
        """), help)
    }
}
