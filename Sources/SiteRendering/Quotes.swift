import PolicyModel

/// A route's quoted policy words: bypassing stages, the final step, the child's rights.
enum Quotes {
    static func html(_ route: Route) -> String {
        var out = ""
        for (label, text) in [("Bypassing stages", route.bypass), ("If it is still not resolved", route.finalStep), ("The child's rights", route.rights)] {
            guard let text else { continue }
            out += "<div class=\"quote\"><p class=\"quote-label\">\(label), in the policy's words:</p><blockquote><p>\(HTML.escape(text))</p></blockquote></div>\n"
        }
        return out
    }
}
