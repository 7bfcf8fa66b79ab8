import Markdown
import PolicyModel
import Yams

/// Reads one `policies/<id>/policy.md`: provenance from the front matter, routes from the
/// headings it names, stages from the conventional table, criteria from headings or lists.
struct PolicyLoader {
    let id: String
    /// Path as shown in diagnostics (`content/policies/bexley/policy.md`).
    let file: String
    var diagnostics: [Diagnostic] = []

    static let policyFields = ["authority", "title", "source", "version", "added", "updated", "reviewDue", "changes", "routes", "url"]
    static let routeFields = ["id", "title", "raisedBy", "section", "stages", "criteria", "bypass", "finalStep", "finalStepFor", "rights",
                              "stagesCompiled", "informalStages", "actionStages", "decisionStages", "nextStage"]
    /// The route fields that list stage ids, and the kind each gives its stages.
    static let kindFields: [(field: String, kind: StageKind)] = [("informalStages", .informal), ("actionStages", .action), ("decisionStages", .decision)]
    static let stageColumns = ["Stage", "Responsible officer", "Timescale"]

    init(id: String, file: String) {
        self.id = id
        self.file = file
    }

    func loc(_ p: SourcePosition) -> SourceLocation { SourceLocation(file: file, line: p.line, column: p.column) }

    mutating func error(_ at: SourceLocation, _ message: String) { diagnostics.append(Diagnostic(.error, at, message)) }
    mutating func warning(_ at: SourceLocation, _ message: String) { diagnostics.append(Diagnostic(.warning, at, message)) }

    /// The policy and its parsed full text; nil when the file is too broken to give one.
    mutating func load(_ text: String) -> (policy: Policy, text: MarkdownNode)? {
        let top = SourceLocation(file: file, line: 1, column: 1)
        let split: FrontMatter, node: YamsNode?
        switch FrontMatter.parse(text, file: file, missingHint: "the fields authority, title, source and routes") {
        case .failure(let d): diagnostics.append(d); return nil
        case .success(let parsed): (split, node) = parsed
        }
        var fields = YAMLFields(node, file: file, lineOffset: split.yamlFirstLine - 1, known: Self.policyFields, fallback: top, what: "policy front matter")
        let authority = fields.string("authority", required: true)
        let title = fields.string("title", required: true)
        let source = fields.string("source", required: true)
        let version = fields.string("version", required: false)
        let url = fields.webAddress("url")
        let added = fields.date("added")
        let updated = fields.date("updated")
        let reviewDue = fields.date("reviewDue")
        var changes: [ChangeNote] = []
        for change in fields.mappings("changes") ?? [] {
            var c = YAMLFields(change, file: file, lineOffset: fields.lineOffset, known: ["date", "note"], fallback: fields.location(of: change), what: "a change note")
            if let d = c.date("date", required: true), let n = c.string("note", required: true) { changes.append(ChangeNote(date: d, note: n)) }
            fields.absorb(c)
        }
        let routeNodes = fields.mappings("routes") ?? []
        diagnostics += fields.diagnostics

        let (body, exceeded) = MarkdownParser.parseBounded(split.body, lineOffset: split.bodyLineOffset)
        if let exceeded {
            diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: exceeded.position.line, column: exceeded.position.column), exceeded.message))
            // An unparsed body: any further finding would only follow from the missing text.
            if case .tableCells = exceeded { return nil }
        }
        // One walk over the text for its headings, links and raw HTML.
        let (headings, links) = scanText(body)
        let sections = BodySections(body)
        if body.children.isEmpty && routeNodes.isEmpty {
            error(top, "empty policy: it has no text and no routes. Add the policy's full text below the front matter.")
        }

        var routes: [Route] = []
        for routeNode in routeNodes {
            if let route = loadRoute(routeNode, lineOffset: split.yamlFirstLine - 1, sections: sections, headings: headings) {
                if routes.contains(where: { $0.id == route.id }) {
                    error(route.location, "duplicate route id '\(route.id)' in this policy: each route needs its own id.")
                } else {
                    routes.append(route)
                }
            }
        }
        guard let authority, let title, let source else { return nil }
        let policy = Policy(id: id, authority: authority, title: title, source: source, version: version, added: added,
                            updated: updated, reviewDue: reviewDue, changes: changes, routes: routes, links: links,
                            headings: headings, file: file, url: url)
        return (policy, body)
    }

    /// The text's headings (`heading` below) and links, in one walk; raw HTML (dropped)
    /// is reported.
    mutating func scanText(_ body: MarkdownNode) -> (headings: [Heading], links: [LinkReference]) {
        var seen: [String: Int] = [:]
        var headings: [Heading] = []
        var found: [SourcePosition] = []
        var links: [LinkReference] = []
        let file = self.file
        body.forEach { node in
            switch node.kind {
            case .heading(let level): headings.append(Self.heading(node, level: level, file: file, seen: &seen))
            case .htmlBlock, .htmlInline: found.append(node.position)
            case .link(let destination, _), .image(let destination, _):
                links.append(LinkReference(destination: destination, location: SourceLocation(file: file, line: node.position.line, column: node.position.column)))
            default: break
            }
        }
        reportRawHTML(at: found)
        return (headings, links)
    }

    /// A heading at any depth, with an anchor unique in document order (a repeated heading
    /// gets "-1", "-2" like GitHub): `seen` counts the anchors given so far.
    static func heading(_ node: MarkdownNode, level: Int, file: String, seen: inout [String: Int]) -> Heading {
        let text = node.plainText.trimmingWhitespace
        let base = Slug.make(text)
        var anchor = base
        if let n = seen[base] {
            anchor = "\(base)-\(n)"
            seen[base] = n + 1
        } else {
            seen[base] = 1
        }
        return Heading(level: level, text: text, anchor: anchor,
                       location: SourceLocation(file: file, line: node.position.line, column: node.position.column))
    }

    mutating func reportRawHTML(at found: [SourcePosition]) {
        for p in found {
            diagnostics.append(Diagnostic(.warning, loc(p), "raw HTML is never published and has been dropped: write Markdown instead (e.g. **bold**, [link](…))."))
        }
    }

    mutating func loadRoute(_ node: Node, lineOffset: Int, sections: BodySections, headings: [Heading]) -> Route? {
        var f = YAMLFields(node, file: file, lineOffset: lineOffset, known: Self.routeFields,
                           fallback: SourceLocation(file: file, line: 1, column: 1), what: "a route")
        let routeLocation = f.location(of: node)
        let rid = f.string("id", required: true)
        let title = f.string("title", required: true)
        var raisers: [Raiser] = []
        if let list = f.strings("raisedBy") {
            for (value, at) in list {
                if let r = Raiser(rawValue: value) { raisers.append(r) }
                else {
                    let names = Raiser.allCases.map(\.rawValue)
                    diagnostics.append(Diagnostic(.error, at, "unknown raiser '\(value)'.\(Suggestion.phrase(for: value, in: names)) Use one of: \(names.joined(separator: ", "))."))
                }
            }
        } else {
            diagnostics.append(Diagnostic(.error, routeLocation, "missing required field 'raisedBy' (one or more of: cp-chair, iro, multi-agency)."))
        }
        let sectionName = f.string("section", required: false)
        let stagesName = f.string("stages", required: false)
        let criteriaName = f.string("criteria", required: false)
        let bypass = f.string("bypass", required: false)
        let finalStep = f.string("finalStep", required: false)
        let rights = f.string("rights", required: false)
        let sectionLoc = f.keyLocation("section"), stagesLoc = f.keyLocation("stages"), criteriaLoc = f.keyLocation("criteria")
        let finalStepFor = raisersField(&f, "finalStepFor")
        let compiled = compiledCaveat(&f)
        var kindLists: [(ids: [(String, SourceLocation)], kind: StageKind)] = []
        for (field, kind) in Self.kindFields { if let ids = f.strings(field) { kindLists.append((ids, kind)) } }
        let moveNodes = f.mappings("nextStage") ?? []
        var moves: [(note: NextStageNote, at: SourceLocation)] = []
        for node in moveNodes {
            var m = YAMLFields(node, file: file, lineOffset: f.lineOffset, known: ["after", "quote"], fallback: f.location(of: node), what: "a nextStage entry")
            let after = m.string("after", required: false)
            if let quote = m.string("quote", required: true) {
                moves.append((NextStageNote(after: after == "every" ? nil : after, quote: quote), m.keyLocation("after")))
            }
            f.absorb(m)
        }
        diagnostics += f.diagnostics
        guard let rid, let title else { return nil }
        if !Slug.isValidID(rid) {
            error(routeLocation, "route id '\(rid)' is not a valid id: use lower-case letters, digits and hyphens (e.g. 'lac').")
            return nil
        }
        var range = 0..<sections.blocks.count
        var sectionAnchor: String? = nil
        if let sectionName {
            let found = sections.headings(named: sectionName, in: range)
            if found.count == 1 {
                range = sections.section(of: found[0])
                let p = sections.blocks[found[0]].position
                sectionAnchor = headings.first(where: { $0.location.line == p.line })?.anchor
            } else {
                error(sectionLoc, found.isEmpty
                      ? "no heading '\(sectionName)' in the text for this route's section.\(Suggestion.phrase(for: sectionName, in: headings.map(\.text)))"
                      : "heading '\(sectionName)' appears \(found.count) times: the route's section must name exactly one.")
            }
        }
        var stages: [Stage] = []
        if let stagesName, let at = uniqueHeading(stagesName, purpose: "stages", declared: stagesLoc, sections: sections, range: range, headings: headings) {
            stages = loadStages(sections: sections, under: at, declared: stagesLoc, raisers: raisers)
        }
        applyKinds(kindLists, to: &stages)
        for (note, at) in moves {
            if let after = note.after, !stages.contains(where: { $0.id == after }) {
                error(at, "nextStage: no stage '\(after)' in this route. Write 'after:' with a stage id (\(stages.map(\.id).joined(separator: ", "))) or 'every' for words that apply after every stage.")
            }
        }
        if compiled != nil && stages.isEmpty {
            error(f.keyLocation("stagesCompiled"), "stagesCompiled is set but this route has no stages table: add 'stages:' naming the heading of the table you compiled, or remove stagesCompiled.")
        }
        var criteria: [Criterion] = []
        if let criteriaName, let at = uniqueHeading(criteriaName, purpose: "criteria", declared: criteriaLoc, sections: sections, range: range, headings: headings) {
            criteria = loadCriteria(sections: sections, under: at, raisers: raisers)
        } else if criteriaName == nil {
            diagnostics.append(Diagnostic(.note, routeLocation, "route '\(rid)' lists no criteria: the picker and `policyguide escalate` give the stage wording with a [REASON FOR ESCALATION] placeholder. If the policy lists reasons for escalating, add 'criteria:' naming the heading they are under."))
        }
        return Route(id: rid, policyID: id, title: title, raisedBy: raisers, stages: stages, criteria: criteria,
                     bypass: bypass, finalStep: finalStep, rights: rights, sectionAnchor: sectionAnchor, location: routeLocation,
                     finalStepFor: finalStepFor, nextStageNotes: moves.map(\.note), stagesCompiled: compiled)
    }

    /// A route field listing raisers (`finalStepFor: [iro]`), with an error naming the valid ones.
    mutating func raisersField(_ f: inout YAMLFields, _ key: String) -> [Raiser] {
        var out: [Raiser] = []
        for (value, at) in f.strings(key) ?? [] {
            if let r = Raiser(rawValue: value) { out.append(r) }
            else {
                let names = Raiser.allCases.map(\.rawValue)
                diagnostics.append(Diagnostic(.error, at, "unknown raiser '\(value)' in '\(key)'.\(Suggestion.phrase(for: value, in: names)) Use one of: \(names.joined(separator: ", "))."))
            }
        }
        return out
    }

    /// `stagesCompiled`: `true` for the standard caveat, or the author's own words for it.
    func compiledCaveat(_ f: inout YAMLFields) -> String? {
        guard let value = f.string("stagesCompiled", required: false) else { return nil }
        switch value.lowercased() {
        case "true", "yes": return Route.compiledCaveat
        case "false", "no": return nil
        default: return value
        }
    }

    /// Marks the stages listed in `informalStages`, `actionStages` and `decisionStages`; a
    /// stage named "Informal …" is informal without being listed.
    mutating func applyKinds(_ lists: [(ids: [(String, SourceLocation)], kind: StageKind)], to stages: inout [Stage]) {
        for i in stages.indices where stages[i].name.lowercased().hasPrefix("informal") { stages[i].kind = .informal }
        for (ids, kind) in lists {
            let field = Self.kindFields.first(where: { $0.kind == kind })!.field
            for (sid, at) in ids {
                guard let i = stages.firstIndex(where: { $0.id == sid }) else {
                    error(at, "\(field): no stage '\(sid)' in this route. Write the stage's id: \(stages.isEmpty ? "the route has no stages table" : stages.map(\.id).joined(separator: ", ")).")
                    continue
                }
                stages[i].kind = kind
            }
        }
    }

    /// The one heading named `name` in the route's part, or an error saying why there is not one.
    mutating func uniqueHeading(_ name: String, purpose: String, declared: SourceLocation, sections: BodySections,
                                range: Range<Int>, headings: [Heading]) -> Int? {
        let found = sections.headings(named: name, in: range)
        if found.count == 1 { return found[0] }
        error(declared, found.isEmpty
              ? "no heading '\(name)' in this route's part of the text (\(purpose)).\(Suggestion.phrase(for: name, in: headings.map(\.text)))"
              : "heading '\(name)' appears \(found.count) times in this route's part: name exactly one.")
        return nil
    }

    mutating func loadStages(sections: BodySections, under heading: Int, declared: SourceLocation, raisers: [Raiser]) -> [Stage] {
        guard let tableIndex = sections.section(of: heading).first(where: { sections.blocks[$0].kind == .table }) else {
            error(loc(sections.blocks[heading].position), "no table under the stages heading: add a table with the columns \(Self.stageColumns.joined(separator: " | ")).")
            return []
        }
        let table = sections.blocks[tableIndex]
        guard let header = table.children.first else { return [] }
        let columns = header.children.map { $0.plainText.trimmingWhitespace }
        if columns.map({ $0.lowercased() }) != Self.stageColumns.map({ $0.lowercased() }) {
            error(loc(table.position), "the stages table has columns \(columns.map { "'\($0)'" }.joined(separator: ", ")); the convention is exactly \(Self.stageColumns.joined(separator: " | ")).")
            return []
        }
        var stages: [Stage] = []
        for row in table.children.dropFirst() {
            let cells = row.children.map { $0.plainText.trimmingWhitespace }
            let at = loc(row.position)
            let name = cells.count > 0 ? cells[0] : ""
            guard !name.isEmpty else { error(at, "a stage row has no name in its first column."); continue }
            let officer = cells.count > 1 && !cells[1].isEmpty ? cells[1] : nil
            var timescale: Timescale? = nil
            if cells.count > 2, !cells[2].isEmpty {
                // Published as worded whatever it says; what cannot be read is only a warning.
                let t = Timescale(wording: cells[2])
                timescale = t
                let cellAt = row.children.count > 2 ? loc(row.children[2].position) : at
                for clause in t.unread { warning(cellAt, TimescaleNotice.unread(clause, in: t.wording)) }
            }
            // ASCII digits only (stageID): other scripts' digits (٣, ½, Ⅷ) would make ids outside [a-z0-9-].
            let sid = Self.stageID(name)
            if let other = stages.first(where: { $0.id == sid }) {
                error(at, "duplicate stage id '\(sid)' ('\(name)', as '\(other.name)' on line \(other.location.line)): stage names must give distinct numbers or names. A sub-step is written with its letter, e.g. 'Step 4a' and 'Step 4b'.")
                continue
            }
            let applies = Raiser.applicability(of: name + " " + (officer ?? ""), among: raisers)
            stages.append(Stage(id: sid, order: stages.count + 1, name: name, officer: officer, timescale: timescale,
                                appliesTo: applies == raisers ? [] : applies, location: at))
        }
        if stages.isEmpty { error(loc(table.position), "the stages table has no rows.") }
        return stages
    }

    /// A stage's id from its name: the first number with a sub-step letter that follows it
    /// ("Step 4a" → "4a", "Level 2" → "2"), else the slugged name ("informal").
    static func stageID(_ name: String) -> String {
        let chars = Array(name)
        guard let start = chars.firstIndex(where: { $0.isASCII && $0.isNumber }) else { return Slug.make(name) }
        var end = start
        while end < chars.count, chars[end].isASCII, chars[end].isNumber { end += 1 }
        var id = String(chars[start..<end])
        // One letter straight after the number, not the start of a word ("4a", not "4 and").
        if end < chars.count, chars[end].isASCII, chars[end].isLetter, end + 1 == chars.count || !(chars[end + 1].isLetter) {
            id += chars[end].lowercased()
        }
        return id
    }

    mutating func loadCriteria(sections: BodySections, under heading: Int, raisers: [Raiser]) -> [Criterion] {
        var criteria: [Criterion] = []
        let range = sections.section(of: heading)
        let level = sections.level(heading)!
        var i = range.lowerBound
        var sawSubheading = false
        while i < range.upperBound {
            let block = sections.blocks[i]
            if case .heading(let l) = block.kind, l == level + 1 {
                sawSubheading = true
                let sub = sections.section(of: i)
                let title = block.plainText.trimmingWhitespace
                let blocks = sub.map { sections.blocks[$0] }
                let firstList = blocks.firstIndex(where: Self.isList)
                let lead = blocks[..<(firstList ?? blocks.count)].filter { $0.kind == .paragraph }
                let groupApplies = Raiser.applicability(of: title, among: raisers)
                if let firstList, lead.isEmpty || lead.last!.plainText.trimmingWhitespace.hasSuffix(":") {
                    // A group: the list (after an optional lead-in ending in a colon) holds the criteria.
                    for list in blocks[firstList...] where Self.isList(list) {
                        addItems(&criteria, list: list, group: title, raisers: groupApplies)
                    }
                } else {
                    // A criterion: its description is the paragraphs before any list. A list
                    // after them is a separate item of the policy, never merged into it.
                    let description = lead.map { $0.plainText.trimmingWhitespace }.joined(separator: "\n\n")
                    add(&criteria, title: title, description: description, group: nil, at: loc(block.position), raisers: groupApplies)
                    if let firstList {
                        diagnostics.append(Diagnostic(.note, loc(blocks[firstList].position), "this list follows the description of criterion '\(title)' and is read as neither part of it nor as criteria (it stays in the full text). If its items are criteria, end the paragraph before it with a colon ('… the following:') or start the section with the list."))
                    }
                }
                i = sub.upperBound
                continue
            }
            if Self.isList(block), !sawSubheading {
                addItems(&criteria, list: block, group: nil, raisers: raisers)
            }
            i += 1
        }
        if criteria.isEmpty {
            error(loc(sections.blocks[heading].position), "no criteria under this heading: add sub-headings (one per criterion) or a list.")
        }
        return criteria
    }

    static func isList(_ node: MarkdownNode) -> Bool {
        if case .list = node.kind { return true }
        return false
    }

    /// Each item of `list` is a criterion (its first paragraph the title, later paragraphs
    /// the description), except an item holding a list of its own: its words name a group,
    /// and the inner list's items are the criteria. In a list where some items hold lists, the
    /// items that do not are the policy's numbered paragraphs around them, not criteria.
    mutating func addItems(_ criteria: inout [Criterion], list: MarkdownNode, group: String?, raisers: [Raiser]) {
        let numberedParagraphs = list.children.contains { $0.children.contains(where: Self.isList) }
        for item in list.children {
            let paragraphs = item.children.filter { $0.kind == .paragraph }.map { $0.plainText.trimmingWhitespace }
            let nested = item.children.filter(Self.isList)
            let text = paragraphs.first ?? item.plainText.trimmingWhitespace
            if nested.isEmpty && numberedParagraphs {
                diagnostics.append(Diagnostic(.note, loc(item.position), "this item holds no list while others in its list do, so it is read as a paragraph of the policy, not as a criterion (it stays in the full text). If it is a criterion, give it a list of its own or move it into one."))
                continue
            }
            if nested.isEmpty {
                add(&criteria, title: text, description: paragraphs.dropFirst().joined(separator: "\n\n"), group: group, at: loc(item.position), raisers: raisers)
                continue
            }
            let inner = group.map { "\($0): \(text)" } ?? text
            let applies = Raiser.applicability(of: text, among: raisers)
            for sublist in nested {
                for subitem in sublist.children {
                    if let deeper = subitem.children.first(where: Self.isList) {
                        error(loc(deeper.position), "criteria nested more than two lists deep cannot be read: make the items of this list criteria of their own (one list under a heading), or put them under a sub-heading of the criteria heading.")
                        continue
                    }
                    let subParagraphs = subitem.children.filter { $0.kind == .paragraph }.map { $0.plainText.trimmingWhitespace }
                    add(&criteria, title: subParagraphs.first ?? subitem.plainText.trimmingWhitespace, description: subParagraphs.dropFirst().joined(separator: "\n\n"),
                        group: inner, at: loc(subitem.position), raisers: applies)
                }
            }
        }
    }

    mutating func add(_ criteria: inout [Criterion], title: String, description: String, group: String?, at: SourceLocation, raisers: [Raiser]) {
        guard !title.isEmpty else { error(at, "a criterion has no title."); return }
        let cid = Slug.id(title)
        if Slug.reservedNames.contains(cid) {
            error(at, "criterion title '\(title)' gives the reserved id '\(cid)' (it would clash with a page or a device name): make the title more specific.")
            return
        }
        if criteria.contains(where: { $0.id == cid }) {
            error(at, "duplicate criterion id '\(cid)' in this route: two criteria have the same title.")
            return
        }
        let applies = Raiser.applicability(of: title, among: raisers)
        criteria.append(Criterion(id: cid, title: title, description: description, group: group, appliesTo: applies, location: at))
    }
}
