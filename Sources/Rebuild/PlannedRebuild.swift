import ContentLoading
import Foundation
import PolicyModel
import Publishing

/// An incremental build in progress: which policies are reused from the cache and which
/// pages kept, where the pages go, and the caches to write for the next build. The build's
/// steps ask it, in order: `carryOver` (only when there is a last build), `linksKnownGood`,
/// `output`, `keepsSitePages`, `policiesToRender`, `cacheFiles`.
package struct PlannedRebuild {
    let fingerprint: InputFingerprint
    /// The last build's cache; nil on the first incremental build into this folder.
    let previous: BuildCache?
    let output: URL
    let contentDisplay: String
    /// Records the pages of a first incremental build (which writes a whole new folder).
    let recorder = OutputRecorder()
    /// The in-place update of a rebuild, made by `carryOver`.
    private(set) var update: InPlaceUpdate?
    private var policyCache = PolicyCache()
    /// Policies taken from the cache instead of their files, by id.
    package private(set) var reusing: [String: LoadedPolicy] = [:]
    /// Policies whose pages are kept as they are.
    package private(set) var keptPolicies: Set<String> = []
    /// The last build's summaries of the policies loaded afresh.
    private var previously: [String: LoadedPolicy] = [:]
    /// The policy cache's new bytes, when they changed.
    private var policyRecords: [UInt8]?
    /// A hash of every policy's cached summary (`BuildCache.summaryDigest`).
    private var summaryDigest: UInt64?

    init(fingerprint: InputFingerprint, previous: BuildCache?, output: URL, contentDisplay: String) {
        self.fingerprint = fingerprint
        self.previous = previous
        self.output = output
        self.contentDisplay = contentDisplay
    }

    /// Whether there is a last build to carry pages over from.
    package var hasPreviousBuild: Bool { previous != nil }

    /// Starts the in-place update and keeps the pages of every policy whose files did not
    /// change (if each of its pages is as the last build left it), then takes those policies
    /// from the cache instead of their files. Checking the pages and decoding the cache run
    /// side by side; a policy is reused only if both hold.
    package mutating func carryOver(writer: AtomicSiteWriter) throws {
        guard let previous else { return }
        let update = try InPlaceUpdate(writer: writer, previous: previous)
        self.update = update
        let unchanged = fingerprint.unchangedPolicies(since: previous.fingerprint)
        let (kept, (cache, decoded)) = Parallel.both({ update.carryOver(policies: unchanged) }, { [output, contentDisplay] in
            let cache = PolicyCache.read(in: output, contentDisplay: contentDisplay)
            return (cache, cache.entries(for: unchanged))
        })
        keptPolicies = kept
        policyCache = cache
        reusing = decoded.filter { kept.contains($0.key) }
        // The last build's summaries of the policies loaded afresh (an edit's few): if their
        // anchors are unchanged, the reused policies' links need no new check.
        if !reusing.isEmpty { previously = cache.entries(for: Set(cache.records.keys).subtracting(reusing.keys)) }
    }

    /// The reused policies whose links need no new check: all of them if every policy loaded
    /// afresh offers the same anchors as it did in the last build, which passed. (A link's
    /// verdict depends only on its own text, which policies exist, the anchors they offer, and
    /// the checklists; the rest cannot have changed, or nothing would be reused.)
    package func linksKnownGood(in model: ContentModel) -> Set<String> {
        guard !reusing.isEmpty else { return [] }
        let stillGood = model.policies.allSatisfy { policy in
            reusing[policy.id] != nil
                || previously[policy.id].map { ContentLoader.linkTargets(of: $0.policy) == ContentLoader.linkTargets(of: policy) } == true
        }
        return stillGood ? Set(reusing.keys) : []
    }

    /// Where this build's pages go: the in-place update, or (first incremental build) a new
    /// folder whose pages are recorded for the cache.
    package func output(writer: AtomicSiteWriter) throws -> any SiteOutput {
        if let update { return update }
        return try StagedOutput(writer: writer, recorder: recorder)
    }

    /// Whether the whole-site pages are kept: only if some policy's pages were kept (none
    /// are whenever anything outside `policies/` changed or a policy was added or removed),
    /// no policy's summary changed, and every whole-site page is as the last build left it.
    /// A rebuild needs the summaries' digest before rendering; a first build makes it after
    /// (`cacheFiles`), so the cache bytes are not held while pages are built.
    package mutating func keepsSitePages(model: ContentModel, loaded: [LoadedPolicy]) -> Bool {
        guard let previous else { return false }
        // No summary changed (an edit to prose): the cache file and its digest stand as they
        // are, and nothing is encoded, hashed or written for them.
        if previous.summaryDigest != nil && policyCache.isUnchanged(policies: model.policies, fresh: loaded) {
            summaryDigest = previous.summaryDigest
        } else {
            summarize(model: model, loaded: loaded)
        }
        return !keptPolicies.isEmpty && summaryDigest != nil && summaryDigest == previous.summaryDigest
            && update?.carryOverSitePages() == true
    }

    /// The policies whose pages must be rendered: all but those kept.
    package func policiesToRender(in model: ContentModel) -> [Policy] {
        keptPolicies.isEmpty ? model.policies : model.policies.filter { !keptPolicies.contains($0.id) }
    }

    /// The caches for the next build, once every page is written: the fingerprint, a record
    /// of every output file and the build's `warnings`, and the policy cache if it changed.
    package mutating func cacheFiles(model: ContentModel, loaded: [LoadedPolicy], warnings: [String]) -> [OutputFile] {
        if summaryDigest == nil { summarize(model: model, loaded: loaded) }
        let records = update?.recorded ?? recorder.recorded
        var files = [OutputFile(name: BuildCache.fileName,
                                bytes: BuildCache(fingerprint: fingerprint, outputs: records, warnings: warnings, summaryDigest: summaryDigest).serialized())]
        if let policyRecords { files.append(OutputFile(name: PolicyCache.fileName, bytes: policyRecords)) }
        return files
    }

    /// Drops what the update wrote so far (a build that stops); the output is untouched.
    package func abandon() {
        update?.abandon()
    }

    private mutating func summarize(model: ContentModel, loaded: [LoadedPolicy]) {
        let bytes = policyCache.serialized(policies: model.policies, fresh: loaded, contentDisplay: contentDisplay)
        policyRecords = bytes
        summaryDigest = bytes.withUnsafeBufferPointer { ContentHash.of($0) }
    }
}
