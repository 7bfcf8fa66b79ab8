import Escalation

/// The wording as Markdown: a heading with the facts, then the text to copy in a fenced block
/// (so no Markdown processor reflows it).
enum WordingMarkdown {
    static func render(_ w: EscalationWording) -> String {
        var out = "# Escalation wording: \(w.route)\n\n"
        out += "- Authority: \(w.authority)\n- Policy: \(w.policy)\n"
        if let s = w.stage { out += "- Stage: \(s)\n" }
        if let o = w.officer { out += "- Responsible officer: \(o)\n" }
        if let t = w.timescale { out += "- Timescale (as the policy words it): \(t)\n" }
        for d in w.due { out += "- \(d)\n" }
        out += "\n```text\n" + w.text + "```\n"
        return out
    }
}
