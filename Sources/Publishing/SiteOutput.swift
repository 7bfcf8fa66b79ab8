import SiteRendering

/// Where a build's pages go: either a whole new folder swapped in at the end
/// (`StagedOutput`, every cold build) or a journaled update of the live folder
/// (`InPlaceUpdate` in Rebuild). Pages may be written from any thread.
package protocol SiteOutput: AnyObject, Sendable {
    /// Files written because their bytes are new.
    var written: Int { get }
    /// Files kept as they were (carried over or found unchanged).
    var kept: Int { get }
    /// Writes one page.
    func write(_ page: Page) throws
    /// Publishes: after this the output folder holds exactly this build's pages and `files`
    /// (the rebuild caches, written in this order; none in a plain build).
    func commit(adding files: [OutputFile]) throws
    /// Drops everything this build wrote; the previous output is untouched.
    func abandon()
}
