import PolicyModel

/// A route's quoted policy words: bypassing stages, the final step, the child's rights.
enum Quotes {
    static func html(_ route: Route) -> String {
        let finalLabel = "If it is still not resolved" + (route.finalStepFor.isEmpty ? "" : " (\(Raiser.phrase(route.finalStepFor)) only)")
        var out = ""
        for note in route.nextStageNotes {
            let after = note.after.flatMap { id in route.stages.first { $0.id == id }?.name }
            let label = after.map { "Moving on from \($0)" } ?? "Moving on to the next stage"
            out += "<div class=\"quote\"><p class=\"quote-label\">\(HTML.escape(label)), in the policy's words:</p><blockquote><p>\(HTML.escape(note.quote))</p></blockquote></div>\n"
        }
        for (label, text) in [("Bypassing stages", route.bypass), (finalLabel, route.finalStep), ("The child's rights", route.rights)] {
            guard let text else { continue }
            out += "<div class=\"quote\"><p class=\"quote-label\">\(label), in the policy's words:</p><blockquote><p>\(HTML.escape(text))</p></blockquote></div>\n"
        }
        return out
    }
}
