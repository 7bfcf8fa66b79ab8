import Foundation
import XCTest
import ContentLoading
import PolicyModel

/// The real `content/` against the source policies in /work/shared/seeds: every stage,
/// timescale, criterion, quoted passage and checklist item must reach the model with the
/// policy's own wording.
final class RealContentTests: XCTestCase {
    static let seeds = URL(fileURLWithPath: "/work/shared/seeds", isDirectory: true)
    /// Which seed files carry each policy (Bexley is in the raw PDF text and the cleaned copy).
    static let seedFiles: [String: [String]] = [
        "bexley": ["000_7aead3c2fbd52441.txt", "001_a33f50ddc644549d.txt"],
        "northamptonshire": ["002_45516883b600d204.txt"],
        "positive-challenge-briefing": ["003_321ff89892e2e98e.txt"],
        "cumberland-westmorland-furness": ["004_9b3c276dd4cd4e8f.txt"],
    ]

    private static let loaded: LoadResult = ContentLoader(root: Fixtures.repository.appendingPathComponent("content", isDirectory: true),
                                                          displayRoot: "content").load()

    private func model() throws -> ContentModel { try XCTUnwrap(Self.loaded.model, "the real content did not load") }

    private func route(_ id: String) throws -> Route { try XCTUnwrap(try model().route(id), "no route \(id)") }

    /// Whitespace runs become one space; curly quotes and apostrophes become straight ones.
    static func normalise(_ s: String) -> String {
        var t = s
        for (from, to) in [("\u{2019}", "'"), ("\u{2018}", "'"), ("\u{201C}", "\""), ("\u{201D}", "\""), ("\u{00A0}", " ")] {
            t = t.replacingOccurrences(of: from, with: to)
        }
        let words: [Substring] = t.split(whereSeparator: { $0.isWhitespace })
        return words.joined(separator: " ")
    }

    private static func seedText(_ file: String) throws -> String {
        normalise(try String(contentsOf: seeds.appendingPathComponent(file), encoding: .utf8))
    }

    private static func seedText(forPolicy id: String) throws -> String {
        var texts: [String] = []
        for file in seedFiles[id] ?? [] { texts.append(try seedText(file)) }
        return texts.joined(separator: "\n")
    }

    // MARK: loading

    func testRealContentLoadsWithZeroErrors() throws {
        let errors = Self.loaded.diagnostics.filter { $0.severity == .error }
        XCTAssertEqual(errors.map(\.description), [])
        XCTAssertEqual(try model().policies.map(\.id), ["bexley", "cumberland-westmorland-furness", "northamptonshire", "positive-challenge-briefing"])
        XCTAssertEqual(try model().routes.map(\.qualifiedID), [
            "bexley/cp", "bexley/lac", "cumberland-westmorland-furness/multi-agency",
            "northamptonshire/iro-and-cp-chair", "positive-challenge-briefing/cp-chair", "positive-challenge-briefing/iro",
        ])
    }

    func testTwentyWorkingDayLintComparesLikeWithLikeAndOnlyOnIRORoutes() throws {
        // Bexley: 5 + 5 + 5 + 8 = 23 days on both routes, not stated as working days. The CP
        // route is raised by CP Chairs, whom the IRO Handbook does not govern: no finding. The
        // LAC route is told that 23 days cannot be compared with 20 working days as if equal.
        // Northamptonshire's 4 × 5 = 20 working days is exactly the limit; Cumberland is multi-agency.
        let flagged = Self.loaded.diagnostics.filter { $0.message.contains("IRO Handbook 2010, para 6.2") }
        XCTAssertEqual(flagged.map(\.location.file), ["content/policies/bexley/policy.md"])
        XCTAssertEqual(flagged.first?.severity, .warning)
        XCTAssertEqual(flagged.first?.message, "The stage timescales of this route add up to 5 + 5 + 5 + 8 = 23 days, and the policy does not say whether they are working days, so they cannot be compared with the 20 working days the IRO Handbook sets as if they were: read as working days they are more than 20; read as calendar days they are at most 17 working days. If the policy means working days, ask its owner to say so. (rule: IRO Handbook 2010, para 6.2, for routes IROs raise)")
        let lint = PolicyLint(model: try model())
        XCTAssertNil(lint.totalNotice(try route("bexley/lac")), "no over-claim badge on the compare page for unstated days")
        XCTAssertNil(lint.totalNotice(try route("bexley/cp")))
        XCTAssertEqual(try route("northamptonshire/iro-and-cp-chair").total.single?.unit, "working days")
        XCTAssertEqual(try route("northamptonshire/iro-and-cp-chair").total.single?.total, 20)
    }

    // MARK: stages, as the seeds state them

    func testStageCountsPerRoute() throws {
        let counts = try model().routes.map { "\($0.qualifiedID)=\($0.stages.count)" }
        XCTAssertEqual(counts, [
            "bexley/cp=4", "bexley/lac=5", "cumberland-westmorland-furness/multi-agency=5",
            "northamptonshire/iro-and-cp-chair=5", "positive-challenge-briefing/cp-chair=0", "positive-challenge-briefing/iro=0",
        ])
    }

    func testBexleyStagesWordForWord() throws {
        // Seed 001, section 4 (CP) and section 6 (LAC): officer, "5 days", "(Stage n)".
        let cp = try route("bexley/cp")
        XCTAssertEqual(cp.stages.map(\.name), ["Stage 1", "Stage 2", "Stage 3", "Stage 4"])
        XCTAssertEqual(cp.stages.map(\.id), ["1", "2", "3", "4"])
        XCTAssertEqual(cp.stages.map(\.officer), ["Team manager and service manager", "Head of service", "Assistant director", "Director"])
        XCTAssertEqual(cp.stages.map { $0.timescale?.wording }, ["5 days", "5 days", "5 days", "8 days"])
        XCTAssertEqual(cp.stages.map { $0.timescale?.terms }, [[.days(5)], [.days(5)], [.days(5)], [.days(8)]])

        let lac = try route("bexley/lac")
        XCTAssertEqual(lac.stages.map(\.name), ["Stage 1", "Stage 2", "Stage 3", "Stage 4", "Stage 5"])
        XCTAssertEqual(lac.stages.map(\.officer), ["Team Manager/Service Manager", "Head of Service", "Assistant Director", "Director", "Escalation to Cafcass"])
        XCTAssertEqual(lac.stages.map { $0.timescale?.wording }, ["5 days", "5 days", "5 days", "8 days", "At any time"])
        XCTAssertEqual(lac.stages.last?.timescale?.terms, [.anyTime])
    }

    func testNorthamptonshireLevelsWordForWord() throws {
        // Seed 002, section 5: "Response Expected within Working Days", 5 for each level.
        let r = try route("northamptonshire/iro-and-cp-chair")
        XCTAssertEqual(r.raisedBy, [.iro, .cpChair])
        XCTAssertEqual(r.stages.map(\.name), ["Informal", "Level 1", "Level 2", "Level 3", "Level 4"])
        XCTAssertEqual(r.stages.map(\.id), ["informal", "1", "2", "3", "4"])
        XCTAssertEqual(r.stages.map(\.officer), ["Social worker (SW) and Practice Manager (PM)", "Team Manager", "Service Manager", "Strategic Manager",
                                                 "Assistant Director Children's Services/ Director of Children's Services"])
        XCTAssertEqual(r.stages.map { $0.timescale?.wording }, ["Timescale agreed between IRO and SW/PM", "5 working days", "5 working days", "5 working days", "5 working days"])
        XCTAssertEqual(r.stages.map { $0.timescale?.terms }, [[.agreed], [.workingDays(5)], [.workingDays(5)], [.workingDays(5)], [.workingDays(5)]])
    }

    func testCumberlandLevelsAndFormalProcess() throws {
        // Seed 004: levels 1–3 state no timescale; the formal process is "no longer than 7
        // working days" and "within 24 hours" where it relates to child protection.
        let r = try route("cumberland-westmorland-furness/multi-agency")
        XCTAssertEqual(r.raisedBy, [.multiAgency])
        // The Executive Manager/Lead step comes before the formal process, in which an SCP
        // member from neither agency, identified by the SCP Chair, decides.
        XCTAssertEqual(r.stages.map(\.name), ["Level 1", "Level 2", "Level 3", "Executive Manager/Lead", "Formal process"])
        XCTAssertEqual(r.stages.map(\.officer), ["The professionals involved", "The relevant line managers",
                                                 "Relevant service leads, for example, Head teachers, Service Managers, Designated Nurses, Designated GPs and Doctors",
                                                 "An appropriate Executive Manager/Lead (for Cumberland Council and Westmorland and Furness Council Children’s Services the Assistant Director - Children and Families, in other agencies the strategic equivalent), with their equivalent level of management within the agency in dispute",
                                                 "An SCP member who is not from either of the two agencies, identified by the SCP Chair"])
        XCTAssertEqual(r.stages.map(\.kind), [.formal, .formal, .formal, .formal, .decision])
        XCTAssertNotNil(r.stagesCompiled)
        // Level 3 is referred "without delay" (not "not stated"); the formal process's time is a
        // maximum set by the Executive Manager/Lead, and the 24 hours keep their condition and
        // "determined": each cell is the seed's own words.
        let seed = try Self.seedText("004_9b3c276dd4cd4e8f.txt")
        XCTAssertEqual(r.stages.prefix(2).map { $0.timescale }, [nil, nil])
        let level3 = try XCTUnwrap(r.stages[2].timescale)
        XCTAssertEqual(level3.terms, [.immediately])
        XCTAssertTrue(seed.contains(level3.wording), level3.wording)
        XCTAssertNil(r.stages[3].timescale)
        let formal = try XCTUnwrap(r.stages.last?.timescale)
        XCTAssertTrue(seed.contains(formal.wording), formal.wording)
        XCTAssertEqual(formal.terms, [.workingDays(7), .hours(24)])
        XCTAssertEqual(formal.readings.map(\.kind), [.maximum, .deadline])
        XCTAssertEqual(formal.readings.map(\.condition), [nil, "If the issue relates to child protection"])
        XCTAssertTrue(formal.wording.contains("determined within 24 hours"))
        XCTAssertTrue(formal.wording.contains("determined by the Executive Manager/Lead"))
        XCTAssertTrue(seed.contains("within 24 hours"))
    }

    func testBriefingRoutesHaveNoStages() throws {
        for id in ["positive-challenge-briefing/cp-chair", "positive-challenge-briefing/iro"] {
            XCTAssertEqual(try route(id).stages, [], id)
            XCTAssertNil(try route(id).total.sentence, id)
        }
    }

    func testEveryBexleyAndNorthamptonshireOfficerIsInTheSeed() throws {
        for id in ["bexley/cp", "bexley/lac", "northamptonshire/iro-and-cp-chair"] {
            let r = try route(id)
            let seed = try Self.seedText(forPolicy: r.policyID)
            for s in r.stages {
                let officer = try XCTUnwrap(s.officer, "\(id) \(s.name)")
                XCTAssertTrue(seed.contains(Self.normalise(officer)), "\(id) \(s.name): officer “\(officer)” is not in the seed")
                if let wording = s.timescale?.wording, wording.first?.isNumber == false {
                    XCTAssertTrue(seed.contains(Self.normalise(wording)), "\(id) \(s.name): timescale “\(wording)” is not in the seed")
                }
            }
        }
    }

    // MARK: criteria

    func testCriterionCountsMatchTheSeeds() throws {
        // Bexley: 9 CP categories, 11 LAC categories. Northamptonshire Appendix A: 13 + 10 + 3 + 4.
        // Cumberland: 6 areas of disagreement. Briefing: 6 issues each for CP chairs and IROs.
        let counts = try model().routes.map { "\($0.qualifiedID)=\($0.criteria.count)" }
        XCTAssertEqual(counts, [
            "bexley/cp=9", "bexley/lac=11", "cumberland-westmorland-furness/multi-agency=6",
            "northamptonshire/iro-and-cp-chair=30", "positive-challenge-briefing/cp-chair=6", "positive-challenge-briefing/iro=6",
        ])
        let northants = try route("northamptonshire/iro-and-cp-chair")
        var perGroup: [String] = []
        for c in northants.criteria where perGroup.last != c.group { perGroup.append(c.group ?? "-") }
        XCTAssertEqual(perGroup, ["1. General issue", "2. Failure to meet statutory requirements for the child", "3. Care plan implementation", "4. Dispute around the provision of services"])
        XCTAssertEqual(Dictionary(grouping: northants.criteria, by: { $0.group ?? "" }).mapValues(\.count),
                       ["1. General issue": 13, "2. Failure to meet statutory requirements for the child": 10, "3. Care plan implementation": 3, "4. Dispute around the provision of services": 4])
    }

    func testEveryCriterionTitleAppearsInItsSeed() throws {
        for r in try model().routes {
            let seed = try Self.seedText(forPolicy: r.policyID)
            XCTAssertFalse(seed.isEmpty, r.qualifiedID)
            for c in r.criteria {
                XCTAssertTrue(seed.contains(Self.normalise(c.title)), "\(r.qualifiedID): criterion title “\(c.title)” is not in the seed")
            }
        }
    }

    func testEveryCriterionDescriptionParagraphAppearsInItsSeed() throws {
        for r in try model().routes {
            let seed = try Self.seedText(forPolicy: r.policyID)
            for c in r.criteria where !c.description.isEmpty {
                for paragraph in c.description.components(separatedBy: "\n\n") {
                    XCTAssertTrue(seed.contains(Self.normalise(paragraph)), "\(r.qualifiedID) \(c.id): “\(paragraph)” is not in the seed")
                }
            }
        }
    }

    func testLACOnlyItemsApplyToTheIROOnly() throws {
        let r = try route("northamptonshire/iro-and-cp-chair")
        let iroOnly = r.criteria.filter { $0.appliesTo == [.iro] }.map(\.title)
        XCTAssertEqual(iroOnly, [
            "IRO not in agreement with the Care Plan. (LAC only);",
            "Delays in applications for passports etc. LAC only);",
            "Delay in life story work. (LAC only);",
            "IRO not being consulted about final care plan (court) (LAC only).",
            "No up to date/poor quality pathway plan. (LAC only);",
            "No up to date/poor quality PEP. (LAC only);",
            "No up to date/poor quality health assessment. (LAC only);",
            "No up to date/poor quality Placement Plan. (LAC only);",
        ])
        XCTAssertTrue(r.criteria.filter { $0.appliesTo != [.iro] }.allSatisfy { $0.appliesTo == [.iro, .cpChair] })
    }

    func testQuotedPassagesAreVerbatim() throws {
        for r in try model().routes {
            let seed = try Self.seedText(forPolicy: r.policyID)
            for (label, text) in [("bypass", r.bypass), ("finalStep", r.finalStep), ("rights", r.rights)] {
                guard let text else { continue }
                XCTAssertTrue(seed.contains(Self.normalise(text)), "\(r.qualifiedID) \(label): “\(text)” is not in the seed")
            }
        }
        XCTAssertTrue(try route("bexley/lac").finalStep?.contains("refer the matter to Cafcass") == true)
        XCTAssertTrue(try route("cumberland-westmorland-furness/multi-agency").finalStep?.contains("SCP Chair") == true)
        XCTAssertNotNil(try route("bexley/lac").bypass)
    }

    // MARK: structure, as the seeds state it (issue 13)

    func testBexleyCafcassIsAnActionNotAStage() throws {
        // Seed 001: "Escalation to Cafcass | At any time": the IRO "has the power to refer the
        // matter to Cafcass at any point", not an officer responding by a deadline.
        let lac = try route("bexley/lac")
        XCTAssertEqual(lac.stages.map(\.kind), [.formal, .formal, .formal, .formal, .action])
        XCTAssertEqual(lac.formalStages.count, 4)
        XCTAssertEqual(lac.nextStageNotes.map(\.quote), ["Once the escalation has been raised, the IRO can consider requests from managers for further time to provide a resolution to the escalation, before further escalation to the next stage."])
        XCTAssertEqual(try route("bexley/cp").nextStageNotes.map(\.quote), ["Once the escalation has been raised, the CP Chair can consider requests from managers for further time to provide a resolution to the escalation, before further escalation to the next stage."])
    }

    func testBexleyCollaborativeAuditIsNotPartOfACriterion() throws {
        // Seed 000/001: the collaborative-audit paragraph is a separate item (❖ in the LAC part).
        for (id, criterion) in [("bexley/cp", "case-management-review-cmr-panel"), ("bexley/lac", "concerns-about-progress-of-the-child")] {
            let c = try XCTUnwrap(try route(id).criteria.first { $0.id == criterion }, criterion)
            XCTAssertFalse(c.description.contains("collaborative audit"), "\(id) \(criterion): \(c.description)")
            XCTAssertFalse(c.description.contains("\n\n"), "\(id) \(criterion): one paragraph")
        }
    }

    func testNorthamptonshireInformalStageAndIROOnlyItems() throws {
        // Seed 002: "four levels to the formal resolution process" plus an informal stage;
        // the CAFCASS referral is the IRO's ("For IRO only"); "(LAC only)" criteria are the IRO's.
        let r = try route("northamptonshire/iro-and-cp-chair")
        XCTAssertEqual(r.stages.map(\.kind), [.informal, .formal, .formal, .formal, .formal])
        XCTAssertEqual(r.stageCountPhrase, "4 formal stages and 1 informal stage")
        XCTAssertEqual(r.finalStepFor, [.iro])
        XCTAssertEqual(r.nextStageNotes.map(\.after), ["informal"])
        XCTAssertTrue(r.nextStageNotes[0].quote.contains("following discussion and agreement with their immediate line manager"))
        let lacOnly = r.criteria.filter { $0.title.contains("LAC only") }
        XCTAssertEqual(lacOnly.count, 8)
        XCTAssertTrue(lacOnly.allSatisfy { $0.appliesTo == [.iro] })
    }

    func testCumberlandHeadingTheSourceLacksIsMarkedAsAdded() throws {
        let policy = try XCTUnwrap(try model().policy("cumberland-westmorland-furness"))
        XCTAssertFalse(policy.headings.contains { $0.text == "Potential areas of disagreement" })
        XCTAssertTrue(policy.headings.contains { $0.text == "Potential areas of disagreement (heading added by PolicyGuide)" })
        XCTAssertEqual(try route("cumberland-westmorland-furness/multi-agency").stagesCompiled,
                       "This table is compiled by PolicyGuide from the levels described in the policy; the policy itself has no table.")
    }

    func testReviewNoticeQuotesTheDateThePolicyGives() throws {
        // Seed 002: "This chapter was added to the manual in February 2018" (no update date).
        let model = try model()
        let notice = try XCTUnwrap(PolicyLint(model: model).reviewNotice(try XCTUnwrap(model.policy("northamptonshire"))))
        XCTAssertTrue(notice.lowercased().contains("added to the manual in february 2018"), notice)
        XCTAssertFalse(notice.contains("last updated"), notice)
    }

    func testSummariesAndGlossaryClaimOnlyWhatThePoliciesSay() throws {
        let model = try model()
        for checklist in model.checklists {
            XCTAssertFalse(checklist.summary?.contains("each policy") ?? false, "\(checklist.id): \(checklist.summary ?? "")")
        }
        let dcs = try XCTUnwrap(model.glossary.first { $0.term == "DCS" })
        XCTAssertFalse(dcs.definition.contains("Bexley's stage 4 is the Director"), dcs.definition)
    }

    // MARK: checklists

    func testEveryChecklistItemAppearsInSomeSeed() throws {
        var texts: [String] = []
        for file in ["000_7aead3c2fbd52441.txt", "001_a33f50ddc644549d.txt", "002_45516883b600d204.txt", "003_321ff89892e2e98e.txt", "004_9b3c276dd4cd4e8f.txt"] {
            texts.append(try Self.seedText(file))
        }
        let all = texts.joined(separator: "\n")
        let model = try model()
        XCTAssertEqual(model.checklists.map(\.id), ["significant-changes", "conference-readiness", "review-triggers"])
        var checked = 0
        for checklist in model.checklists {
            for item in checklist.items {
                var text = item.text.trimmingCharacters(in: .whitespaces)
                // A quoted criterion is quoted by the checklist, not by the policy.
                if text.hasPrefix("“") && text.hasSuffix("”") { text = String(text.dropFirst().dropLast()) }
                XCTAssertFalse(text.isEmpty)
                XCTAssertTrue(all.contains(Self.normalise(text)), "\(checklist.id): item “\(text)” is in no seed")
                XCTAssertNotNil(item.source, "\(checklist.id): “\(text)” has no source")
                checked += 1
            }
        }
        XCTAssertEqual(checked, 41) // 19 + 11 + 11 items ("- [ ]" checks and one "- " note) in the three files
    }

    func testChecklistItemsAreChecksQuotedFailuresOrNotesAndNoneIsCutShort() throws {
        let model = try model()
        for checklist in model.checklists {
            for section in checklist.sections {
                for item in section.items {
                    // A failure a policy escalates is quoted, and only under a heading that says what it is.
                    let quoted = item.text.hasPrefix("“")
                    XCTAssertEqual(quoted, section.title?.contains("what the policy escalates") ?? false, "\(checklist.id): \(item.text)")
                    XCTAssertFalse(item.text.contains("(escalation criterion)"), item.text)
                }
            }
        }
        // Guidance that is not a task is a note, without a box.
        let triggers = try XCTUnwrap(model.checklists.first { $0.id == "review-triggers" })
        let guidance = try XCTUnwrap(triggers.items.first { $0.text.hasPrefix("A review will not be required for every change") })
        XCTAssertFalse(guidance.isCheck)
        XCTAssertEqual(triggers.items.filter { !$0.isCheck }.count, 1)
        // Seed 002's item ends "including;": printed as worded, with a note saying so, never completed.
        let changes = try XCTUnwrap(model.checklists.first { $0.id == "significant-changes" })
        let panel = try XCTUnwrap(changes.items.first { $0.text.hasPrefix("Outcomes of any Panel applications") })
        XCTAssertEqual(panel.text, "Outcomes of any Panel applications or presentations including;")
        XCTAssertTrue(try Self.seedText("002_45516883b600d204.txt").contains("Outcomes of any Panel applications or presentations including;"))
        let note = try XCTUnwrap(panel.notes.first).plainText
        XCTAssertTrue(note.contains("ends here") && note.contains("does not say what is included"), note)
    }

    func testEveryChecklistSourceCitesARealHeading() throws {
        let model = try model()
        for checklist in model.checklists {
            for item in checklist.items {
                let source = try XCTUnwrap(item.source)
                let policy = try XCTUnwrap(model.policy(source.policyID), source.policyID)
                if let anchor = source.anchor {
                    XCTAssertTrue(policy.headings.contains { $0.anchor == anchor }, "\(checklist.id): #\(anchor) is not a heading of \(policy.id)")
                }
            }
        }
    }
}
