import Foundation
import XCTest
@testable import SiteRendering
import ContentLoading
import TestSupport

/// The byte-level fast paths give exactly what their plain versions give: the JSON writer what
/// Foundation's encoder writes, search tokens what the Character-by-Character cut gives, and
/// placeholder marks what the Character scan gives. A difference here is a changed page.
final class FastTextTests: XCTestCase {
    /// Every ASCII character, the common punctuation and some letters beyond ASCII.
    static let awkward: String = {
        var s = ""
        for i in 0..<0x80 { s.unicodeScalars.append(Unicode.Scalar(UInt8(i))) }
        return s + "\u{2028}\u{2029}é’“”—…\u{FEFF}\u{85}😀e\u{301}"
    }()

    private func encoder(_ formatting: JSONEncoder.OutputFormatting) -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = formatting
        return e
    }

    private struct Sample: Encodable {
        let text: String
        let count: Int
        let missing: String?
        let list: [String]
        let empty: [Int]
        let nested: [String: [Int]]
        let Zcapital: Int
        let a_underscore: Int
        var json: JSONValue {
            .fields(["text": .string(text), "count": .int(count), "missing": .optional(missing), "list": .strings(list),
                     "empty": .array([]), "nested": .mapping(nested.mapValues { .array($0.map { .int($0) }) }),
                     "Zcapital": .int(Zcapital), "a_underscore": .int(a_underscore)])
        }
    }

    private let sample = Sample(text: awkward, count: -42, missing: nil, list: ["a/b", "<tag>", "it's & more", ""], empty: [],
                                nested: ["b": [1, 2], "a": [], "aB": [3]], Zcapital: 1, a_underscore: 2)

    func testPrettyJSONIsWhatTheEncoderWrites() throws {
        let expected = String(decoding: try encoder([.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]).encode(sample), as: UTF8.self)
        XCTAssertEqual(sample.json.text(pretty: true), expected)
    }

    func testCompactJSONWithEscapedSlashesIsWhatTheEncoderWrites() throws {
        let expected = String(decoding: try encoder([.sortedKeys]).encode(sample), as: UTF8.self)
        XCTAssertEqual(sample.json.text(pretty: false, escapingSlashes: true), expected)
    }

    func testMarkupCharactersAreEscapedInsideStringsOnly() throws {
        let text = JSONValue.fields(["k<": .string("<b>&'")]).text(pretty: false, escaping: JSONValue.markup)
        XCTAssertEqual(text, #"{"k\u003c":"\u003cb\u003e\u0026\u0027"}"#)
        let decoded = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String]
        XCTAssertEqual(decoded, ["k<": "<b>&'"])
    }

    /// The Character-by-Character cut `SearchWords.tokens` falls back to.
    private func plainTokens(_ text: String) -> [String] {
        var out: [String] = [], current = "", skipping = false
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber { if !skipping { current.append(ch) } }
            else if (ch == "'" || ch == "’") && !current.isEmpty { skipping = true }
            else { if !current.isEmpty { out.append(current) }; current = ""; skipping = false }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    func testSearchTokensMatchTheCharacterCut() {
        let texts = ["The child’s PEP (LAC only); 24 hours", "Don't stop—IRO's 5 working days.", "A\r\nB’’C", "x’", "’start",
                     "MIXED case 10am", Self.awkward, "Café e\u{301}té", "it’\u{301}s", "tab\there"]
        for t in texts { XCTAssertEqual(SearchWords.tokens(t), plainTokens(t), t.debugDescription); XCTAssertEqual(SearchWords.characterTokens(t), plainTokens(t)) }
        XCTAssertEqual(SearchWords.asciiTokens("The child’s PEP"), ["the", "child", "pep"])
        XCTAssertNil(SearchWords.asciiTokens("Café"), "text beyond ASCII takes the plain path")
    }

    func testEscapingByBlocksEscapesEveryCharacterAnywhere() {
        // Each of the five characters at every position of texts longer and shorter than the
        // eight-byte blocks, beside letters, non-ASCII and the bytes the block test might confuse.
        func plain(_ s: String) -> String {
            var out = ""
            for c in s {
                switch c {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "\"": out += "&quot;"
                case "'": out += "&#39;"
                default: out.append(c)
                }
            }
            return out
        }
        let bases = ["", "a", "abcdefg", "abcdefgh", "The IRO’s plan, 5 working days", String(repeating: "x%(=?!", count: 5), "café déjà vu 12345678"]
        for base in bases {
            for special in ["&", "<", ">", "\"", "'", "%", "(", "=", "?", "!", "\u{25}"] {
                for at in 0...base.count {
                    var text = base
                    text.insert(contentsOf: special, at: text.index(text.startIndex, offsetBy: at))
                    XCTAssertEqual(HTML.escape(text), plain(text), text.debugDescription)
                    var writer = HTMLWriter()
                    writer.escaping(text)
                    XCTAssertEqual(String(decoding: writer.bytes, as: UTF8.self), plain(text), text.debugDescription)
                }
            }
        }
    }

    func testKeywordsAreSortedInByteOrder() {
        // Words sharing their first eight bytes, prefixes of each other, numbers, spaces and
        // non-ASCII: the number-prefix sort must give exactly the byte order.
        let words = ["safeguarding", "safeguard", "safeguarded", "safeguardingx", "safe", "s", "24 hours", "24 hour", "2 weeks",
                     "zebra", "émigré", "éa", "café", "cafe", "a", "ab", "abcdefgh", "abcdefghi", "abcdefgg", "abcdefgh z"]
        var random = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let shuffled = words.shuffled(using: &random)
            XCTAssertEqual(KeywordIndex.inByteOrder(shuffled, word: { $0 }), words.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        }
    }

    func testPlaceholderMarksMatchTheCharacterScan() {
        let texts = ["Dear [CHILD'S NAME], by [… BY WHEN]", "[regulation 45] and [NAME", "[A]\n[BB]", "[BB\r\n] [CC\n]", "[[DD]]",
                     "“[SOCIAL WORKER]” — [DATE RAISED]", "[ÉCOLE NAME] [NAME\u{200D}]", "[Ab] [AB1] [ 12 AB] [a] [X] [AB cd] [-- OK] [O'K]"]
        for t in texts {
            let marked = PlaceholderMarks.markCharacters(t)
            XCTAssertEqual(PlaceholderMarks.mark(t), marked, t.debugDescription)
            if let fast = PlaceholderMarks.markBytes(t) { XCTAssertEqual(fast, marked, t.debugDescription) }
        }
        XCTAssertEqual(PlaceholderMarks.mark("Dear [CHILD'S NAME] [regulation 45]"), "Dear <mark>[CHILD'S NAME]</mark> [regulation 45]")
        XCTAssertNotNil(PlaceholderMarks.markBytes("“[SOCIAL WORKER]” — [DATE RAISED]"), "general punctuation keeps the byte path")
        XCTAssertNil(PlaceholderMarks.markBytes("[NAME\u{200D}]"), "a joiner takes the plain path")
    }
}

/// Significant words: the byte path gives what the plain rule gives, on every line of the
/// shipped policies and on awkward text.
final class SearchWordsTests: XCTestCase {
    func testByteSignificantWordsMatchThePlainRule() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let policies = root.appendingPathComponent("content/policies")
        var lines = ["The child’s 5 working days", "5 working", "10 working weeks", "24 hours 48hrs 3 days", "it's it’s", FastTextTests.awkward,
                     "Because BETWEEN further; against-through whether itself", "a1 b22 c333 4444 5 5 5 days days", "Café e\u{301}"]
        for folder in try FileManager.default.contentsOfDirectory(atPath: policies.path) {
            let text = try String(contentsOf: policies.appendingPathComponent(folder).appendingPathComponent("policy.md"), encoding: .utf8)
            lines += text.split(separator: "\n").map(String.init)
        }
        XCTAssertGreaterThan(lines.count, 300)
        var fast = 0
        for line in lines {
            if let words = SearchWords.asciiSignificant(line) {
                fast += 1
                XCTAssertEqual(words, SearchWords.plainSignificant(line), line)
            }
            XCTAssertEqual(SearchWords.significant(line), SearchWords.plainSignificant(line), line)
        }
        XCTAssertGreaterThan(fast, lines.count / 2, "most policy text takes the byte path")
    }

    func testSignificantWordsOfAPolicySentence() {
        XCTAssertEqual(SearchWords.significant("The IRO will escalate within 5 working days, and the child's PEP (LAC only) within 24 hours."),
                       ["iro", "escalate", "5 working days", "working", "days", "child", "pep", "lac", "24 hours", "hours"])
    }
}

/// `data/routes.json`, written a route at a time, is byte for byte the one pretty-printed value
/// the writer (and so `JSONEncoder`) gives for the whole export: for the real content, and for
/// a library with no routes.
final class RoutesExportStreamTests: XCTestCase {
    private func whole(_ export: RoutesExport) -> String {
        JSONValue.fields(["schemaVersion": .int(export.schemaVersion), "site": .mapping(export.site.mapValues { .string($0) }),
                          "routes": .array(export.routes.map(\.json))]).text(pretty: true, escaping: JSONValue.angleBrackets) + "\n"
    }

    func testStreamedExportIsTheWholeValue() throws {
        let model = try XCTUnwrap(ContentLoader(root: Repository.content, displayRoot: "content").load().model)
        let export = RoutesExport(model: model)
        XCTAssertGreaterThan(export.routes.count, 3)
        XCTAssertEqual(export.json(), whole(export))
        var empty = model
        empty.policies = []
        XCTAssertEqual(RoutesExport(model: empty).json(), whole(RoutesExport(model: empty)))
        XCTAssertTrue(RoutesExport(model: empty).json().contains("\"routes\" : [\n\n  ]"))
    }
}
