import PolicyModel

/// A policy's provenance as a summary list: authority, source, version and dates.
enum ProvenanceList {
    static func html(_ policy: Policy) -> String {
        var rows: [(String, String)] = [("Authority", HTML.escape(policy.authority)), ("Source", HTML.escape(policy.source) + (policy.url.map { " <a href=\"\(HTML.escape($0))\">Read the policy where it is published<span class=\"visually-hidden\"> (\(HTML.escape(policy.authority)))</span></a> <span class=\"url\">\(HTML.escape($0))</span>" } ?? ""))]
        if let v = policy.version { rows.append(("Version", HTML.escape(v))) }
        if let d = policy.added { rows.append(("Added", "<time datetime=\"\(d.iso)\">\(d)</time>")) }
        if let d = policy.updated { rows.append(("Last updated", "<time datetime=\"\(d.iso)\">\(d)</time>")) }
        rows.append(("Review due", policy.reviewDue.map { "<time datetime=\"\($0.iso)\">\($0)</time>" } ?? "Not stated in the policy"))
        var out = "<dl class=\"summary\">\n"
        for (k, v) in rows { out += "<div><dt>\(k)</dt><dd>\(v)</dd></div>\n" }
        return out + "</dl>\n"
    }
}
