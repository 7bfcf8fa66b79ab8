import ContentLoading
import Foundation
import PolicyModel
import Publishing

/// Decides what an incremental build (`build --incremental`) must do: compares the content
/// folder with what the last build into the output folder saw, and answers "up to date", or
/// "rebuild, reusing these policies and keeping these pages" (`PlannedRebuild`).
package struct RebuildPlanner {
    /// The content folder.
    let content: URL
    /// How the content folder is shown in diagnostics (the policy cache is kept per path).
    let contentDisplay: String
    /// The output folder.
    let output: URL
    /// Whether warnings stop the build (then a build that had warnings is never up to date).
    let strict: Bool

    /// Creates a planner.
    package init(content: URL, contentDisplay: String, output: URL, strict: Bool) {
        self.content = content
        self.contentDisplay = contentDisplay
        self.output = output
        self.strict = strict
    }

    /// Fingerprints the content and reads the last build's cache, side by side. Up to date
    /// when the fingerprint is the same, every output file is as that build left it, and (under
    /// `strict`) it had no warnings.
    package func plan() -> RebuildPlan {
        let marked = FileManager.default.fileExists(atPath: output.appendingPathComponent(AtomicSiteWriter.markerName).path)
        let (fingerprint, previous) = Parallel.both({ [content] in InputFingerprint(content: content.path) },
                                                    { [output] in marked ? BuildCache.read(in: output) : nil })
        if let previous, previous.fingerprint == fingerprint, !(strict && !previous.warnings.isEmpty),
           previous.outputsIntact(in: output) {
            return .upToDate(warnings: previous.warnings.compactMap(Diagnostic.init(parsing:)))
        }
        return .rebuild(PlannedRebuild(fingerprint: fingerprint, previous: previous, output: output, contentDisplay: contentDisplay))
    }
}
