import PolicyModel

/// A route's escalation ladder as inline SVG, drawn at build time: one box per stage (name,
/// officer, timescale), arrows between them, and the route's exit (Cafcass, SCP Chair) below
/// the ladder. Labelled with `<title>`/`<desc>`; the stages table is its text equivalent.
enum LadderDiagram {
    // Narrow on purpose: the drawing scales down on a phone, so it is laid out for one at
    // 360 units wide with the exit below the ladder rather than beside it.
    static let width = 360
    static let boxWidth = 340
    static let lineHeight = 20
    static let wrapAt = 38
    // Timescale lines are bold, and bold glyphs are wider: at 38 characters a line of about 37
    // ran past the box's edge, so they wrap sooner.
    static let timeWrapAt = 32

    /// The ladder of `route` with `id` on its title and description.
    static func svg(_ route: Route, id: String) -> String { drawing(route)?.svg(id: id) ?? "" }

    /// A route's ladder drawn once, for every page that shows it (each gives its own ids).
    struct Drawing {
        let height: Int
        let title: String
        let desc: String
        let body: [UInt8]
        let compiled: Bool

        func svg(id: String) -> String {
            var out = HTMLWriter(capacity: body.count + 1024)
            svg(id: id, into: &out)
            return String(decoding: out.bytes, as: UTF8.self)
        }

        /// `svg(id:)` written into a page.
        func svg(id: String, into out: inout HTMLWriter) {
            out += "<figure class=\"ladder\">\n<svg viewBox=\"0 0 "; out.number(LadderDiagram.width); out += " "; out.number(height)
            out += "\" role=\"img\" aria-labelledby=\""; out += id; out += "-title "; out += id; out += "-desc\" focusable=\"false\">\n<title id=\""
            out += id; out += "-title\">Escalation ladder: "; out += title; out += "</title>\n<desc id=\""; out += id; out += "-desc\">"; out += desc
            out += "</desc>\n"; out += body; out += "</svg>\n<figcaption>Escalation ladder, read top to bottom"
            if compiled { out += ", drawn from a table compiled by PolicyGuide from the policy's text (the policy has no table)" }
            out += ". The table below gives the same information as text.</figcaption>\n</figure>\n"
        }
    }

    /// The drawing of `route`'s ladder; nil for a route without stages.
    static func drawing(_ route: Route) -> Drawing? {
        guard !route.stages.isEmpty else { return nil }
        var body = HTMLWriter(capacity: 2048)
        var y = 10
        // Levels form the ladder; an action is not a rung (it is taken at the raiser's
        // choice), so it is drawn below the ladder like the exit.
        let levels = route.stages.filter(\.isLevel)
        let actions = route.stages.filter { !$0.isLevel }
        func text(_ line: String, y: Int, cls: String) {
            body += "<text x=\"24\" y=\""; body.number(y); body += "\" class=\""; body += cls; body += "\">"; body.escaping(line); body += "</text>\n"
        }
        func box(y: Int, height: Int, cls: String) {
            body += "<rect x=\"10\" y=\""; body.number(y); body += "\" width=\""; body.number(boxWidth); body += "\" height=\""; body.number(height)
            body += "\" rx=\"6\" class=\""; body += cls; body += "\"/>\n"
        }
        for (i, stage) in levels.enumerated() {
            let all = lines(for: stage)
            let h = all.lines.count * lineHeight + 16
            box(y: y, height: h, cls: "ladder-box")
            for (j, line) in all.lines.enumerated() {
                text(line, y: y + 24 + j * lineHeight, cls: j == 0 ? "ladder-name" : (j >= all.timescaleFrom ? "ladder-time" : "ladder-text"))
            }
            y += h
            if i < levels.count - 1 {
                body += "<path d=\"M 180 "; body.number(y + 2); body += " L 180 "; body.number(y + 22); body += "\" class=\"ladder-arrow\"/>\n"
                body += "<path d=\"M 172 "; body.number(y + 14); body += " L 180 "; body.number(y + 24); body += " L 188 "; body.number(y + 14)
                body += "\" class=\"ladder-arrow\"/>\n"
                y += 28
            }
        }
        var exits = actions.map { lines(for: $0).lines }
        if let exit = exitLabel(route) { exits.append(wrap(exit, width: wrapAt)) }
        for lines in exits {
            y += 14
            box(y: y, height: lines.count * lineHeight + 16, cls: "ladder-exit")
            for (j, line) in lines.enumerated() { text(line, y: y + 24 + j * lineHeight, cls: "ladder-text") }
            y += lines.count * lineHeight + 16
        }
        let height = y + 10
        let desc = route.stages.map { s in
            "\(s.name) (\(StagesTable.kindLabel(s, in: route))): \(prefix(s))\(s.officer ?? "officer not stated"), \(s.timescale?.wording ?? "timescale not stated")"
        }.joined(separator: "; ") + (exitLabel(route).map { ". \($0)" } ?? "")
        return Drawing(height: height, title: HTML.escape(route.title), desc: HTML.escape(desc), body: body.bytes, compiled: route.stagesCompiled != nil)
    }

    /// A stage's lines in its box, and the index where its timescale lines start: the name
    /// with its kind, who (or, for an action, what), and the timescale.
    static func lines(for stage: Stage) -> (lines: [String], timescaleFrom: Int) {
        var name = stage.name
        switch stage.kind {
        case .informal: name += " (informal, not a formal level)"
        case .action: name += " (action, not a level)"
        case .decision: name += " (decision)"
        case .formal: break
        }
        var lines = wrap(name, width: wrapAt)
        lines += wrap(prefix(stage) + (stage.officer ?? "Officer not stated"), width: wrapAt)
        let timescale: String
        switch stage.kind {
        case .action: timescale = stage.timescale.map { "When: " + $0.wording } ?? "Timescale not stated"
        case .decision: timescale = stage.timescale.map { "Timescale: " + $0.wording } ?? "Timescale not stated"
        // A neutral label: the policy's own words often begin "Within" or "No longer than".
        case .formal, .informal: timescale = stage.timescale.map { "Timescale: " + $0.wording } ?? "Timescale not stated"
        }
        var timescaleLines = wrap(timescale, width: timeWrapAt)
        if timescaleLines.isEmpty { timescaleLines = [""] }
        return (lines + timescaleLines, lines.count)
    }

    /// "Action: " or "Decided by: " before an action's or a decision's words.
    static func prefix(_ stage: Stage) -> String {
        switch stage.kind {
        case .action: return "Action: "
        case .decision: return "Decided by: "
        case .formal, .informal: return ""
        }
    }

    /// Short label of the route's exit. It names no one: who takes the final step is in the
    /// policy's own words, quoted below the ladder.
    static func exitLabel(_ route: Route) -> String? {
        guard route.finalStep != nil else { return nil }
        let only = route.finalStepFor.isEmpty ? "" : " (\(Raiser.phrase(route.finalStepFor)) only)"
        return "Final step\(only): see the policy's words below"
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        // Splitting and counting by characters walks the text grapheme by grapheme, and this
        // runs for every stage of every route. In ASCII without a carriage return (CR LF is
        // one character) a character is a byte, so the same rule runs on bytes.
        let bytes = text.utf8
        if bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            var lines: [String] = []
            var line: [UInt8] = []
            for word in bytes.split(separator: 0x20) {
                if line.isEmpty { line.append(contentsOf: word) }
                else if line.count + 1 + word.count <= width { line.append(0x20); line.append(contentsOf: word) }
                else { lines.append(String(decoding: line, as: UTF8.self)); line = Array(word) }
            }
            if !line.isEmpty { lines.append(String(decoding: line, as: UTF8.self)) }
            return lines
        }
        return wrapByCharacters(text, width: width)
    }

    /// The rule itself: words joined by single spaces while a line stays within `width`
    /// characters (a word longer than that stands alone).
    static func wrapByCharacters(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty { current = String(word) }
            else if current.count + 1 + word.count <= width { current += " " + word }
            else { lines.append(current); current = String(word) }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
