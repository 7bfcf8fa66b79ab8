import Foundation
import XCTest
import ContentLoading
import Escalation
import PolicyModel
@testable import SiteRendering
import TestSupport

/// SiteRenderer over the real content: golden pages (checked by hand), and what every page
/// must be: script-free, linked relatively and without dead links, deterministic, and never
/// carrying raw HTML from content. Set RECORD_GOLDEN=1 to rewrite the golden pages (the test
/// then fails, saying so).
final class SiteRendererTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden", isDirectory: true)
    static let goldenPages = ["index.html", "policies/bexley/index.html", "checklists/significant-changes.html", "policies/bexley/lac/index.html"]

    private static let realModel: ContentModel? = ContentLoader(root: repository.appendingPathComponent("content"), displayRoot: "content").load().model
    private static let realPages: Result<[Page], Error> = Result {
        guard let model = realModel else { throw CocoaError(.fileReadCorruptFile) }
        return try SiteRenderer(model: model).render()
    }

    private func model() throws -> ContentModel { try XCTUnwrap(Self.realModel, "the real content did not load") }
    private func pages() throws -> [Page] { try Self.realPages.get() }
    private func page(_ path: String) throws -> Page { try XCTUnwrap(try pages().first { $0.path == path }, "no page \(path)") }

    // MARK: texts released while rendering

    func testRenderingWithTheTextsMovedOutGivesTheSamePages() throws {
        // A build moves each policy's text out of the model and releases it once its page is
        // written; the pages must be exactly those rendered from the whole model.
        var model = try model()
        let texts = PolicyTexts(movingOutOf: &model)
        XCTAssertTrue(model.texts.isEmpty, "the model still holds texts")
        final class Pages: @unchecked Sendable {
            var byPath: [String: String] = [:]
            let lock = NSLock()
        }
        let collected = Pages()
        try SiteRenderer(model: model, texts: texts).render { page in
            collected.lock.lock(); collected.byPath[page.path] = page.contents; collected.lock.unlock()
        }
        let pages = collected.byPath
        let expected = try self.pages()
        XCTAssertEqual(pages.count, expected.count)
        for page in expected { XCTAssertEqual(pages[page.path], page.contents, page.path) }
        XCTAssertNil(texts.take("bexley"), "a text was not released")
    }

    // MARK: golden pages

    func testGoldenPages() throws {
        let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
        for path in Self.goldenPages {
            let page = try page(path)
            let url = Self.goldenDirectory.appendingPathComponent(path.replacingOccurrences(of: "/", with: "__"))
            if record {
                try FileManager.default.createDirectory(at: Self.goldenDirectory, withIntermediateDirectories: true)
                try page.contents.write(to: url, atomically: true, encoding: .utf8)
            } else {
                let golden = try String(contentsOf: url, encoding: .utf8)
                if page.contents != golden {
                    let a = page.contents.components(separatedBy: "\n"), b = golden.components(separatedBy: "\n")
                    let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }
                    XCTFail("\(path) differs from \(url.lastPathComponent)" + (first.map { " at line \($0.offset + 1):\n  got:    \($0.element.0)\n  golden: \($0.element.1)" } ?? " in length"))
                }
            }
        }
        if record { XCTFail("recorded \(Self.goldenPages.count) golden pages in \(Self.goldenDirectory.path): check them by hand, then run again without RECORD_GOLDEN") }
    }

    // MARK: the whole site

    func testSiteHasEveryExpectedPage() throws {
        let paths = Set(try pages().map(\.path))
        let model = try model()
        var expected: Set<String> = ["index.html", "style.css", "checklists/index.html", "checklists/all.html", "glossary/index.html",
                                     "compare/index.html", "a-z/index.html", "changes/index.html",
                                     "search.js", "search-index.js"]
        // One keyword page per first letter of a keyword.
        for key in Set(KeywordIndex(model: model).keywords.map { KeywordIndex.pageKey(of: $0.word) }) { expected.insert("a-z/\(key).html") }
        for p in model.policies { expected.insert("policies/\(p.id)/index.html") }
        for r in model.routes {
            expected.insert("policies/\(r.policyID)/\(r.id)/index.html")
            for c in r.criteria { expected.insert("policies/\(r.policyID)/\(r.id)/\(c.id).html") }
        }
        for c in model.checklists { expected.insert("checklists/\(c.id).html") }
        // The picker's script, the routes as data, and a moved page at each criterion's former id.
        expected.formUnion([SitePath.pickerScript, SitePath.routesData])
        for r in model.routes { for c in r.criteria { if let moved = SitePath.formerCriterion(c, of: r) { expected.insert(moved) } } }
        expected.insert("print.js")
        expected.insert("changes.xml")
        for r in model.routes { expected.insert("policies/\(r.policyID)/\(r.id)/print_handout.html") }
        for p in model.policies { expected.insert("policies/\(p.id)/keywords.html") }
        for c in model.checklists {
            // One sheet per authority cited, when there are several.
            let cited = Set(c.items.compactMap(\.source?.policyID))
            if cited.count > 1 { for p in cited { expected.insert("checklists/\(c.id)/\(p).html") } }
        }
        XCTAssertEqual(paths, expected)
        XCTAssertEqual(try pages().count, expected.count, "a path was rendered twice")
        XCTAssertEqual(try pages().map(\.path), try pages().map(\.path).sorted())
    }

    /// Scripts are the site's own files only, linked with defer (picker.js on route pages,
    /// print.js on policy and handout pages, the search files on the A to Z), plus the route
    /// page's JSON data block, which a browser never runs: no inline script anywhere.
    func testNoPageHasAScriptButTheSitesOwnFiles() throws {
        let own = ["picker.js", "print.js", "search.js", "search-index.js"]
        for page in try pages() where page.path.hasSuffix(".html") {
            let up = String(repeating: "../", count: page.path.split(separator: "/").count - 1)
            var html = page.contents.lowercased()
            for file in own { html = html.replacingOccurrences(of: "<script src=\"\(up)\(file)\" defer></script>", with: "") }
            if html.contains("<form class=\"picker") {
                html = html.replacingOccurrences(of: "<script type=\"application/json\" id=\"picker-data\">", with: "")
                html = html.replacingOccurrences(of: "</script>\n<p class=\"picker-intro\"", with: "")
            }
            XCTAssertFalse(html.contains("<script"), page.path)
            XCTAssertFalse(html.contains("</script"), page.path)
            XCTAssertFalse(page.contents.lowercased().contains("javascript:"), page.path)
            XCTAssertNil(page.contents.range(of: #"\son[a-z]+\s*="#, options: .regularExpression), "\(page.path) has an event handler attribute")
        }
    }

    func testEveryLinkIsRelativeAndLeadsToAPageAndAnchorThatExist() throws {
        let all = try pages()
        let problems = LinkCheck.problems(in: all, allowedExternal: [])
        XCTAssertEqual(problems, [], problems.prefix(20).joined(separator: "\n"))
        // The check itself sees links: the home page links to every policy.
        XCTAssertGreaterThan(LinkCheck.hrefs(in: try page("index.html").contents).count, 10)
    }

    func testNoPageRepeatsAnID() throws {
        // Anchors must be unique, or links and the picker's labels point at the wrong element.
        for page in try pages() where page.path.hasSuffix(".html") {
            let regex = try NSRegularExpression(pattern: #"\bid="([^"]*)""#)
            let ns = page.contents as NSString
            let ids = regex.matches(in: page.contents, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) }
            let repeated = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
            XCTAssertEqual(repeated, [], page.path)
        }
    }

    func testLadderDescriptionIsTheStagesInWords() throws {
        // The SVG's <desc> is what a screen reader announces for the ladder.
        for route in try model().routes where !route.stages.isEmpty {
            let html = try page("policies/\(route.policyID)/\(route.id)/index.html").contents
            let start = try XCTUnwrap(html.range(of: "<desc id=\"ladder-\(route.id)-desc\">"), route.qualifiedID)
            let end = try XCTUnwrap(html[start.upperBound...].range(of: "</desc>"))
            let desc = HTMLText.unescape(String(html[start.upperBound..<end.lowerBound]))
            for stage in route.stages {
                // Each stage with its kind; an action or a decision said as what it is.
                let who = (stage.kind == .action ? "Action: " : stage.kind == .decision ? "Decided by: " : "") + (stage.officer ?? "officer not stated")
                XCTAssertTrue(desc.contains("\(stage.name) (\(StagesTable.kindLabel(stage, in: route))): \(who), \(stage.timescale?.wording ?? "timescale not stated")"), "\(route.qualifiedID): \(desc)")
            }
            XCTAssertLessThanOrEqual(desc.components(separatedBy: "Final step").count - 1, 1, "\(route.qualifiedID): \(desc)")
            XCTAssertEqual(desc.contains("Final step"), route.finalStep != nil, "\(route.qualifiedID): \(desc)")
            // The exit names no one the policy does not: not "the SCP Chair" for Cumberland.
            XCTAssertFalse(desc.contains("the SCP Chair ("), "\(route.qualifiedID): \(desc)")
        }
    }

    func testTwoRendersAreByteIdentical() throws {
        let again = try SiteRenderer(model: try model()).render()
        let first = try pages()
        XCTAssertEqual(again.map(\.path), first.map(\.path))
        for (a, b) in zip(first, again) { XCTAssertEqual(a.contents, b.contents, a.path) }
    }

    func testPagesShowTimescalesExactlyAsWorded() throws {
        let compare = try page("compare/index.html").contents
        for route in try model().routes {
            for stage in route.stages {
                let wording = HTMLText.escape(stage.timescale?.wording ?? "Timescale not stated")
                XCTAssertTrue(compare.contains(wording), "\(route.qualifiedID) \(stage.name): \(wording)")
            }
        }
        let bexley = try page("policies/bexley/index.html").contents
        XCTAssertEqual(bexley.components(separatedBy: "<strong>5 days</strong>").count - 1, 6)
        XCTAssertEqual(bexley.components(separatedBy: "<strong>8 days</strong>").count - 1, 2)
        XCTAssertTrue(bexley.contains("<strong>At any time</strong>"))
        XCTAssertTrue(bexley.contains("the policy says “days” and does not state working days"))
    }

    func testTheCompareRowNeverAddsUnlikeUnitsNorOverClaims() throws {
        let compare = try page("compare/index.html").contents
        // The briefing sets report deadlines, just no escalation stages: never "no timescales".
        XCTAssertFalse(compare.contains("No timescales in days"))
        XCTAssertTrue(compare.contains("<td>No stages set</td>"))
        // Bexley's 23 "days" are not badged as over 20 working days; Northamptonshire's 20 working days are exactly the limit.
        XCTAssertFalse(compare.contains("Over the IRO Handbook"), "no route states more than 20 working days")
        XCTAssertTrue(compare.contains("<td>23 days (working days not stated)</td>"))
        XCTAssertTrue(compare.contains("<td>23 days (working days not stated); not counted: Stage 5 (action)</td>"))
        XCTAssertTrue(compare.contains("<td>20 working days; not counted: Informal (informal stage)</td>"))
        // Cumberland: 7 working days (a maximum) counted; the 24 hours only on a condition, not added.
        XCTAssertTrue(compare.contains("<td>7 working days; not counted: Level 1 (no timescale stated), Level 2 (no timescale stated), Level 3 (immediately), Executive Manager/Lead (no timescale stated)</td>"), compare)
        let bexley = try page("policies/bexley/index.html").contents
        XCTAssertFalse(bexley.contains("more than the 20 working days"), "the policy page carries no over-claim")
        let cumberland = try page("policies/cumberland-westmorland-furness/index.html").contents
        XCTAssertTrue(cumberland.contains("<strong>referred without delay</strong>"), "level 3 shows the policy's words, not “not stated”")
        let briefing = try page("policies/positive-challenge-briefing/index.html").contents
        XCTAssertFalse(briefing.contains("no stages or timescales"))
        XCTAssertTrue(briefing.contains("This policy sets no escalation stages for this route."))
    }

    // MARK: the picker says what `escalate` says

    func testPickerShowsExactlyTheComposedWordingForEachCriterionAndStage() throws {
        let model = try model()
        let composer = try WordingComposer(template: model.wordingTemplate)
        for route in model.routes {
            let policy = try XCTUnwrap(model.policy(route.policyID))
            let html = try page("policies/\(route.policyID)/\(route.id)/index.html").contents
            let stages: [Stage?] = route.stages.isEmpty ? [nil] : route.stages
            let raisers = RouteWordingComposer.raisers(of: route)
            for (k, raiser) in raisers.enumerated() {
                for (j, stage) in stages.enumerated() {
                    let id = raisers.count > 1 ? "w-\(k)-\(j)" : "w-\(j)"
                    let block = try XCTUnwrap(Picker.block(id, in: html), "\(route.qualifiedID) \(id)")
                    for (i, criterion) in route.criteria.enumerated() {
                        guard raiser == nil || criterion.appliesTo.contains(raiser!) else {
                            // A criterion for another raiser only has no lines in this raiser's wording.
                            XCTAssertFalse(block.contains("<span class=\"c c-\(i)\">"), "\(route.qualifiedID) \(id) criterion \(criterion.id)")
                            continue
                        }
                        let shown = Picker.visibleText(block, ticked: i)
                        let expected = try composer.compose(EscalationRequest(route: route, policy: policy, criteria: [criterion], stage: stage, raiser: raiser)).text
                        XCTAssertEqual(shown, expected, "\(route.qualifiedID) \(id) stage \(stage?.id ?? "-") criterion \(criterion.id)")
                    }
                }
            }
        }
    }

    // MARK: raw HTML in content never reaches a page

    func testRawHTMLInContentNeverAppearsInOutput() throws {
        let temp = try temporaryFolder("policyguide-render")
        let content = temp.appendingPathComponent("content")
        func write(_ rel: String, _ text: String) throws {
            let url = content.appendingPathComponent(rel)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try write("site.yml", "title: \"Guide <script>alert('title')</script>\"\nversion: \"1\"\npublished: 2019-01-01\n")
        try write("wording/escalation.mustache", try String(contentsOf: Self.repository.appendingPathComponent("content/wording/escalation.mustache"), encoding: .utf8))
        try write("glossary.yml", "terms:\n  - term: IRO\n    definition: \"<img src=x onerror=alert('gloss')>\"\n")
        try write("policies/example/policy.md", """
        ---
        authority: "Example <b onclick=x>Council</b>"
        title: Example policy
        source: Example
        routes:
          - id: lac
            title: "LAC <script>alert('route')</script>"
            raisedBy: [iro]
            stages: Stages
            criteria: Criteria
            bypass: "<a href='javascript:alert(99)'>bypass</a>"
        ---

        # Example

        <script>alert(1)</script>

        Text with <b onclick=x>bold</b> and <img src=x onerror=alert(2)> and <a href="javascript:alert(3)">a link</a>.

        [click](javascript:alert(4)) and [data](data:text/html,<script>alert(5)</script>) and [ok](https://www.gov.uk/).

        <div onmouseover="alert(6)">
        block
        </div>

        ## Stages

        | Stage | Responsible officer | Timescale |
        |---|---|---|
        | Stage 1 | Manager <b onclick=x>x</b> | 5 days |

        ## Criteria

        ### Allocation <script>alert(7)</script> of worker

        Description with <iframe src="https://evil.example/"></iframe> inside.

        """)
        try write("checklists/one.md", """
        ---
        title: One
        ---

        - [ ] Item <b onclick=x>one</b> <script>alert(8)</script> ([Example](../policies/example/policy.md))

        <script>alert(9)</script>
        """)
        let result = ContentLoader(root: content, displayRoot: "content").load()
        let model = try XCTUnwrap(result.model, result.diagnostics.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(result.hasErrors, "the javascript: link is an error for `check`")
        let pages = try SiteRenderer(model: model).render()
        XCTAssertGreaterThan(pages.count, 5)
        for page in pages {
            // Markup from content never becomes markup on a page: no such element, no event
            // handler or unsafe address in any tag the site wrote.
            let tags = HTMLText.tags(in: page.contents)
            // The search page's own two script files are the only scripts the site writes.
            let up = String(repeating: "../", count: page.path.split(separator: "/").count - 1)
            let ownScripts: Set<String> = [#"<script src="../search-index.js" defer>"#, #"<script src="../search.js" defer>"#,
                                           "<script src=\"\(up)print.js\" defer>", "<script src=\"\(up)picker.js\" defer>",
                                           "<script type=\"application/json\" id=\"picker-data\">", "</script>"]
            for tag in tags where !ownScripts.contains(tag) {
                let lower = tag.lowercased()
                XCTAssertNil(lower.range(of: #"^<\s*/?\s*(script|iframe|img|object|embed|b)\b"#, options: .regularExpression), "\(page.path): \(tag)")
                XCTAssertNil(lower.range(of: #"\son[a-z]+\s*="#, options: .regularExpression), "\(page.path): \(tag)")
                XCTAssertFalse(lower.contains("javascript:") || lower.contains("data:"), "\(page.path): \(tag)")
            }
            // HTML blocks from the body (and whatever is inside them) are dropped whole.
            for dropped in ["alert(1)", "alert(6)", "alert(9)", ">block<", "\nblock\n"] {
                XCTAssertFalse(page.contents.contains(dropped), "\(page.path) contains \(dropped)")
            }
        }
        // Markup written in front matter is shown as text, escaped.
        let home = try XCTUnwrap(pages.first { $0.path == "index.html" }).contents
        XCTAssertTrue(home.contains("Guide &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"))
        let policyPage = try XCTUnwrap(pages.first { $0.path == "policies/example/index.html" }).contents
        XCTAssertTrue(policyPage.contains("Text with bold and  and a link."), "the text around dropped tags stays")
        XCTAssertTrue(policyPage.contains("click and data and <a href=\"https://www.gov.uk/\">ok</a>."), "unsafe links become plain text; safe ones stay")
        XCTAssertEqual(LinkCheck.problems(in: pages, allowedExternal: ["https://www.gov.uk/"]), [])
    }

    // MARK: SitePath

    func testSitePathRelative() {
        XCTAssertEqual(SitePath.relative(from: "index.html", to: "policies/bexley/index.html"), "policies/bexley/index.html")
        XCTAssertEqual(SitePath.relative(from: "policies/bexley/index.html", to: "index.html"), "../../index.html")
        XCTAssertEqual(SitePath.relative(from: "policies/bexley/lac/index.html", to: "policies/bexley/index.html"), "../index.html")
        XCTAssertEqual(SitePath.relative(from: "policies/bexley/lac/index.html", to: "style.css"), "../../../style.css")
        XCTAssertEqual(SitePath.relative(from: "policies/bexley/index.html", to: "policies/northamptonshire/index.html"), "../northamptonshire/index.html")
        XCTAssertEqual(SitePath.relative(from: "checklists/a.html", to: "checklists/b.html"), "b.html")
        XCTAssertEqual(SitePath.relative(from: "checklists/index.html", to: "checklists/index.html"), "index.html")
        XCTAssertEqual(SitePath.relative(from: "policies/bexley/index.html", to: "policies/bexley/lac/allocation.html"), "lac/allocation.html")
        XCTAssertEqual(SitePath.relative(from: "a/b/c.html", to: "a/b.html"), "../b.html")
        XCTAssertEqual(SitePath.relative(from: "glossary/index.html", to: "a-z/index.html"), "../a-z/index.html")
    }

    func testSitePathScheme() throws {
        let route = try XCTUnwrap(try model().route("bexley/lac"))
        XCTAssertEqual(SitePath.route(route), "policies/bexley/lac/index.html")
        XCTAssertEqual(SitePath.criterion(route.criteria[2], of: route), "policies/bexley/lac/allocation-of-social-worker.html")
        XCTAssertEqual(Anchor.criterion(route.criteria[2], of: route), "criterion-lac-allocation-of-social-worker")
        XCTAssertEqual(SitePath.checklist("review-triggers"), "checklists/review-triggers.html")
        XCTAssertEqual(SitePath.policy("bexley"), "policies/bexley/index.html")
    }
}

// MARK: - helpers

/// Minimal HTML text handling for the assertions.
enum HTMLText {
    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }

    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Every tag the page contains, as written.
    static func tags(in html: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: "<[^>]*>")
        let ns = html as NSString
        return regex.matches(in: html, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range) }
    }

    static func stripTags(_ s: String) -> String {
        s.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
    }
}

/// Finds every href and checks it against the rendered pages.
enum LinkCheck {
    static func hrefs(in html: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: #"\b(?:href|src)="([^"]*)""#)
        let ns = html as NSString
        return regex.matches(in: html, range: NSRange(location: 0, length: ns.length)).map { HTMLText.unescape(ns.substring(with: $0.range(at: 1))) }
    }

    static func ids(in html: String) -> Set<String> {
        let regex = try! NSRegularExpression(pattern: #"\bid="([^"]*)""#)
        let ns = html as NSString
        return Set(regex.matches(in: html, range: NSRange(location: 0, length: ns.length)).map { HTMLText.unescape(ns.substring(with: $0.range(at: 1))) })
    }

    /// Resolves `href` on the page at `from` (both site-relative); nil if it climbs out of the site.
    static func resolve(_ href: String, from: String) -> String? {
        var parts = from.split(separator: "/").map(String.init).dropLast()
        for c in href.split(separator: "/", omittingEmptySubsequences: false).map(String.init) {
            if c == ".." { guard !parts.isEmpty else { return nil }; parts.removeLast() } else if c != "." { parts.append(c) }
        }
        return parts.joined(separator: "/")
    }

    static func problems(in pages: [Page], allowedExternal: Set<String>) -> [String] {
        let byPath = Dictionary(uniqueKeysWithValues: pages.map { ($0.path, $0.contents) })
        var idCache: [String: Set<String>] = [:]
        func ids(_ path: String) -> Set<String> {
            if let c = idCache[path] { return c }
            let s = Self.ids(in: byPath[path] ?? ""); idCache[path] = s; return s
        }
        var out: [String] = []
        for page in pages where page.path.hasSuffix(".html") {
            for href in hrefs(in: page.contents) {
                if allowedExternal.contains(href) { continue }
                if href.hasPrefix("/") || href.contains(":") { out.append("\(page.path): not relative: \(href)"); continue }
                let (path, anchor): (String, String?) = {
                    guard let h = href.firstIndex(of: "#") else { return (href, nil) }
                    return (String(href[..<h]), String(href[href.index(after: h)...]))
                }()
                let target = path.isEmpty ? page.path : resolve(path, from: page.path)
                guard let target, byPath[target] != nil else { out.append("\(page.path): no page for \(href)"); continue }
                if let anchor, !ids(target).contains(anchor) { out.append("\(page.path): no id \"\(anchor)\" on \(target) (\(href))") }
            }
        }
        return out
    }
}

/// Reads the CSS-only picker: which lines show when exactly one criterion is ticked.
enum Picker {
    static func block(_ j: Int, in html: String) -> String? { block("w-\(j)", in: html) }

    static func block(_ id: String, in html: String) -> String? {
        guard let start = html.range(of: "<div class=\"wording\" id=\"\(id)\""),
              let text = html[start.upperBound...].range(of: "<div class=\"wording-text\""),
              let open = html[text.upperBound...].range(of: ">"),
              let end = html[open.upperBound...].range(of: "</div>") else { return nil }
        return String(html[open.upperBound..<end.lowerBound])
    }

    static func visibleText(_ block: String, ticked i: Int) -> String {
        var out = ""
        var rest = Substring(block)
        while let span = rest.range(of: "<span class=\"c c-") {
            out += rest[..<span.lowerBound]
            let afterClass = rest[span.upperBound...]
            guard let quote = afterClass.firstIndex(of: "\""), let index = Int(afterClass[..<quote]),
                  let tagEnd = afterClass.range(of: ">"), let close = afterClass.range(of: "</span>") else { break }
            if index == i { out += afterClass[tagEnd.upperBound..<close.lowerBound] }
            rest = afterClass[close.upperBound...]
        }
        out += rest
        return HTMLText.unescape(HTMLText.stripTags(out))
    }
}
