import ContentLoading
import Escalation
import Foundation
import PolicyModel
import SiteRendering

/// The build: skip it if nothing changed; load and check content (restoring unchanged
/// policies from the cache in a rebuild); render pages, skipping what a rebuild keeps;
/// publish atomically (or, in a rebuild, under a journal).
public struct SiteBuilder {
    /// The content folder.
    public let content: URL
    /// How to show the content folder in diagnostics.
    public let contentDisplay: String
    /// The output folder.
    public let output: URL
    /// Treat warnings as errors.
    public let strict: Bool
    /// Keep a cache in the output folder so later builds skip unchanged work. Off by default:
    /// the cache is machine-specific, and without it the output folder holds exactly the
    /// published site, byte for byte the same on every machine.
    public let incremental: Bool
    /// Receives progress lines (to stderr in the CLI).
    public let progress: (String) -> Void
    /// Leave the build's data for the process exit to reclaim (`ExitHold`): for a tool that
    /// exits right after building, not for a long-running caller.
    public var keepsDataUntilExit = false

    /// Creates a builder.
    public init(content: URL, contentDisplay: String, output: URL, strict: Bool, incremental: Bool = false, progress: @escaping (String) -> Void) {
        self.incremental = incremental
        self.content = content
        self.contentDisplay = contentDisplay
        self.output = output
        self.strict = strict
        self.progress = progress
    }

    /// Whether these diagnostics stop a build.
    public func blocks(_ diagnostics: [Diagnostic]) -> Bool {
        diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
    }

    /// Runs every step. Returns the diagnostics (warnings) on success; throws on failure.
    public func build() throws -> (diagnostics: [Diagnostic], pages: Int) {
        let (writer, lock) = try prepareOutput()
        defer { withExtendedLifetime(lock) {} }
        let start = DispatchTime.now()
        // Nothing changed since the last build into this folder: skip every step.
        let wantsCache = incremental && FileManager.default.fileExists(atPath: output.appendingPathComponent(AtomicSiteWriter.markerName).path)
        let (fingerprint, previous) = BothAtOnce.run({ [content] in InputFingerprint(content: content.path) },
                                                      { [output] in wantsCache ? BuildCache.read(in: output) : nil })
        if let previous, previous.fingerprint == fingerprint, !(strict && !previous.warnings.isEmpty),
           previous.outputsIntact(in: output) {
            progress("no content changed since the last build: \(output.path) is up to date (\(ms(since: start)) ms)")
            return (previous.warnings.compactMap(Diagnostic.init(parsing:)), 0)
        }
        // An incremental rebuild first carries over the pages of policies whose files did not
        // change; those policies are then restored from the cache instead of parsed.
        var staged: SiteOutput? = nil
        var carried: Set<String> = []
        var policyCache = PolicyCache()
        var reused: [String: CachedPolicy] = [:]
        var previously: [String: CachedPolicy] = [:]
        if let previous {
            let s = try InPlaceUpdate(writer: writer, previous: previous)
            staged = s
            // Checking the unchanged policies' pages and decoding their summaries are
            // independent: side by side. A policy is reused only if both hold.
            let unchanged = fingerprint.unchangedPolicies(since: previous.fingerprint)
            let (kept, (cache, decoded)) = BothAtOnce.run({ s.carryOver(policies: unchanged) }, { [output, contentDisplay] in
                let cache = PolicyCache.read(in: output, contentDisplay: contentDisplay)
                return (cache, cache.entries(for: unchanged))
            })
            carried = kept
            policyCache = cache
            reused = decoded.filter { carried.contains($0.key) }
            // The last build's summaries of the policies loaded afresh (an edit's few): if
            // their anchors are unchanged, the reused policies' links need no new check.
            if !reused.isEmpty { previously = cache.entries(for: Set(cache.records.keys).subtracting(reused.keys)) }
        }
        var result = ContentLoader(root: content, displayRoot: contentDisplay).load(reusing: reused, previously: previously)
        let fromCache = reused.isEmpty ? "" : " (\(reused.count) unchanged, from the cache)"
        progress("loaded \(result.model?.policies.count ?? 0) policies\(fromCache), \(result.model?.checklists.count ?? 0) checklists, \(result.model?.glossary.count ?? 0) glossary terms (\(ms(since: start)) ms)")
        guard var model = result.model, !blocks(result.diagnostics) else {
            staged?.abandon()
            // Under --strict the warnings stopped the build as errors: "build stopped" counts
            // them as the count line above it does.
            throw BuildError.contentErrors(strict ? result.diagnostics.map { var d = $0; d.severity = .error; return d } : result.diagnostics)
        }
        // The policies' texts move to the renderer, which releases each once its page is
        // written: no other copy may stay behind.
        result.model = nil
        let texts = PolicyTexts(movingOutOf: &model)
        let renderStart = DispatchTime.now()
        let renderer: SiteRenderer
        do {
            renderer = try SiteRenderer(model: model, texts: texts)
        } catch {
            staged?.abandon()
            throw templateFailure(error, model: model)
        }
        // Render and write together: each page is written as soon as it is ready, into the
        // staging folder of a cold build (swapped in whole at the end) or, in a rebuild, only
        // if its bytes changed (moved in under the journal at the end).
        let output = try staged ?? StagedOutput(writer: writer, recording: incremental)
        if !carried.isEmpty { progress("\(carried.count) unchanged policies keep their pages") }
        // The whole-site pages are kept too if no policy's summary changed (`carried` is empty
        // whenever anything outside policies/ changed or a policy was added or removed).
        // A rebuild needs the summaries' digest before rendering; a cold build makes them
        // after, so the (tens of MB of) cache bytes are not held while pages are built.
        var policies: [UInt8]? = nil
        var summaryDigest: UInt64? = nil
        let summarize = { [policyCache, contentDisplay] (model: ContentModel, loaded: [CachedPolicy]) -> ([UInt8], UInt64) in
            let bytes = policyCache.serialized(policies: model.policies, fresh: loaded, contentDisplay: contentDisplay)
            return (bytes, bytes.withUnsafeBufferPointer { ContentHash.of($0) })
        }
        if incremental, let previous {
            // No summary changed (an edit to prose): the cache file and its digest stand as
            // they are, and nothing is encoded, hashed or written for them.
            if previous.summaryDigest != nil && policyCache.isUnchanged(policies: model.policies, fresh: result.loadedPolicies) {
                summaryDigest = previous.summaryDigest
            } else {
                (policies, summaryDigest) = summarize(model, result.loadedPolicies)
            }
        }
        let keepSitePages = !carried.isEmpty && summaryDigest != nil && summaryDigest == previous?.summaryDigest && output.carryOverSitePages()
        if keepSitePages { progress("no policy summary changed: the whole-site pages are kept") }
        let carriedFiles = output.kept
        let count: Int
        do {
            count = try renderer.render(skippingPolicies: carried, skippingSitePages: keepSitePages, into: { try output.write($0) }) + carriedFiles
        } catch {
            output.abandon()
            if let e = error as? BuildError { throw e }
            throw templateFailure(error, model: model)
        }
        if incremental && summaryDigest == nil { (policies, summaryDigest) = summarize(model, result.loadedPolicies) }
        let warnings = result.diagnostics.map(\.description)
        try output.commit(cache: incremental ? { hashes in BuildCache(fingerprint: fingerprint, outputs: hashes, warnings: warnings, summaryDigest: summaryDigest) } : nil,
                          policies: policies)
        progress("rendered and wrote \(count) files: \(output.written) changed, \(output.kept) unchanged kept, in \(self.output.path) (\(ms(since: renderStart)) ms)")
        if keepsDataUntilExit { ExitHold.shared.keep([model, result, texts, renderer, output, policyCache, previous as Any, fingerprint, reused]) }
        return (result.diagnostics, count)
    }

    /// Makes the output folder's parent, takes the build lock (held until the caller drops
    /// it), checks the output may be replaced, and finishes or removes what a killed build
    /// left: the output's cache describes the output only once a stopped journal is applied.
    func prepareOutput() throws -> (AtomicSiteWriter, BuildLock) {
        if isInside(output, content) || isInside(content, output) {
            throw BuildError.badOutput("the output folder '\(output.path)' overlaps the content folder: choose an output outside content/.")
        }
        let writer = AtomicSiteWriter(output: output)
        // `--output new/path/site` works like `mkdir -p`: the parents are part of the output path.
        do { try FileManager.default.createDirectory(at: writer.parent, withIntermediateDirectories: true) }
        catch { throw BuildError.io(error.localizedDescription) }
        let lock = try BuildLock(folder: writer.parent.path, waiting: progress)
        try writer.checkReplaceable()
        try writer.cleanStale()
        return (writer, lock)
    }

    /// A failure of the wording template as a content error at its line and column (the
    /// loader reports a template Mustache rejects, so this is a fallback for anything else).
    func templateFailure(_ error: Error, model: ContentModel) -> BuildError {
        let file = model.wordingTemplateFile
        let found = WordingTemplateCheck.problem(in: model.wordingTemplate, file: file)
            ?? Diagnostic(.error, SourceLocation(file: file, line: 1, column: 1), "the wording template cannot be used: \(error)")
        return .contentErrors([found])
    }

    func ms(since: DispatchTime) -> Int { Int((DispatchTime.now().uptimeNanoseconds - since.uptimeNanoseconds) / 1_000_000) }

    func isInside(_ a: URL, _ b: URL) -> Bool {
        let pa = a.standardizedFileURL.resolvingSymlinksInPath().path, pb = b.standardizedFileURL.resolvingSymlinksInPath().path
        return pa == pb || pa.hasPrefix(pb.hasSuffix("/") ? pb : pb + "/")
    }
}
