import PolicyModel

/// Policy lint: things that are not broken content but that a policy officer (and a
/// practitioner) should know. Each finding says why and cites the rule's source.
public struct PolicyLint {
    let model: ContentModel

    /// The IRO Handbook 2010, para 6.2: a formal dispute resolution process should total no
    /// more than 20 working days.
    static let handbookLimit = 20

    /// Creates a lint over a model.
    public init(model: ContentModel) { self.model = model }

    /// Every lint finding as a warning diagnostic.
    public func findings() -> [Diagnostic] {
        var out: [Diagnostic] = []
        for policy in model.policies {
            if let notice = reviewNotice(policy) {
                out.append(Diagnostic(.warning, SourceLocation(file: policy.file, line: 1, column: 1), notice + " (rule: reviewPeriodYears in site.yml)"))
            }
            for route in policy.routes {
                if let notice = totalNotice(route) ?? unstatedDaysNotice(route) {
                    out.append(Diagnostic(.warning, route.location, notice + " (rule: IRO Handbook 2010, para 6.2, for routes IROs raise)"))
                }
                for stage in route.stages {
                    if stage.officer == nil {
                        out.append(Diagnostic(.warning, stage.location, "stage '\(stage.name)' of route '\(route.qualifiedID)' has no responsible officer: the policy should say who responds."))
                    }
                    if stage.timescale == nil {
                        out.append(Diagnostic(.warning, stage.location, "stage '\(stage.name)' of route '\(route.qualifiedID)' has no timescale: the policy states none, so practitioners cannot know when to expect a response."))
                    }
                }
                for criterion in route.criteria where criterion.description.isEmpty && criterion.group == nil && !isListItem(criterion, in: policy) {
                    out.append(Diagnostic(.warning, criterion.location, "criterion '\(criterion.title)' has no description: add the policy's text under its heading."))
                }
            }
        }
        for checklist in model.checklists {
            let page = PrintedPageEstimate(checklist)
            if !page.fits {
                out.append(Diagnostic(.warning, SourceLocation(file: checklist.file, line: 1, column: 1), "checklist '\(checklist.id)' will probably not fit its one printed A4 page (about \(page.height) mm of text for \(PrintedPageEstimate.pageHeight) mm): shorten its items or notes, or split it into two checklists. (rule: printed page estimate, content/README.md)"))
            }
            for item in checklist.items where item.source == nil {
                out.append(Diagnostic(.warning, item.location, "checklist item has no source: end it with a link to the policy section it comes from, e.g. ([Bexley, section 4](../policies/bexley/policy.md#...))."))
            }
        }
        return out
    }

    // A criterion written as a list item has, by convention, no separate description: its
    // text is the title. Only a criterion heading with nothing under it is a finding.
    private func isListItem(_ criterion: Criterion, in policy: Policy) -> Bool {
        !policy.headings.contains { $0.location == criterion.location }
    }

    /// "This policy was last updated …": shown on the policy page when the review period has
    /// passed (measured to the publication date in site.yml, never the build machine's clock).
    public func reviewNotice(_ policy: Policy) -> String? {
        let years = model.settings.reviewPeriodYears
        guard let last = policy.lastChanged?.latestDay else { return nil }
        let due = PolicyDate(year: last.year + years, month: last.month, day: min(last.day!, PolicyDate.daysIn(month: last.month!, year: last.year + years)))
        if let reviewDue = policy.reviewDue, model.settings.published < reviewDue { return nil }
        guard due < model.settings.published else { return nil }
        return "Policy review due: \(Self.dateWords(policy)), more than \(years) years before this guidance was published (\(model.settings.published)). Check with the policy owner that it is still current."
    }

    /// The policy's own words for its date: its version line when that names the date ("Added
    /// February 2018"), else "added" or "last updated" as its front matter states. Never says
    /// "last updated" of a policy that states only when it was added.
    static func dateWords(_ policy: Policy) -> String {
        let date = policy.lastChanged!
        if let v = policy.version, v.containsText(date.description) { return "the policy is dated “\(v)”" }
        if policy.updated != nil { return "this policy was last updated \(date)" }
        return "this policy was added \(date.day == nil ? "in" : "on") \(date) and states no later update"
    }

    /// The IRO Handbook governs IROs: its 20 working days apply to a route IROs raise, not to
    /// one only CP Chairs or other professionals raise.
    static func handbookApplies(_ route: Route) -> Bool { route.raisedBy.contains(.iro) }

    /// The most working days that `n` consecutive calendar days can contain (five in any seven,
    /// plus up to five of the rest), before bank holidays, which only make it fewer.
    static func mostWorkingDays(inCalendarDays n: Int) -> Int { 5 * (n / 7) + min(n % 7, 5) }

    /// The 20-working-day finding for a route IROs raise, only where the policy's own unit is
    /// working days: its stages state working days adding up to more than 20. Days in other
    /// units are never added to them, and days that may be calendar days are never compared as
    /// if they were working days (see `unstatedDaysNotice`).
    public func totalNotice(_ route: Route) -> String? {
        guard Self.handbookApplies(route) else { return nil }
        let total = route.total
        guard let u = total.perUnit.first(where: { $0.unit == "working days" }), u.total > Self.handbookLimit else { return nil }
        let sum = u.numbers.map(String.init).joined(separator: " + ")
        let others = total.isMixed ? " (stages in other units are not added to them)" : ""
        return "The stage timescales of this route add up to \(sum) = \(u.total) working days\(others), more than the \(Self.handbookLimit) working days the IRO Handbook sets for the whole formal process."
    }

    /// For a route IROs raise whose stages state "days" the policy does not call working days,
    /// or calendar days, that may come to more than 20 working days: says what each reading
    /// gives rather than comparing unlike units. A `check` finding, not a badge on the site.
    public func unstatedDaysNotice(_ route: Route) -> String? {
        guard Self.handbookApplies(route) else { return nil }
        for u in route.total.perUnit {
            let most = Self.mostWorkingDays(inCalendarDays: u.total)
            let sum = u.numbers.count > 1 ? u.numbers.map(String.init).joined(separator: " + ") + " = " : ""
            let fewer = most > Self.handbookLimit ? " (fewer with bank holidays), so whether they exceed it depends on the dates" : ""
            if u.unit == "days", u.total > Self.handbookLimit {
                return "The stage timescales of this route add up to \(sum)\(u.total) days, and the policy does not say whether they are working days, so they cannot be compared with the \(Self.handbookLimit) working days the IRO Handbook sets as if they were: read as working days they are more than \(Self.handbookLimit); read as calendar days they are at most \(most) working days\(fewer). If the policy means working days, ask its owner to say so."
            }
            if u.unit == "calendar days", most > Self.handbookLimit {
                return "The stage timescales of this route add up to \(sum)\(u.total) calendar days: at most \(most) working days\(fewer), against the \(Self.handbookLimit) working days the IRO Handbook sets."
            }
        }
        return mixedUnitsNotice(route)
    }

    /// The most working days a stated time can take: a working day is one, a day (or calendar
    /// day) at most one, 24 hours at most one, a week five, a month 23.
    static func mostWorkingDays(_ unit: String, _ n: Int) -> Int {
        switch unit {
        case "working days": return n
        case "days", "calendar days": return mostWorkingDays(inCalendarDays: n)
        case "hours": return (n + 23) / 24
        case "weeks": return 5 * n
        case "months": return 23 * n
        default: return n
        }
    }

    /// For a route IROs raise whose stages are in different units that could together take
    /// more than 20 working days: they are not added, and the notice lists each unit's total.
    func mixedUnitsNotice(_ route: Route) -> String? {
        let total = route.total
        guard total.isMixed else { return nil }
        let most = total.perUnit.map { Self.mostWorkingDays($0.unit, $0.total) }.reduce(0, +)
        guard most > Self.handbookLimit else { return nil }
        let list = total.perUnit.map { RouteTotal.phrase($0.total, $0.unit) }.joined(separator: "; ")
        return "The stage timescales of this route are in different units (\(list)) and are not added together, so whether the route keeps to the \(Self.handbookLimit) working days the IRO Handbook sets depends on how the policy counts them: it does not say. If the policy means one unit throughout, ask its owner to say so."
    }
}
