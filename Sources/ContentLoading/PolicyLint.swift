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
                if let notice = totalNotice(route) {
                    out.append(Diagnostic(.warning, route.location, notice + " (rule: IRO Handbook 2010, para 6.2)"))
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
        // Quote the date the policy gives: "added to the manual" is not "last updated".
        let stated = policy.updated.map { "was last updated \($0)" } ?? "was added to the manual in \(policy.added!) (it states no later update)"
        return "Policy review due: this policy \(stated), more than \(years) years before this guidance was published (\(model.settings.published)). Check with the policy owner that it is still current."
    }

    /// The 20-working-day finding for a formal route raised by an IRO or CP Chair.
    public func totalNotice(_ route: Route) -> String? {
        guard route.raisedBy.contains(.iro) || route.raisedBy.contains(.cpChair), let total = route.totalDays,
              total.days > Self.handbookLimit else { return nil }
        let parts = route.stages.compactMap { $0.timescale?.terms.first(where: { $0.dayCount != nil })?.dayCount }.map(String.init).joined(separator: " + ")
        let unit = total.includesUnstatedDays ? "days (the policy does not say working days)" : "working days"
        return "The stage timescales of this route add up to \(parts) = \(total.days) \(unit), more than the \(Self.handbookLimit) working days the IRO Handbook sets for the whole formal process."
    }
}
