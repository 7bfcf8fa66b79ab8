import ContentLoading
import Escalation
import Foundation
import PolicyModel
import Publishing
import Rebuild
import SiteRendering

/// The build, as a short list of named steps: load the content, check it, render the pages
/// (each written as soon as it is ready) and publish them. An incremental build first asks
/// `RebuildPlanner` whether anything changed (`plan`) and keeps what it can from the last
/// build (`carryOver`). Each step reports `[i/n] step: … (ms)` through `progress`.
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

    /// Runs every step. Returns the diagnostics (warnings) and the number of files in the
    /// site on success; throws on failure, leaving the previous output as it was.
    public func build() throws -> (diagnostics: [Diagnostic], pages: Int) {
        let (writer, lock) = try prepareOutput()
        defer { withExtendedLifetime(lock) {} }
        var steps = BuildProgress(total: 4, report: progress)
        var rebuild: PlannedRebuild? = nil
        if incremental {
            switch plan(&steps) {
            case .upToDate(let warnings):
                return (warnings, 0)
            case .rebuild(var planned):
                if planned.hasPreviousBuild { try carryOver(&planned, writer: writer, &steps) }
                rebuild = planned
            }
        }
        var result = check(load(reusing: rebuild?.reusing ?? [:], &steps), rebuild: rebuild, &steps)
        // The loader leaves no wording composer only with an error saying why.
        guard var model = result.model, let composer = result.wordingComposer, !blocks(result.diagnostics) else {
            rebuild?.abandon()
            // Under --strict the warnings stopped the build as errors: "build stopped" counts
            // them as the count line above it does.
            throw BuildError.contentErrors(strict ? result.diagnostics.map { var d = $0; d.severity = .error; return d } : result.diagnostics)
        }
        // The policies' texts move to the renderer, which releases each once its page is
        // written: no other copy may stay behind.
        result.model = nil
        let texts = PolicyTexts(movingOutOf: &model)
        let (output, count) = try render(model, texts: texts, composer: composer, loaded: result.loadedPolicies, rebuild: &rebuild, writer: writer, &steps)
        try publish(output, model: model, result: result, rebuild: &rebuild, &steps)
        if keepsDataUntilExit { ExitHold.shared.keep([model, result, texts, output, rebuild as Any]) }
        return (result.diagnostics, count)
    }

    /// Step "plan" (incremental builds): up to date, or what to rebuild. Sets the number of
    /// steps this build has.
    func plan(_ steps: inout BuildProgress) -> RebuildPlan {
        let start = DispatchTime.now()
        let plan = RebuildPlanner(content: content, contentDisplay: contentDisplay, output: output, strict: strict).plan()
        switch plan {
        case .upToDate:
            steps.total = 1
            steps.finished("plan", "no content changed since the last build: \(output.path) is up to date", since: start)
        case .rebuild(let planned):
            steps.total = planned.hasPreviousBuild ? 6 : 5
            steps.finished("plan", planned.hasPreviousBuild ? "the content changed since the last build" : "no earlier build to reuse", since: start)
        }
        return plan
    }

    /// Step "carry over" (rebuilds): keeps the pages of unchanged policies, which are then
    /// taken from the cache instead of their files.
    func carryOver(_ rebuild: inout PlannedRebuild, writer: AtomicSiteWriter, _ steps: inout BuildProgress) throws {
        try steps.step("carry over") {
            try rebuild.carryOver(writer: writer)
            let kept = rebuild.keptPolicies.count
            return ((), kept == 0 ? "every policy is rendered again" : "\(kept) unchanged policies keep their pages")
        }
    }

    /// Step "load": reads and parses the content (policies in `reusing` are taken as given).
    func load(reusing: [String: LoadedPolicy], _ steps: inout BuildProgress) -> LoadResult {
        steps.step("load") {
            let result = ContentLoader(root: content, displayRoot: contentDisplay).read(alreadyLoaded: reusing)
            let fromCache = reusing.isEmpty ? "" : " (\(reusing.count) unchanged, from the cache)"
            return (result, "\(result.model?.policies.count ?? 0) policies\(fromCache), \(result.model?.checklists.count ?? 0) checklists, \(result.model?.glossary.count ?? 0) glossary terms")
        }
    }

    /// Step "check": the checks across files and lint (skipping the links a rebuild knows
    /// are still good).
    func check(_ loaded: LoadResult, rebuild: PlannedRebuild?, _ steps: inout BuildProgress) -> LoadResult {
        steps.step("check") {
            let skipped = loaded.model.map { rebuild?.linksKnownGood(in: $0) ?? [] } ?? []
            let result = ContentLoader(root: content, displayRoot: contentDisplay).check(loaded, skippingLinksOf: skipped)
            let errors = result.diagnostics.filter { $0.severity == .error }.count
            let warnings = result.diagnostics.filter { $0.severity == .warning }.count
            return (result, "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        }
    }

    /// Step "render": renders every page that is not kept and writes each as soon as it is
    /// ready, into the staging folder of a cold build (swapped in whole by `publish`) or, in a
    /// rebuild, only if its bytes changed. Returns the output and the number of files in it.
    func render(_ model: ContentModel, texts: PolicyTexts, composer: WordingComposer, loaded: [LoadedPolicy], rebuild: inout PlannedRebuild?,
                writer: AtomicSiteWriter, _ steps: inout BuildProgress) throws -> (any SiteOutput, Int) {
        try steps.step("render") {
            let renderer = SiteRenderer(model: model, texts: texts, composer: composer)
            let output = try rebuild?.output(writer: writer) ?? StagedOutput(writer: writer)
            var sitePages = true
            if rebuild?.keepsSitePages(model: model, loaded: loaded) == true {
                sitePages = false
                progress("no policy summary changed: the whole-site pages are kept")
            }
            // Like the rest of the build's data, left for the exit to reclaim (`ExitHold`).
            if keepsDataUntilExit { ExitHold.shared.keep([renderer]) }
            let carried = output.kept
            let count: Int
            do {
                count = try renderer.render(policies: rebuild?.policiesToRender(in: model), sitePages: sitePages, into: { try output.write($0) }) + carried
            } catch {
                output.abandon()
                if let e = error as? BuildError { throw e }
                throw templateFailure(error, model: model)
            }
            return ((output, count), "\(count) files: \(output.written) changed, \(output.kept) unchanged kept")
        }
    }

    /// Step "publish": puts the new site in place (a folder swap, or a rebuild's journaled
    /// moves), with the caches for the next build if incremental.
    func publish(_ output: any SiteOutput, model: ContentModel, result: LoadResult, rebuild: inout PlannedRebuild?,
                 _ steps: inout BuildProgress) throws {
        try steps.step("publish") {
            let warnings = result.diagnostics.map(\.description)
            let files = rebuild?.cacheFiles(model: model, loaded: result.loadedPolicies, warnings: warnings) ?? []
            try output.commit(adding: files)
            return ((), "the site is in \(self.output.path)")
        }
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

    /// A failure while composing wording as a content error in the wording template, at the
    /// line and column of its first problem if it has one (the loader reports a template
    /// Mustache rejects, so this is a fallback for anything else).
    func templateFailure(_ error: Error, model: ContentModel) -> BuildError {
        let file = model.wordingTemplateFile
        let found = WordingTemplateCheck.problem(in: model.wordingTemplate, file: file)
            ?? Diagnostic(.error, SourceLocation(file: file, line: 1, column: 1), "the wording template cannot be used: \(error)")
        return .contentErrors([found])
    }

    func isInside(_ a: URL, _ b: URL) -> Bool {
        let pa = a.standardizedFileURL.resolvingSymlinksInPath().path, pb = b.standardizedFileURL.resolvingSymlinksInPath().path
        return pa == pb || pa.hasPrefix(pb.hasSuffix("/") ? pb : pb + "/")
    }
}
