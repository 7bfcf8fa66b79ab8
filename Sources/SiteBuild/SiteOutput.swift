import SiteRendering

/// Where a build's pages go: either a whole new folder swapped in at the end
/// (`StagedOutput`, every cold build) or a journaled update of the live folder
/// (`InPlaceUpdate`, an incremental rebuild). Pages may be written from any thread.
protocol SiteOutput: AnyObject, Sendable {
    /// Files written because their bytes are new.
    var written: Int { get }
    /// Files kept as they were (carried over or found unchanged).
    var kept: Int { get }
    /// Writes one page.
    func write(_ page: Page) throws
    /// Keeps the previous pages of these unchanged policies; returns the ids kept, which the
    /// renderer then skips.
    func carryOver(policies ids: Set<String>) -> Set<String>
    /// Keeps the previous whole-site pages (everything outside `policies/`), if every one is
    /// as the last build left it; returns whether they were kept (if not, render them).
    func carryOverSitePages() -> Bool
    /// Publishes: after this the output folder holds exactly this build's pages (and, for
    /// an incremental build, its caches).
    func commit(cache: ((OutputRecords) -> BuildCache)?, policies: [UInt8]?) throws
    /// Drops everything this build wrote; the previous output is untouched.
    func abandon()
}
