import PolicyModel

/// The planner's answer (`RebuildPlanner.plan`).
package enum RebuildPlan {
    /// Nothing changed since the last build, whose warnings these are: skip every step.
    case upToDate(warnings: [Diagnostic])
    /// Build, reusing what the last build left where it still holds.
    case rebuild(PlannedRebuild)
}
