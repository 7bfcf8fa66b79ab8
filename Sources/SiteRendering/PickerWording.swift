import Escalation
import PolicyModel

/// A route's wording at one stage as the site shows it: the lines `RouteWordingComposer`
/// composed, each HTML-escaped, with the criterion it belongs to. From it come both the picker
/// (each criterion's lines wrapped in a span that CSS shows only while its criterion is
/// ticked) and each criterion page's text (the shared lines plus that criterion's lines).
struct PickerWording {
    /// One line, escaped once and reused by the picker and every criterion page (a line the
    /// same at several stages is escaped once for all of them, see `RouteWording`), and with
    /// its placeholders marked for the picker (`PlaceholderMarks`: a placeholder never spans
    /// two lines, so marking line by line marks what marking the whole wording would).
    typealias Line = (criterion: Int?, escaped: [UInt8], marked: [UInt8])

    /// The lines in order, without their newlines.
    let lines: [Line]

    /// Runs of consecutive lines that belong to the same criterion (or to every choice),
    /// escaped and joined with their newlines: a criterion page's text is a handful of
    /// appends, not one per line (it is built for every criterion at every stage).
    let runs: [(criterion: Int?, escaped: [UInt8])]

    /// A composed line as the site shows it.
    static func line(_ line: WordingLine) -> Line {
        let escaped = HTML.escape(line.text)
        return (line.criterion, Array(escaped.utf8), Array(PlaceholderMarks.mark(escaped).utf8))
    }

    /// The route's wording for `raiser` at each stage (`RouteWordingComposer.stages(of:)`),
    /// each line escaped once however many stages show it.
    static func stages(of route: Route, policy: Policy, raiser: Raiser?, composer: RouteWordingComposer) throws -> [PickerWording] {
        let wording = try composer.wording(policy: policy, route: route, raiser: raiser)
        let escaped = wording.lines.map(line)
        return wording.stageLines.map { indices in PickerWording(lines: indices.map { escaped[$0] }) }
    }

    init(lines: [Line]) {
        var runs: [(criterion: Int?, escaped: [UInt8])] = []
        for line in lines {
            if let last = runs.last, last.criterion == line.criterion {
                runs[runs.count - 1].escaped += line.escaped
                runs[runs.count - 1].escaped.append(0x0A)
            } else {
                runs.append((line.criterion, line.escaped + [0x0A]))
            }
        }
        self.lines = lines
        self.runs = runs
    }

    /// The inside of the picker's `<pre>`: each criterion's lines in a span that CSS shows
    /// only while the criterion is ticked, placeholders marked.
    func markedHTML(into out: inout HTMLWriter) {
        for line in lines {
            if let criterion = line.criterion {
                out += "<span class=\"c c-"
                out.number(criterion)
                out += "\">"
                out += line.marked
                out += "\n</span>"
            } else {
                out += line.marked
                out += "\n"
            }
        }
    }

    /// The text for criterion `i` alone, HTML-escaped.
    func escapedText(for i: Int, into out: inout HTMLWriter) {
        for run in runs where run.criterion == nil || run.criterion == i {
            out += run.escaped
        }
    }
}
