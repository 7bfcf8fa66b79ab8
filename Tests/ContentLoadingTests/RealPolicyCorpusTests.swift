import Foundation
import XCTest
import ContentLoading
import PolicyModel
import TestSupport

/// Real escalation procedures of other authorities (Fixtures/real-policies, see its README),
/// each authored from content/README.md alone and loaded as a council officer's content tree
/// would be. Each fixture's expected.json says what a faithful build must show; where today's
/// loader rejects or misreads a fixture, expected.json records exactly how, and the test holds
/// the loader to that record so that it fails, and must be updated, the day the defect is fixed.
final class RealPolicyCorpusTests: XCTestCase {
    /// The corpus folder inside the copied Fixtures resource.
    static var corpus: URL { Fixtures.root.appendingPathComponent("real-policies", isDirectory: true) }

    /// The fixtures the README describes: a fixture lost from the bundle must fail, not vanish.
    static let fixtureNames = ["alerts-protocol-unnamed", "barnet", "lincolnshire", "london-procedures",
                               "nottinghamshire-iro", "peterborough", "sefton", "surrey"]

    /// What expected.json records; readings (kinds, conditions, anchors) are left to later tests.
    struct Expected: Decodable {
        struct ExpectedStage: Decodable {
            var name: String
            var officer: String?
            var timescale: String?
            var readings: [ExpectedReading]?
        }
        /// One intended reading of a stage's timescale (see the corpus README).
        struct ExpectedReading: Decodable {
            struct Also: Decodable { var amount: Int; var unit: String }
            var amount: Int?
            var unit: String
            var kind: String
            var anchor: String?
            var alsoWorded: Also?
        }
        struct ExpectedRoute: Decodable {
            var id: String
            var title: String
            var raisedBy: [String]
            var stages: [ExpectedStage]
            var criteria: [String]
            /// Criterion titles today's loader reads instead of `criteria`, when it misreads them.
            var knownMisreadCriteria: [String]?
        }
        var policy: String
        var authority: String
        var title: String
        var source: String
        var version: String?
        var routes: [ExpectedRoute]
        /// Why today's loader rejects the fixture, in words; nil when it loads.
        var knownFailure: String?
        /// The loader's error diagnostics for a rejected fixture, exactly as `check` prints them.
        var knownDiagnostics: [String]?
    }

    /// Loads `name`'s expected.json.
    static func expected(_ name: String) throws -> Expected {
        let data = try Data(contentsOf: corpus.appendingPathComponent(name).appendingPathComponent("expected.json"))
        return try JSONDecoder().decode(Expected.self, from: data)
    }

    /// Wraps fixture `name` in a minimal content tree (the corpus's shared site.yml and
    /// glossary.yml, the shipped wording template) and loads it as the CLI would.
    static func load(_ name: String, in folder: URL) throws -> LoadResult {
        let fm = FileManager.default
        let content = folder.appendingPathComponent("content", isDirectory: true)
        let policies = content.appendingPathComponent("policies/\(name)", isDirectory: true)
        let wording = content.appendingPathComponent("wording", isDirectory: true)
        try fm.createDirectory(at: policies, withIntermediateDirectories: true)
        try fm.createDirectory(at: wording, withIntermediateDirectories: true)
        let shared = corpus.appendingPathComponent("_content-tree", isDirectory: true)
        for file in ["site.yml", "glossary.yml"] {
            try fm.copyItem(at: shared.appendingPathComponent(file), to: content.appendingPathComponent(file))
        }
        try fm.copyItem(at: Fixtures.repository.appendingPathComponent("content/wording/escalation.mustache"),
                        to: wording.appendingPathComponent("escalation.mustache"))
        try fm.copyItem(at: corpus.appendingPathComponent(name).appendingPathComponent("policy.md"),
                        to: policies.appendingPathComponent("policy.md"))
        return ContentLoader(root: content, displayRoot: "content").load()
    }

    func testTheCorpusHoldsEveryFixtureWithItsExpectations() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path)
            .filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
        XCTAssertEqual(names, Self.fixtureNames)
        for name in names {
            let expected = try Self.expected(name)
            XCTAssertEqual(expected.policy, name, "expected.json of \(name) names another policy")
            XCTAssertFalse(expected.routes.isEmpty, "\(name): no routes expected")
            XCTAssertEqual(expected.knownFailure == nil, expected.knownDiagnostics == nil,
                           "\(name): a known failure needs both its summary and its diagnostics")
        }
    }

    /// Each fixture that loads today: provenance, routes, stage names, officers, timescale
    /// wordings and criterion titles as expected.json gives them.
    func testFixturesThatLoadShowTheirStagesTimescalesAndCriteriaAsWorded() throws {
        var checked = 0
        for name in Self.fixtureNames {
            let expected = try Self.expected(name)
            guard expected.knownDiagnostics == nil else { continue }
            let folder = try temporaryFolder()
            let result = try Self.load(name, in: folder)
            XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.description), [], "\(name) should load")
            let model = try XCTUnwrap(result.model, "\(name) did not load")
            let policy = try XCTUnwrap(model.policy(name), "\(name): no policy")
            XCTAssertEqual(policy.authority, expected.authority, name)
            XCTAssertEqual(policy.title, expected.title, name)
            XCTAssertEqual(policy.source, expected.source, name)
            XCTAssertEqual(policy.version, expected.version, name)
            XCTAssertEqual(policy.routes.map(\.id), expected.routes.map(\.id), name)
            for want in expected.routes {
                let route = try XCTUnwrap(model.route("\(name)/\(want.id)"), "\(name)/\(want.id)")
                let label = route.qualifiedID
                XCTAssertEqual(route.title, want.title, label)
                XCTAssertEqual(route.raisedBy.map(\.rawValue), want.raisedBy, label)
                XCTAssertEqual(route.stages.map(\.name), want.stages.map(\.name), label)
                XCTAssertEqual(route.stages.map(\.officer), want.stages.map(\.officer), label)
                XCTAssertEqual(route.stages.map { $0.timescale?.wording }, want.stages.map(\.timescale), label)
                XCTAssertEqual(route.criteria.map(\.title), want.knownMisreadCriteria ?? want.criteria,
                               "\(label): criteria" + (want.knownMisreadCriteria == nil ? "" : " (the known misreading: when it is fixed, drop knownMisreadCriteria)"))
            }
            checked += 1
        }
        XCTAssertGreaterThan(checked, 0, "no fixture loads: the comparison above never ran")
    }

    /// The term a corpus reading names ("working-days", 5 → 5 working days; "working-week", 1 →
    /// 5 working days; "without-delay" → immediately).
    static func term(_ unit: String, _ amount: Int?) -> TimescaleTerm? {
        switch (unit, amount) {
        case ("working-days", let n?): return .workingDays(n)
        case ("working-week", let n?): return .workingDays(5 * n)
        case ("days", let n?): return .days(n)
        case ("calendar-days", let n?): return .calendarDays(n)
        case ("hours", let n?): return .hours(n)
        case ("weeks", let n?): return .weeks(n)
        case ("months", let n?): return .months(n)
        case ("immediately", _), ("without-delay", _): return .immediately
        case ("at-any-time", _): return .anyTime
        case ("agreed", _): return .agreed
        case ("qualitative", _): return .qualitative
        case ("same-day", _): return .sameDay
        case ("next-working-day", _): return .nextWorkingDay
        default: return nil
        }
    }

    /// Every timescale cell in the corpus is read as its expected.json says: the same times in
    /// the same units, a second wording of one time as a second reading of the same part, a
    /// maximum as a maximum, an anchor where the cell states one, and no date for readings the
    /// corpus says set none ("not-a-deadline", "raise"). Nothing in a cell is left unread.
    func testEveryTimescaleInTheCorpusIsReadAsExpected() throws {
        var compared = 0
        for name in Self.fixtureNames {
            for route in try Self.expected(name).routes {
                for stage in route.stages {
                    guard let wording = stage.timescale, let want = stage.readings else { continue }
                    let label = "\(name) \(stage.name): \(wording)"
                    let t = Timescale(wording: wording)
                    XCTAssertEqual(t.unread, [], label)
                    var expectedTerms: [TimescaleTerm] = []
                    for r in want {
                        expectedTerms.append(try XCTUnwrap(Self.term(r.unit, r.amount), "\(label): unknown unit \(r.unit)"))
                        if let also = r.alsoWorded { expectedTerms.append(try XCTUnwrap(Self.term(also.unit, also.amount), label)) }
                    }
                    XCTAssertEqual(t.terms, expectedTerms, label)
                    guard t.terms == expectedTerms else { continue }
                    var i = 0
                    for r in want {
                        let got = t.readings[i]
                        switch r.kind {
                        case "maximum": XCTAssertEqual(got.kind, .maximum, label)
                        case "deadline", "target": XCTAssertEqual(got.kind, .deadline, label)
                        default: XCTAssertNil(got.term.amount, "\(label): \(r.kind) sets no date")
                        }
                        let statesAnchor = r.anchor.map { !$0.hasPrefix("not stated") } ?? false
                        XCTAssertEqual(got.anchor != nil, statesAnchor, "\(label): anchor \(r.anchor ?? "none")")
                        if r.alsoWorded != nil {
                            XCTAssertEqual(t.readings[i + 1].part, got.part, "\(label): the second wording is a second reading of the same time")
                            i += 1
                        }
                        i += 1
                        compared += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(compared, 20)
    }

    /// Each fixture today's loader rejects: the errors are still exactly the recorded ones.
    /// When a fix lets the fixture load, this fails: remove knownFailure and knownDiagnostics
    /// from its expected.json and the test above then checks the fixture in full.
    func testFixturesTheLoaderRejectsFailOnlyAsRecorded() throws {
        for name in Self.fixtureNames {
            let expected = try Self.expected(name)
            guard let known = expected.knownDiagnostics else { continue }
            let folder = try temporaryFolder()
            let result = try Self.load(name, in: folder)
            XCTAssertTrue(result.hasErrors, "\(name) now loads, so its known failure is fixed (\(expected.knownFailure ?? "")): remove knownFailure and knownDiagnostics from its expected.json")
            XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.description), known,
                           "\(name): the loader's errors changed from the recorded known failure (\(expected.knownFailure ?? ""))")
        }
    }
}
