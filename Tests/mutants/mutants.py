#!/usr/bin/env python3
"""Mutation testing for PolicyGuide: put one small, realistic fault into the code at a time
and check that the unit tests notice.

    make mutants                          # every fault below (slow: one incremental build each)
    python3 Tests/mutants/mutants.py --list
    python3 Tests/mutants/mutants.py --only link-title-unescaped,id-accepts-dot
    python3 Tests/mutants/mutants.py --full-suite   # ignore each fault's filter: run every test

The working tree is never modified. Sources/, Tests/, content/, Package.swift and
Package.resolved are copied once into a scratch folder (default /tmp/policyguide-mutants,
kept between runs so the tree's .build is reused), and for each fault:

  1. the scratch tree is brought back in line with that copy (only changed files are
     rewritten, so the build stays incremental);
  2. each edit's exact `original` snippet is replaced by `replacement` (a snippet that is not
     found exactly once is reported as "snippet not found", and nothing is run);
  3. `swift build --build-tests` runs (a fault that does not compile is reported as
     "does not compile": fix its replacement), then `swift test --skip-build --filter F`
     with the fault's filter;
  4. a failing test run means the fault was KILLED; a passing one means it SURVIVED; a test
     run over the time limit counts as killed (a hang is noticed).

First the untouched tree is built and every filter is run once: if that already fails, no
fault can be judged, and the script stops. Exit status: 0 if every fault was killed,
1 if any survived or could not be applied, 2 for a usage or baseline problem.

Adding a fault: append a Fault(...) to FAULTS with a short name, the file, the exact
original text (copy it from the source; enough of it to be unique in the file), the
replacement, what a user would see go wrong, and a --filter regex naming the test classes
or methods that should catch it (keep it narrow: every fault costs a build). Then run
`python3 Tests/mutants/mutants.py --only NAME`: it must say KILLED. Prefer faults in code
that is stable (escaping, ids, calendars, staging) so the snippets keep matching.
"""
import argparse
import dataclasses
import filecmp
import os
import re
import shutil
import signal
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
COPIED = ["Sources", "Tests", "content", "Package.swift", "Package.resolved"]
# The dependency checkouts are copied once so the scratch build needs no network.
BUILD_SEEDS = ["repositories", "checkouts", "artifacts", "workspace-state.json"]


@dataclasses.dataclass
class Fault:
    name: str
    file: str
    edits: list  # [(original, replacement)]: every original must occur exactly once
    breaks: str
    filter: str


def fault(name, file, original, replacement, breaks, filter):
    return Fault(name, file, [(original, replacement)], breaks, filter)


FAULTS = [
    # --- the twelve faults of issue 18 ---
    fault("missing-bank-holiday", "Sources/Escalation/BankHolidays.swift",
          '        ("2026-12-28", "Boxing Day (substitute day)"),\n', "",
          "Boxing Day 2026 (substitute day) is counted as a working day: a due date a day early.",
          "EscalationTests|PolicyGuideCLITests/testEscalate"),
    fault("days-as-working-days", "Sources/PolicyModel/TimescaleReader.swift",
          'if w == "day" || w == "days" { return (.days(n), 1) }',
          'if w == "day" || w == "days" { return (.workingDays(n), 1) }',
          "Bexley's \"5 days\" is read as 5 working days: a timescale the policy does not state.",
          "ContentLoaderTests|RealContentTests|DueDateTests"),
    fault("raw-html-published", "Sources/SiteRendering/MarkdownHTMLRenderer.swift",
          "        case .htmlBlock, .htmlInline:\n            break\n",
          "        case .htmlBlock(let raw), .htmlInline(let raw):\n            out += raw\n",
          "raw HTML in content (a <script>) is published as live markup.",
          "SiteRendererTests|HostileContentTests"),
    fault("lac-only-ignored", "Sources/PolicyModel/Raiser+Applicability.swift",
          '["lac only", "iro only", "looked after children only"]',
          '["iro only", "looked after children only"]',
          "a \"(LAC only)\" criterion is offered to CP Chairs too.",
          "ContentLoaderTests|RealContentTests|RouteWordingComposerTests"),
    fault("bypass-quote-dropped", "Sources/Escalation/WordingComposer.swift",
          'if let b = route.bypass { context["bypass"] = b }',
          'if let b = route.bypass { _ = b }',
          "the escalation wording no longer quotes the policy's permission to bypass stages.",
          "WordingComposerTests|PolicyGuideCLITests/testEscalate"),
    fault("glossary-marks-every-use", "Sources/SiteRendering/GlossaryMarker.swift",
          "                used.insert(match.term.term)\n", "",
          "every occurrence of a glossary term is linked, not the first on the page.",
          "GlossaryMarkerTests|SiteRendererTests"),
    fault("link-check-skipped-after-anchor-rename", "Sources/Rebuild/PlannedRebuild.swift",
          "previously[policy.id].map { ContentLoader.linkTargets(of: $0.policy) == ContentLoader.linkTargets(of: policy) } == true",
          "previously[policy.id] != nil",
          "after renaming a heading, links to it from unchanged policies are not checked again: a dead link is published.",
          "PerPolicyRebuildTests"),
    fault("link-title-unescaped", "Sources/SiteRendering/MarkdownHTMLRenderer.swift",
          r'out += " title=\""; out.escaping(title)',
          r'out += " title=\""; out += title',
          "a Markdown link title is written into title=\"...\" unescaped: script injection.",
          "HostileContentTests"),
    fault("id-accepts-dot", "Sources/PolicyModel/Slug.swift",
          '($0 >= "0" && $0 <= "9") || $0 == "-" }',
          '($0 >= "0" && $0 <= "9") || $0 == "-" || $0 == "." }',
          "a route id '..' passes check, and build writes criterion pages into site/policies/.",
          "SlugTests|IDRulesTests"),
    fault("failed-incremental-leaves-staging", "Sources/SiteBuild/SiteBuilder.swift",
          "        guard var model = result.model, let composer = result.wordingComposer, !blocks(result.diagnostics) else {\n            rebuild?.abandon()\n",
          "        guard var model = result.model, let composer = result.wordingComposer, !blocks(result.diagnostics) else {\n",
          "a failed --incremental build leaves its .site.building-<pid> folder beside the site.",
          "BuildFailureTests"),
    fault("strict-count-wrong", "Sources/PolicyGuideCLI/DiagnosticPrinter.swift",
          "let errors = diagnostics.filter { $0.severity == .error || (strict && $0.severity == .warning) }.count",
          "let errors = diagnostics.filter { $0.severity == .error }.count",
          "check --strict prints fewer errors in its count line than it listed.",
          "CountLineTests|PolicyGuideCLITests/testCheck"),
    fault("checklist-anchor-accepted", "Sources/ContentLoading/ContentChecker.swift",
          "if anchor != nil { return [Diagnostic(.error, at, \"checklist pages have no anchors",
          "if anchor == \"\" { return [Diagnostic(.error, at, \"checklist pages have no anchors",
          "a link to an anchor in a checklist page is accepted: a link to nowhere on the site.",
          "ContentLoaderTests"),
    # --- more, of the same kinds ---
    Fault("apostrophe-unescaped", "Sources/SiteRendering/HTML.swift",
          [("                case 0x26, 0x27: extra += 4          // &amp;  &#39;\n",
            "                case 0x26: extra += 4                // &amp;\n"),
           ("                    case 0x27: put((0x26, 0x23, 0x33, 0x39, 0x3B, 0), 5)         // &#39;\n", "")],
          "' is copied as it is, not escaped: text in a single-quoted attribute could break out of it.",
          "TextHandlingTests|HostileContentTests"),
    fault("protocol-relative-link-allowed", "Sources/ContentLoading/LinkResolver.swift",
          '        if dest.hasPrefix("//") { return .unsafe(dest) }\n', "",
          "a //host/path link (another site, scheme of the page) is published as a content link.",
          "HostileContentTests|LinkResolverTests"),
    fault("checklist-named-all-accepted", "Sources/ContentLoading/ContentLoader.swift",
          'guard Slug.isValidID(id), id != "all" else {',
          "guard Slug.isValidID(id) else {",
          "a checklist called all.md overwrites the print-all booklet page.",
          "IDRulesTests"),
    fault("index-id-accepted", "Sources/PolicyModel/Slug.swift",
          'var names: Set<String> = ["con", "prn", "aux", "nul", "index"]',
          'var names: Set<String> = ["con", "prn", "aux", "nul"]',
          "a route or policy called 'index' overwrites its folder's index page.",
          "SlugTests|IDRulesTests"),
    fault("cold-build-leaves-staging", "Sources/Publishing/StagedOutput.swift",
          "    package func abandon() {\n        FileSystem.removeTree(staging.path)\n    }",
          "    package func abandon() {\n    }",
          "a failed cold build leaves its staging folder (a copy of half a site) beside the site.",
          "BuildFailureTests|PolicyGuideCLITests/testFailedBuild"),
    fault("up-to-date-ignores-strict", "Sources/Rebuild/RebuildPlanner.swift",
          "previous.fingerprint == fingerprint, !(strict && !previous.warnings.isEmpty),",
          "previous.fingerprint == fingerprint,",
          "build --strict reports an unchanged site with warnings as up to date and exits 0.",
          "CountLineTests"),
    fault("bank-holiday-2029-removed", "Sources/Escalation/BankHolidays.swift",
          '        ("2029-05-07", "Early May bank holiday"),\n', "",
          "the Early May bank holiday 2029 is counted as a working day.",
          "WorkingDayCalendarTests"),
    fault("calendar-reading-counts-working-days", "Sources/Escalation/DueDate.swift",
          "let calendarDue = from.adding(days: n)",
          "let calendarDue = try calendar.adding(workingDays: n, to: from)",
          "the reading labelled 'calendar days' skips weekends and holidays: a later date than the policy's words.",
          "DueDateTests|PolicyGuideCLITests/testEscalate"),
    fault("quote-unescaped", "Sources/SiteRendering/Quotes.swift",
          "<blockquote><p>\(HTML.escape(text))</p></blockquote>",
          "<blockquote><p>\(text)</p></blockquote>",
          "a route's bypass, final step or rights quote is published as markup.",
          "HostileContentTests"),
    fault("compare-bypass-unescaped", "Sources/SiteRendering/ComparePage.swift",
          'main += "<td>\(r.bypass.map { "Yes: “\(HTML.escape($0))”"',
          'main += "<td>\(r.bypass.map { "Yes: “\($0)”"',
          "the compare page publishes a route's bypass quote as markup.",
          "HostileContentTests"),
    fault("abbr-title-unescaped", "Sources/SiteRendering/GlossaryMarker.swift",
          r'out += "<abbr title=\""; out.escaping(expansion)',
          r'out += "<abbr title=\""; out += expansion',
          "a glossary expansion is written into title=\"...\" unescaped.",
          "HostileContentTests|GlossaryMarkerTests"),
    fault("href-unescaped", "Sources/SiteRendering/MarkdownHTMLRenderer.swift",
          r'out += "<a href=\""; out.escaping(href)',
          r'out += "<a href=\""; out += href',
          "a link's address is written into href=\"...\" unescaped (& and quotes in URLs).",
          "HostileContentTests|SiteRendererTests"),
    fault("code-block-unescaped", "Sources/SiteRendering/MarkdownHTMLRenderer.swift",
          r'out += "<pre><code>"; out.escaping(literal)',
          r'out += "<pre><code>"; out += literal',
          "a fenced code block's text is published as markup.",
          "HostileContentTests|SiteRendererTests"),
    fault("plain-text-unescaped", "Sources/SiteRendering/MarkdownHTMLRenderer.swift",
          "if plain || marker == nil { out.escaping(s) }",
          "if plain || marker == nil { out += s }",
          "text inside links and headings (after the raw HTML is dropped) is published unescaped.",
          "HostileContentTests|SiteRendererTests"),
    fault("long-ids-accepted", "Sources/PolicyModel/Slug.swift",
          "id.utf8.count <= 80,", "id.utf8.count <= 800,",
          "ids of any length are accepted: file names too long for the file system or a file share.",
          "SlugTests|IDRulesTests"),
    fault("glossary-link-inside-link", "Sources/SiteRendering/MarkdownHTMLRenderer.swift",
          'out += ">"\n                children(plain: true)\n                out += "</a>"',
          'out += ">"\n                children(plain: false)\n                out += "</a>"',
          "a glossary term inside a link's text gets its own link: a link inside a link, invalid HTML.",
          "GlossaryMarkerTests|SiteRendererTests|HostileContentTests"),
    fault("link-leaving-content-allowed", "Sources/ContentLoading/LinkResolver.swift",
          "if parts.isEmpty { return .broken(\"'\\(dest)' leads outside the content folder\") }",
          "if parts.isEmpty { continue }",
          "a link climbing out of content/ with ../ is resolved as if it stayed inside.",
          "LinkResolverTests|ContentLoaderTests"),
    fault("same-page-anchor-unchecked", "Sources/ContentLoading/ContentChecker.swift",
          "return ownAnchors.contains(anchor) ? [] : [Diagnostic(",
          "return true ? [] : [Diagnostic(",
          "a link to a heading that is not on the page (#typo) is published dead.",
          "ContentLoaderTests"),
    fault("raw-html-not-reported", "Sources/ContentLoading/PolicyLoader.swift",
          "        for p in found {\n            diagnostics.append(Diagnostic(.warning, loc(p), \"raw HTML is never published",
          "        for p in found.prefix(0) {\n            diagnostics.append(Diagnostic(.warning, loc(p), \"raw HTML is never published",
          "raw HTML in a policy is dropped silently: the author is never told part of the text is missing.",
          "CountLineTests|HostileContentTests|ContentLoaderTests"),
    fault("build-warnings-not-printed", "Sources/PolicyGuideCLI/BuildCommand.swift",
          "if !diagnostics.isEmpty { DiagnosticPrinter.print(diagnostics, strict: strict) }",
          "if diagnostics.isEmpty { DiagnosticPrinter.print(diagnostics, strict: strict) }",
          "a successful build with warnings prints none of them.",
          "CountLineTests"),
    fault("check-strict-exit-zero", "Sources/PolicyGuideCLI/CheckCommand.swift",
          "if result.hasErrors || (strict && !result.diagnostics.isEmpty) { throw ExitCode(1) }",
          "if result.hasErrors { throw ExitCode(1) }",
          "check --strict exits 0 on warnings: a CI gate that never closes.",
          "CountLineTests|PolicyGuideCLITests/testCheck"),
    fault("escalate-content-errors-exit-0", "Sources/PolicyGuideCLI/EscalateCommand.swift",
          '            Stderr.write("error: content has errors: run `policyguide check --content \\(folder)`.")\n            throw ExitCode(1)\n',
          '            Stderr.write("error: content has errors: run `policyguide check --content \\(folder)`.")\n            throw ExitCode(0)\n',
          "escalate on broken content exits 0 with no wording: a script would take the empty output as the wording.",
          "CountLineTests"),
    fault("incremental-staging-kept-on-render-error", "Sources/Rebuild/InPlaceUpdate.swift",
          "    package func abandon() {\n        FileSystem.removeTree(staging)\n    }",
          "    package func abandon() {\n    }",
          "a failed --incremental build (template or write error) leaves its staging folder beside the site.",
          "BuildFailureTests"),
    fault("handbook-limit-off-by-one", "Sources/ContentLoading/PolicyLint.swift",
          'u.total > Self.handbookLimit else { return nil }',
          'u.total >= Self.handbookLimit else { return nil }',
          "a route totalling exactly 20 working days is flagged as over the IRO Handbook's limit.",
          "PolicyLintTests|ContentLoaderTests|RealContentTests"),
    fault("saturday-is-a-working-day", "Sources/Escalation/WorkingDayCalendar.swift",
          "!date.isWeekend && holidays[date.ordinal] == nil",
          "holidays[date.ordinal] == nil",
          "weekends are counted as working days: due dates two days early each week.",
          "WorkingDayCalendarTests|DueDateTests"),
    fault("reserved-criterion-id-accepted", "Sources/ContentLoading/PolicyLoader.swift",
          "        if Slug.reservedNames.contains(cid) {\n",
          "        if Slug.reservedNames.contains(cid) && cid != \"index\" {\n",
          "a criterion titled 'Index' gets the id 'index', and its page replaces the route's own page.",
          "IDRulesTests|ContentLoaderTests"),
    fault("stage-name-unescaped", "Sources/SiteRendering/StagesTable.swift",
          r'<th scope=\"row\">"; out.escaping(stage.name)',
          r'<th scope=\"row\">"; out += stage.name',
          "a stage's name from the stages table is published as markup.",
          "HostileContentTests"),
    fault("checklist-source-label-unescaped", "Sources/SiteRendering/ChecklistSheet.swift",
          r'\">\(HTML.escape(src.label))</a>)</span>"',
          r'\">\(src.label)</a>)</span>"',
          "the cited source of a checklist item (its link text) is published as markup.",
          "HostileContentTests"),
    fault("lint-notice-unescaped", "Sources/SiteRendering/PolicyPage.swift",
          r'items.map { "<p>\(HTML.escape($0))</p>\n" }',
          r'items.map { "<p>\($0)</p>\n" }',
          "a policy page's lint notice, which quotes the route title, is published as markup.",
          "HostileContentTests"),
    fault("escalate-request-error-exit-1", "Sources/PolicyGuideCLI/EscalateCommand.swift",
          '            Stderr.write("error: \\(error)\\(Self.didYouMean(error))")\n            throw ExitCode(2)\n',
          '            Stderr.write("error: \\(error)\\(Self.didYouMean(error))")\n            throw ExitCode(1)\n',
          "an unknown stage or criterion exits 1 (content problem) instead of 2 (bad request).",
          "CountLineTests|PolicyGuideCLITests/testEscalate"),
]


def run(command, cwd, log, timeout=None):
    """Runs `command` in its own process group, appending its output to `log`; returns
    (exit status, or None if it ran over `timeout` and was stopped, seconds)."""
    start = time.time()
    with open(log, "a") as out:
        out.write(f"\n$ {' '.join(command)}\n")
        out.flush()
        process = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            status = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            status = None
        except KeyboardInterrupt:
            os.killpg(process.pid, signal.SIGKILL)
            raise
    return status, time.time() - start


def sync(source, target):
    """Makes `target` a copy of `source`, rewriting only files that differ (mtimes of the
    others stay, so the scratch build is incremental)."""
    if os.path.isfile(source):
        if not os.path.exists(target) or not filecmp.cmp(source, target, shallow=False):
            shutil.copy2(source, target)
        return
    os.makedirs(target, exist_ok=True)
    wanted = set(os.listdir(source))
    for name in os.listdir(target):
        if name not in wanted:
            path = os.path.join(target, name)
            shutil.rmtree(path) if os.path.isdir(path) and not os.path.islink(path) else os.remove(path)
    for name in wanted:
        sync(os.path.join(source, name), os.path.join(target, name))


def snapshot(pristine):
    """Copies the working tree's files once, at the start: edits made to the working tree
    while the script runs do not leak into the faults' builds."""
    for name in COPIED:
        if os.path.exists(os.path.join(REPO, name)):
            sync(os.path.join(REPO, name), os.path.join(pristine, name))


def refresh(tree, pristine):
    """Brings the scratch tree back to the snapshot (undoing the last fault)."""
    for name in COPIED:
        if os.path.exists(os.path.join(pristine, name)):
            sync(os.path.join(pristine, name), os.path.join(tree, name))
    build = os.path.join(tree, ".build")
    if not os.path.exists(build):
        os.makedirs(build)
        for name in BUILD_SEEDS:
            src = os.path.join(REPO, ".build", name)
            if os.path.isdir(src):
                shutil.copytree(src, os.path.join(build, name), symlinks=True)
            elif os.path.isfile(src):
                shutil.copy2(src, os.path.join(build, name))


def apply(tree, f):
    """Applies the fault's edits; returns None, or why it cannot be applied."""
    path = os.path.join(tree, f.file)
    if not os.path.isfile(path):
        return f"snippet not found: no file {f.file}"
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    for original, replacement in f.edits:
        count = text.count(original)
        if count != 1:
            first = original.strip().splitlines()[0] if original.strip() else original
            return f"snippet not found: {count} matches in {f.file} for {first[:70]!r}"
        text = text.replace(original, replacement)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return None


def failed_tests(log, start):
    """The tests that failed in the part of `log` after byte `start` (XCTest's own lines)."""
    with open(log, encoding="utf-8", errors="replace") as handle:
        handle.seek(start)
        names = re.findall(r"Test Case '([^']+)' failed", handle.read())
    names = list(dict.fromkeys(names))
    if not names:
        return "the test run (no XCTest failure line: a crash?)"
    return ", ".join(names[:4]) + (f" and {len(names) - 4} more" if len(names) > 4 else "")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="list the faults and exit")
    parser.add_argument("--only", help="comma-separated fault names")
    parser.add_argument("--check-snippets", action="store_true", help="only check that every snippet is found once in the working tree")
    parser.add_argument("--full-suite", action="store_true", help="run every test for each fault, not its filter")
    parser.add_argument("--scratch", default="/tmp/policyguide-mutants", help="scratch folder (kept; its .build is reused)")
    parser.add_argument("--timeout", type=int, default=1200, help="seconds allowed for one fault's test run")
    parser.add_argument("--skip-baseline", action="store_true", help="do not run the untouched tree's tests first")
    args = parser.parse_args()

    faults = FAULTS
    if args.only:
        names = [n.strip() for n in args.only.split(",") if n.strip()]
        unknown = [n for n in names if n not in {f.name for f in FAULTS}]
        if unknown:
            print(f"unknown fault(s): {', '.join(unknown)}; see --list", file=sys.stderr)
            return 2
        faults = [f for f in FAULTS if f.name in names]
    if args.list:
        for f in faults:
            print(f"{f.name:40} {f.file}\n{'':40} {f.breaks}\n{'':40} --filter '{f.filter}'")
        return 0

    if args.check_snippets:
        bad = set()
        for f in faults:
            path = os.path.join(REPO, f.file)
            text = open(path, encoding="utf-8").read() if os.path.isfile(path) else None
            for original, _ in f.edits:
                count = text.count(original) if text is not None else 0
                if count != 1:
                    bad.add(f.name)
                    print(f"{f.name}: snippet not found ({count} matches in {f.file}): {original.strip()[:70]!r}")
        print(f"{len(faults) - len(bad)} of {len(faults)} faults apply")
        return 1 if bad else 0

    tree = os.path.join(args.scratch, "tree")
    pristine = os.path.join(args.scratch, "snapshot")
    log = os.path.join(args.scratch, "mutants.log")
    os.makedirs(tree, exist_ok=True)
    snapshot(pristine)
    open(log, "w").close()
    print(f"scratch tree {tree}; full output in {log}", flush=True)

    def test_command(f):
        return ["swift", "test", "--skip-build"] + ([] if args.full_suite else ["--filter", f.filter])

    refresh(tree, pristine)
    status, seconds = run(["swift", "build", "--build-tests"], tree, log)
    if status != 0:
        print(f"baseline: the untouched tree does not build ({seconds:.0f} s); see {log}", file=sys.stderr)
        return 2
    if not args.skip_baseline:
        combined = "|".join(sorted({f.filter for f in faults}))
        command = ["swift", "test", "--skip-build"] + ([] if args.full_suite else ["--filter", combined])
        status, seconds = run(command, tree, log, timeout=args.timeout)
        if status != 0:
            print(f"baseline: the tests fail on the untouched tree ({seconds:.0f} s), so no fault can be judged; see {log}", file=sys.stderr)
            return 2
        print(f"baseline: tests pass on the untouched tree ({seconds:.0f} s)", flush=True)

    results = []
    for f in faults:
        refresh(tree, pristine)
        problem = apply(tree, f)
        if problem:
            results.append((f, "NOT RUN", problem))
            print(f"{f.name:40} NOT RUN   {problem}", flush=True)
            continue
        with open(log, "a") as out:
            out.write(f"\n===== {f.name}: {f.breaks}\n")
        status, build_seconds = run(["swift", "build", "--build-tests"], tree, log)
        if status != 0:
            results.append((f, "NOT RUN", "does not compile: fix its replacement"))
            print(f"{f.name:40} NOT RUN   does not compile ({build_seconds:.0f} s)", flush=True)
            continue
        log_start = os.path.getsize(log)
        status, test_seconds = run(test_command(f), tree, log, timeout=args.timeout)
        if status is None:
            verdict, note = "KILLED", f"test run timed out after {args.timeout} s"
        elif status != 0:
            verdict, note = "KILLED", "failed: " + failed_tests(log, log_start)
        else:
            verdict, note = "SURVIVED", "every test passed: " + f.breaks
        results.append((f, verdict, note))
        print(f"{f.name:40} {verdict:9} build {build_seconds:.0f} s, tests {test_seconds:.0f} s: {note}", flush=True)
    refresh(tree, pristine)  # leave the scratch tree as the snapshot is

    killed = sum(1 for _, v, _ in results if v == "KILLED")
    survived = [f.name for f, v, _ in results if v == "SURVIVED"]
    not_run = [f.name for f, v, _ in results if v == "NOT RUN"]
    print(f"\n{killed} killed, {len(survived)} survived, {len(not_run)} not run, of {len(results)} faults")
    if survived:
        print("survived: " + ", ".join(survived))
    if not_run:
        print("not run: " + ", ".join(not_run))
    return 0 if not survived and not not_run else 1


if __name__ == "__main__":
    sys.exit(main())
