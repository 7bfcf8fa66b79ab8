import Foundation
import XCTest
import TestSupport

/// The real build over hostile content (`Tests/Fixtures/hostile`): markup, quotes, `<` and
/// script in every field an author controls (site.yml, front matter, route fields, glossary
/// terms, headings, criteria, stage cells, link titles, alt text, checklist fields), read back
/// with Python's html.parser (`Tests/security/no_live_markup.py`): no element, event handler,
/// URL scheme or attribute text in any page may come from content, and no content text may
/// leave its string in the stylesheet.
final class HostileContentTests: XCTestCase {
    let cli = PolicyGuideCLITests(name: "helpers", testClosure: { _ in })

    static let hostile = PolicyGuideCLITests.repository.appendingPathComponent("Tests/Fixtures/hostile")
    static let checker = PolicyGuideCLITests.repository.appendingPathComponent("Tests/security/no_live_markup.py")

    /// A temporary folder holding a copy of the hostile tree as `content/`.
    func workTree() throws -> URL {
        try workFolder(withContent: Self.hostile, "pg-hostile")
    }

    /// Runs the markup checker on `site`: (exit status, the problems it printed).
    func liveMarkup(in site: URL) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.checker.path, site.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // 127: no python3 on PATH (the browser tests need it too; see the Makefile's test-deps).
        XCTAssertNotEqual(process.terminationStatus, 127, "python3 was not found: the markup check needs it")
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// All pages of `site` as one text, for the markers below.
    func allPages(_ site: URL) throws -> String {
        try cli.snapshot(site).filter { $0.key.hasSuffix(".html") }.sorted { $0.key < $1.key }
            .map { String(decoding: $0.value, as: UTF8.self) }.joined(separator: "\n")
    }

    /// The name in each payload's `alert('…')`: every one of these fields is shown on some
    /// page (so its escaping is really checked), always as text. Every field's payload holds
    /// a `<` (a tag in YAML, `&lt;` in Markdown, which is a literal `<` in the text), so a
    /// field written unescaped anywhere shows up as an element the checker refuses.
    static let shownMarkers = ["site-title", "subtitle", "version", "note", "authority", "policy-version", "source", "change", "route",
                               "bypass", "rights", "heading", "officer", "criterion-heading", "description", "criterion-item",
                               "link-title", "alt", "entity", "code", "fenced", "autolink", "expansion", "definition", "term",
                               "checklist-title", "audience", "section", "item", "checklist-alt", "back", "lead-in",
                               "final-step", "link-text", "raw-heading", "raw-lead-in", "stage-name", "timescale", "source-label",
                               "lint-stage", "lint-criterion"]

    func testHostileContentBuildsWithNoLiveMarkup() throws {
        let work = try workTree()
        let site = work.appendingPathComponent("site")
        let build = try cli.run(["build", "--content", "content", "--output", "site"], in: work)
        XCTAssertEqual(build.status, 0, build.stderr)
        // Raw HTML is reported, never an error.
        XCTAssertTrue(build.stderr.hasSuffix("\n0 errors, 15 warnings\n"), build.stderr)
        let (status, problems) = try liveMarkup(in: site)
        XCTAssertEqual(status, 0, "live markup in the hostile build:\n" + problems)
        XCTAssertEqual(problems, "")

        let pages = try allPages(site)
        for marker in Self.shownMarkers {
            XCTAssertTrue(pages.contains("alert(&#39;\(marker)&#39;)"), "the field carrying '\(marker)' is not on any page, escaped")
        }
        for marker in ["final", "link-title-2", "term-expansion", "policy-title", "summary"] {
            XCTAssertTrue(pages.contains("alert(&quot;\(marker)&quot;)"), marker)
        }
        // Not one payload left unescaped, in any position.
        XCTAssertFalse(pages.contains("alert('"), "an apostrophe reached a page unescaped")
        // Every glossary term is used on the policy page, so its later text takes the marker's
        // path for a page whose terms are all used.
        let policy = try String(contentsOf: site.appendingPathComponent("policies/evil/index.html"), encoding: .utf8)
        // The route's total is over the IRO Handbook's 20 days: its notice quotes the route title.
        XCTAssertTrue(policy.contains("<div class=\"notice\">\n<p>Route “Route &quot;&gt;&lt;img src=x onerror=alert(&#39;route&#39;)&gt;”: The stage timescales"), policy)
        for anchor in ["term-iro", "term-quote", "term-xscriptalerttermscript"] {
            XCTAssertTrue(policy.contains("href=\"../../glossary/index.html#\(anchor)\""), anchor)
        }
        // The only script elements load the site's own files (the checker run above refuses
        // any other); no content's text becomes one.
        let scripts = pages.components(separatedBy: "<script").count - 1
        let own = pages.components(separatedBy: "<script src=\"../search").count - 1 + pages.components(separatedBy: "print.js\" defer></script>").count - 1
            + pages.components(separatedBy: "picker.js\" defer></script>").count - 1
        XCTAssertEqual(scripts, own, "a script element")
    }

    func testLinkTitlesAreEscapedInTheTitleAttribute() throws {
        let work = try workTree()
        XCTAssertEqual(try cli.run(["build", "--quiet", "--content", "content", "--output", "site"], in: work).status, 0)
        let policy = try String(contentsOf: work.appendingPathComponent("site/policies/evil/index.html"), encoding: .utf8)
        // Double-quoted, single-quoted and internal links' titles, each exactly as written, escaped.
        XCTAssertTrue(policy.contains("<a href=\"https://example.org/\" title=\"&quot;&gt;&lt;script&gt;alert(&#39;link-title&#39;)&lt;/script&gt;\">link with a title</a>"), policy)
        XCTAssertTrue(policy.contains("<a href=\"https://example.org/a?b=1&amp;c=2\" title=\"x onmouseover=alert(&quot;link-title-2&quot;) y\">with single quotes</a>"), policy)
        XCTAssertTrue(policy.contains(" title=\"title with &lt;tags&gt; &amp; &quot;quotes&quot; and &#39;apostrophes&#39;\">a third</a>"), policy)
        XCTAssertTrue(policy.contains(" title=\"a &quot;title&quot; on an internal link\">the plain policy</a>"), policy)
        let checklist = try String(contentsOf: work.appendingPathComponent("site/checklists/evil.html"), encoding: .utf8)
        XCTAssertTrue(checklist.contains("<a href=\"https://example.org/\" title=\"lead &quot;in&quot; &lt;title&gt;\">titled link</a>"), checklist)
    }

    func testAnIncrementalRebuildOfHostileContentHasNoLiveMarkup() throws {
        // A rebuild renders only what changed and carries the rest over: the carried-over and
        // the re-rendered pages are checked alike.
        let work = try workTree()
        XCTAssertEqual(try cli.run(["build", "--incremental", "--quiet", "--content", "content", "--output", "site"], in: work).status, 0)
        let plain = work.appendingPathComponent("content/policies/plain/policy.md")
        try (try String(contentsOf: plain, encoding: .utf8) + "\nAdded [\"><script>alert('added')</script>](https://example.org/ \"'><b>\").\n")
            .write(to: plain, atomically: true, encoding: .utf8)
        let rebuild = try cli.run(["build", "--incremental", "--content", "content", "--output", "site"], in: work)
        XCTAssertEqual(rebuild.status, 0, rebuild.stderr)
        XCTAssertTrue(rebuild.stderr.contains("1 unchanged policies keep their pages"), rebuild.stderr)
        let (status, problems) = try liveMarkup(in: work.appendingPathComponent("site"))
        XCTAssertEqual(status, 0, problems)
        let page = try String(contentsOf: work.appendingPathComponent("site/policies/plain/index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("<a href=\"https://example.org/\" title=\"&#39;&gt;&lt;b&gt;\">&quot;&gt;alert(&#39;added&#39;)</a>"), page)
    }

    func testTheCheckerFindsLiveMarkup() throws {
        // The checker itself must bite: one page with each kind of live markup it looks for.
        let folder = try workTree().appendingPathComponent("site")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let bad = """
        <!DOCTYPE html><html><body><script>x</script><a href="javascript:alert(1)">a</a><a href=" JaVa&#x09;script:1">b</a>
        <p onclick="y" title='single'>x</p><p title=bare>y</p><p title="a<b">z</p><p title="a & b">q</p>
        <img src="x"><a href="//evil.example/">c</a><a href="data:text/html,x">d</a><!-- c --><p style="color: red">s</p>
        <a href="x.html">outer <a href="y.html">inner</a></a>
        <a href="https://example.org/?a=1&amp;b=2" title="&quot;ok&#39;">fine</a><a href="../x.html#y">fine</a></body></html>
        """
        try bad.write(to: folder.appendingPathComponent("page.html"), atomically: true, encoding: .utf8)
        // A stylesheet whose content string was broken out of.
        try "@page { @bottom-left { content: \"Guide\" } } } a { color: red; }\n.x { content: \"open\n}\n<\n.y { content: \"Guide \"><b\" counter(page); }\n"
            .write(to: folder.appendingPathComponent("style.css"), atomically: true, encoding: .utf8)
        let (status, problems) = try liveMarkup(in: folder)
        XCTAssertEqual(status, 1, problems)
        let lines = problems.split(separator: "\n").map { String($0.split(separator: ": ", maxSplits: 1).last ?? "") }
        XCTAssertEqual(lines, [
            "<script> (src=None) other than the site's own files",
            "inline script text",
            "javascript: URL in href on <a>: 'javascript:alert(1)'",
            "javascript: URL in href on <a>: ' JaVa\\tscript:1'",
            "event handler attribute onclick on <p>",
            "attribute title on <p> is not double-quoted: \"'single'\"",
            "attribute title on <p> is not double-quoted: 'bare'",
            "raw '<' in attribute title on <p>: 'a<b'",
            "bare & in attribute title on <p>: 'a & b'",
            "element <img> is not one the site writes",
            "protocol-relative URL in href on <a>: '//evil.example/'",
            "data: URL in href on <a>: 'data:text/html,x'",
            "comment <!-- c ",
            "style attribute on <p>",
            "a link inside a link",
            "'<' in a stylesheet",
            "'}' closes a block that was never opened",
            "a CSS string is still open at the end of the line",
            "a CSS string is still open at the end of the line",
            "a content: value has text outside its strings: '\"open\\n}\\n<\\n.y { content: \"Guide'",
            "a content: value has text outside its strings: '><b\" counter(page); }\\n'",
            "1 block(s) never closed",
        ], problems)
    }

    func testUnsafeLinksInHostileContentStopTheBuild() throws {
        // Every spelling of a script URL is an error with its place; nothing is published.
        let work = try workTree()
        let plain = work.appendingPathComponent("content/policies/plain/policy.md")
        var text = try String(contentsOf: plain, encoding: .utf8)
        let first = text.split(separator: "\n", omittingEmptySubsequences: false).count
        text += """

        [a](javascript:alert(1))
        [b](JavaScript:alert(1))
        [c](  javascript:alert(1) "t")
        [d](java&#x73;cript:alert(1))
        [e](vbscript:msgbox(1))
        [f](data:text/html;base64,PHNjcmlwdD4=)
        [g](//evil.example/x)

        <javascript:alert(1)>

        """
        try text.write(to: plain, atomically: true, encoding: .utf8)
        let check = try cli.run(["check", "--content", "content"], in: work)
        XCTAssertEqual(check.status, 1)
        let file = "content/policies/plain/policy.md"
        let allowed = "only http, https and mailto addresses and relative links to content files are allowed."
        let errors = check.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.map(String.init)
        XCTAssertEqual(errors, [
            "\(file):\(first + 1):1: error: unsafe link 'javascript:alert(1)': \(allowed)",
            "\(file):\(first + 2):1: error: unsafe link 'JavaScript:alert(1)': \(allowed)",
            "\(file):\(first + 3):1: error: unsafe link 'javascript:alert(1)': \(allowed)",
            "\(file):\(first + 4):1: error: unsafe link 'javascript:alert(1)': \(allowed)",
            "\(file):\(first + 5):1: error: unsafe link 'vbscript:msgbox(1)': \(allowed)",
            "\(file):\(first + 6):1: error: unsafe link 'data:text/html;base64,PHNjcmlwdD4=': \(allowed)",
            "\(file):\(first + 7):1: error: unsafe link '//evil.example/x': \(allowed)",
            "\(file):\(first + 9):1: error: unsafe link 'javascript:alert(1)': \(allowed)",
        ], check.stderr)
        XCTAssertTrue(check.stderr.hasSuffix("\n8 errors, 15 warnings\n"), check.stderr)
        let build = try cli.run(["build", "--content", "content", "--output", "site"], in: work)
        XCTAssertEqual(build.status, 1)
        XCTAssertTrue(build.stderr.hasSuffix("\n8 errors, 15 warnings\nerror: build stopped: 8 errors in content; the previous site was left as it was.\n"), build.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path), ["content"], "a failed first build left something behind")
    }
}
