import XCTest
@testable import Markdown

/// MarkdownParser: the cmark-gfm wrapper every content file goes through. These pin the GFM
/// extensions the content format relies on (tables for stages, task lists for checklists,
/// strikethrough, autolinks), the positions diagnostics point at, and that raw HTML is kept
/// only as inert nodes (never as markup).
final class MarkdownParserTests: XCTestCase {

    // MARK: helpers

    /// Every node of `kind`-matching shape, depth first.
    private func nodes(_ root: MarkdownNode, where match: (MarkdownNodeKind) -> Bool) -> [MarkdownNode] {
        var out: [MarkdownNode] = []
        root.forEach { if match($0.kind) { out.append($0) } }
        return out
    }

    private func firstLink(_ root: MarkdownNode) -> MarkdownNode? {
        nodes(root) { if case .link = $0 { return true } else { return false } }.first
    }

    // MARK: tables

    func testTableHasHeaderRowThenBodyRowsWithCells() throws {
        let doc = MarkdownParser.parse("""
        | Stage | Responsible officer | Timescale |
        |---|---|---|
        | Stage 1 | Team manager | 5 days |
        | Stage 2 | Head of *service* | 5 working days |
        """)
        XCTAssertEqual(doc.kind, .document)
        XCTAssertEqual(doc.children.count, 1)
        let table = doc.children[0]
        XCTAssertEqual(table.kind, .table)
        XCTAssertEqual(table.children.map(\.kind), [.tableRow(isHeader: true), .tableRow(isHeader: false), .tableRow(isHeader: false)])
        let cells = table.children.map { row in row.children.map { $0.plainText } }
        XCTAssertEqual(cells, [
            ["Stage", "Responsible officer", "Timescale"],
            ["Stage 1", "Team manager", "5 days"],
            ["Stage 2", "Head of service", "5 working days"],
        ])
        for row in table.children {
            XCTAssertTrue(row.children.allSatisfy { $0.kind == .tableCell })
        }
        // Inline markup inside a cell is kept as nodes, not flattened.
        let emphasis = nodes(table.children[2]) { $0 == .emphasis }
        XCTAssertEqual(emphasis.count, 1)
        XCTAssertEqual(emphasis.first?.plainText, "service")
    }

    func testTableWithEmptyCellKeepsTheColumn() {
        let doc = MarkdownParser.parse("| Stage | Responsible officer | Timescale |\n|---|---|---|\n| Level 1 | The professionals involved |  |\n")
        let row = doc.children[0].children[1]
        XCTAssertEqual(row.children.map(\.plainText), ["Level 1", "The professionals involved", ""])
    }

    func testPipeTextWithoutDelimiterRowIsNotATable() {
        let doc = MarkdownParser.parse("| not | a table |\n")
        XCTAssertEqual(doc.children.map(\.kind), [.paragraph])
    }

    // MARK: strikethrough

    func testStrikethrough() {
        let doc = MarkdownParser.parse("Keep ~~removed~~ this.")
        let paragraph = doc.children[0]
        XCTAssertEqual(paragraph.kind, .paragraph)
        XCTAssertEqual(paragraph.children.map(\.kind), [.text("Keep "), .strikethrough, .text(" this.")])
        XCTAssertEqual(paragraph.children[1].plainText, "removed")
        XCTAssertEqual(paragraph.plainText, "Keep removed this.")
    }

    // MARK: autolinks

    func testWwwAutolinkBecomesAnHttpLink() throws {
        let doc = MarkdownParser.parse("See www.example.com for more.")
        let link = try XCTUnwrap(firstLink(doc), "www.example.com should be autolinked")
        XCTAssertEqual(link.kind, .link(destination: "http://www.example.com", title: ""))
        XCTAssertEqual(link.plainText, "www.example.com")
    }

    func testBareHttpsUrlIsAutolinked() throws {
        let doc = MarkdownParser.parse("Read https://example.org/policy now.")
        let link = try XCTUnwrap(firstLink(doc))
        XCTAssertEqual(link.kind, .link(destination: "https://example.org/policy", title: ""))
    }

    func testInlineLinkKeepsDestinationTitleAndAnchor() throws {
        let doc = MarkdownParser.parse(#"[Appendix B](../northamptonshire/policy.md#appendix-b "Informing the IRO")"#)
        let link = try XCTUnwrap(firstLink(doc))
        XCTAssertEqual(link.kind, .link(destination: "../northamptonshire/policy.md#appendix-b", title: "Informing the IRO"))
        XCTAssertEqual(link.plainText, "Appendix B")
    }

    // MARK: task lists

    func testTaskListItemsCarryTheirTickState() {
        let doc = MarkdownParser.parse("""
        - [ ] Not yet
        - [x] Done
        - Plain item
        """)
        let list = doc.children[0]
        guard case .list(let ordered, _, let tight) = list.kind else { return XCTFail("expected a list, got \(list.kind)") }
        XCTAssertFalse(ordered)
        XCTAssertTrue(tight)
        XCTAssertEqual(list.children.map(\.kind), [.item(task: false), .item(task: true), .item(task: nil)])
        XCTAssertEqual(list.children.map(\.plainText), ["Not yet", "Done", "Plain item"])
    }

    func testOrderedListKeepsStart() {
        let doc = MarkdownParser.parse("3. three\n4. four\n")
        XCTAssertEqual(doc.children[0].kind, .list(ordered: true, start: 3, tight: true))
        XCTAssertEqual(doc.children[0].children.count, 2)
    }

    // MARK: positions

    func testPositionsAreOneBasedLineAndColumn() {
        let doc = MarkdownParser.parse("# Title\n\nSome text.\n\n  - indented item\n")
        XCTAssertEqual(doc.children[0].kind, .heading(level: 1))
        XCTAssertEqual(doc.children[0].position, SourcePosition(line: 1, column: 1))
        XCTAssertEqual(doc.children[1].kind, .paragraph)
        XCTAssertEqual(doc.children[1].position, SourcePosition(line: 3, column: 1))
        let list = doc.children[2]
        XCTAssertEqual(list.position.line, 5)
        XCTAssertEqual(list.children[0].position, SourcePosition(line: 5, column: 3))
    }

    func testLineOffsetShiftsEveryLineButNotColumns() {
        let text = "# Title\n\n| A | B |\n|---|---|\n| 1 | 2 |\n"
        let plain = MarkdownParser.parse(text)
        let shifted = MarkdownParser.parse(text, lineOffset: 7)
        var a: [SourcePosition] = [], b: [SourcePosition] = []
        plain.forEach { a.append($0.position) }
        shifted.forEach { b.append($0.position) }
        XCTAssertEqual(a.count, b.count)
        XCTAssertGreaterThan(a.count, 5)
        for (p, q) in zip(a, b) {
            XCTAssertEqual(q.line, p.line + 7)
            XCTAssertEqual(q.column, p.column)
        }
        XCTAssertEqual(shifted.children[0].position, SourcePosition(line: 8, column: 1))
        XCTAssertEqual(shifted.children[1].kind, .table)
        XCTAssertEqual(shifted.children[1].position, SourcePosition(line: 10, column: 1))
        // Body rows report their own line.
        XCTAssertEqual(shifted.children[1].children[1].position.line, 12)
    }

    func testInlineLinkPositionIsWhereTheLinkStarts() throws {
        let doc = MarkdownParser.parse("Intro line.\n\nSee [the policy](../x/policy.md) here.\n")
        let link = try XCTUnwrap(firstLink(doc))
        XCTAssertEqual(link.position, SourcePosition(line: 3, column: 5))
    }

    func testColumnsCountUTF8Bytes() throws {
        // "Café " is 6 bytes (é is two), so the link starts at byte column 7.
        let doc = MarkdownParser.parse("Café [x](y.md)\n")
        let link = try XCTUnwrap(firstLink(doc))
        XCTAssertEqual(link.position, SourcePosition(line: 1, column: 7))
    }

    // MARK: raw HTML

    func testRawHTMLBlockAndInlineAreKeptOnlyAsHTMLNodes() {
        let doc = MarkdownParser.parse("""
        <script>alert(1)</script>

        Some <b onclick="x()">bold</b> text.
        """)
        XCTAssertEqual(doc.children.count, 2)
        guard case .htmlBlock(let block) = doc.children[0].kind else { return XCTFail("expected an htmlBlock, got \(doc.children[0].kind)") }
        XCTAssertTrue(block.contains("<script>alert(1)</script>"))
        let inlines = nodes(doc.children[1]) { if case .htmlInline = $0 { return true } else { return false } }
        XCTAssertEqual(inlines.map(\.kind), [.htmlInline("<b onclick=\"x()\">"), .htmlInline("</b>")])
        // Raw HTML never contributes text: what a heading or cell "says" ignores it.
        XCTAssertEqual(doc.children[1].plainText, "Some bold text.")
        XCTAssertEqual(doc.children[0].plainText, "")
    }

    // MARK: cmark's own renderer (safe mode)

    func testCMarkRendererInSafeModeDropsRawHTMLAndScript() {
        let html = MarkdownParser.renderHTMLWithCMark("""
        <script>alert("block")</script>

        Text with <script>alert("inline")</script> and <b onclick="steal()">bold</b>.

        <div onmouseover="x()">div</div>
        """)
        XCTAssertFalse(html.lowercased().contains("<script"), html)
        // The block-level script is dropped whole; text between inline tags stays as (escaped) text.
        XCTAssertFalse(html.contains(#"alert("block")"#), html)
        XCTAssertFalse(html.contains("onclick"), html)
        XCTAssertFalse(html.contains("onmouseover"), html)
        XCTAssertTrue(html.contains("raw HTML omitted"), html)
        XCTAssertTrue(html.contains("Text with"), html)
    }

    func testCMarkRendererInSafeModeNeutralisesJavascriptLinks() {
        let html = MarkdownParser.renderHTMLWithCMark("""
        [click](javascript:alert(1)) and [upper](JAVASCRIPT:alert(2)) and [spaced]( javascript:alert(3) )

        [fine](https://example.org/)
        """)
        XCTAssertFalse(html.lowercased().contains("javascript:"), html)
        XCTAssertTrue(html.contains("click"), html)
        XCTAssertTrue(html.contains(#"<a href="https://example.org/">fine</a>"#), html)
    }

    func testCMarkRendererNeverEmitsAJavascriptHref() {
        // In an autolink the address is also the visible text: only the href must be neutralised.
        let html = MarkdownParser.renderHTMLWithCMark("<javascript:alert(3)> and <JavaScript:alert(4)>")
        XCTAssertFalse(html.lowercased().contains("href=\"javascript:"), html)
        XCTAssertFalse(html.lowercased().contains("<script"), html)
    }

    func testCMarkRendererRendersGFMExtensions() {
        let html = MarkdownParser.renderHTMLWithCMark("| A | B |\n|---|---|\n| 1 | ~~2~~ |\n\n- [x] done\n")
        XCTAssertTrue(html.contains("<table>"), html)
        XCTAssertTrue(html.contains("<th>A</th>"), html)
        XCTAssertTrue(html.contains("<del>2</del>"), html)
        XCTAssertTrue(html.contains("checkbox"), html)
    }
}

/// Parsing from several threads at once must give the same tree as parsing alone: cmark-gfm's
/// special-character table is process-wide, and a race there once dropped strikethrough.
final class MarkdownParserConcurrencyTests: XCTestCase {
    func testConcurrentParsesKeepStrikethrough() {
        let text = (0..<50).map { "Line \($0) has ~~struck~~ text and a | pipe." }.joined(separator: "\n\n")
        let expected = MarkdownParser.parse(text)
        let results = Results(count: 400)
        DispatchQueue.concurrentPerform(iterations: 400) { i in
            results.set(i, MarkdownParser.parse(text) == expected)
        }
        XCTAssertEqual(results.failures, 0, "concurrent parses differed from a lone parse")
    }

    final class Results: @unchecked Sendable {
        private var ok: [Bool]
        private let lock = NSLock()
        init(count: Int) { ok = Array(repeating: false, count: count) }
        func set(_ i: Int, _ value: Bool) { lock.lock(); ok[i] = value; lock.unlock() }
        var failures: Int { ok.filter { !$0 }.count }
    }
}

extension MarkdownParserTests {
    func testNestingDeeperThanTheLimitIsCutAndLocated() {
        let (document, exceeded) = MarkdownParser.parseBounded("intro\n\n" + String(repeating: "> ", count: 50_000) + "x\n", lineOffset: 10)
        XCTAssertEqual(exceeded, .nesting(SourcePosition(line: 13, column: 201)))
        var depth = 0, node = document
        while let child = node.children.last { depth += 1; node = child }
        XCTAssertEqual(depth, MarkdownParser.maxNesting)
        XCTAssertNil(MarkdownParser.parseBounded(String(repeating: "> ", count: 90) + "x\n").exceeded)
    }

    func testATableRowWithMoreCellsThanTheLimitIsRefusedUnparsed() {
        // cmark-gfm's table extension is quadratic in a row's cells: 20,000 took 10 s.
        let row = "|" + String(repeating: " a |", count: 20_000)
        let (document, exceeded) = MarkdownParser.parseBounded("intro\n\n" + row + "\n", lineOffset: 10)
        XCTAssertEqual(exceeded, .tableCells(SourcePosition(line: 13, column: 4 * 65 + 1)))
        XCTAssertTrue(document.children.isEmpty)
        // 64 cells, and escaped pipes, are fine.
        XCTAssertNil(MarkdownParser.parseBounded("|" + String(repeating: " a |", count: 64) + "\n").exceeded)
        XCTAssertNil(MarkdownParser.parseBounded(String(repeating: "\\| ", count: 500) + "\n").exceeded)
        // A backslash at the end of a line does not hide the line feed from the count.
        XCTAssertEqual(MarkdownParser.parseBounded("a\\\n" + row + "\n").exceeded, .tableCells(SourcePosition(line: 2, column: 4 * 65 + 1)))
    }
}
