import Escalation
import Foundation
import Markdown
import PolicyModel

/// Loads a whole content folder into a `ContentModel`, collecting every problem rather than
/// stopping at the first. Files are read in sorted order so every machine builds the same.
public struct ContentLoader {
    let files: ContentFile

    /// - Parameters:
    ///   - root: the content folder.
    ///   - displayRoot: how to show its path in diagnostics (defaults to the path as given).
    public init(root: URL, displayRoot: String? = nil) {
        files = ContentFile(root: root, displayRoot: displayRoot ?? root.relativePath)
    }

    /// Loads everything, then runs the cross-reference checks. Policies in `reusing` (by id)
    /// are taken from an incremental build's cache instead of their files: the caller
    /// guarantees those files are unchanged, that their pages will not be rendered, and that
    /// they come from the last successful build of this content with nothing outside
    /// `policies/` changed and no policy added or removed since. `previously` holds that
    /// build's summaries of the other policies (those loaded afresh), if the caller has them.
    public func load(reusing cached: [String: CachedPolicy] = [:], previously: [String: CachedPolicy] = [:]) -> LoadResult {
        var diagnostics: [Diagnostic] = []
        let rootLocation = SourceLocation(file: files.displayRoot, line: 1, column: 1)
        guard files.isDirectory("") else {
            return LoadResult(model: nil, diagnostics: [Diagnostic(.error, rootLocation, "no content folder here: pass --content PATH to a folder containing site.yml and policies/.")])
        }
        var settings: SiteSettings? = nil
        switch files.read("site.yml") {
        case .success(let text):
            var loader = SiteSettingsLoader(file: files.display("site.yml"))
            settings = loader.load(text)
            diagnostics += loader.diagnostics
        case .failure(let d):
            diagnostics.append(files.exists("site.yml") ? d : Diagnostic(.error, SourceLocation(file: files.display("site.yml"), line: 1, column: 1), "missing site.yml: it gives the site's title, version and publication date."))
        }

        // Folders are checked in order; the files are then read and parsed on all cores (each
        // policy is independent) and gathered back in folder order, so output is the same.
        var candidates: [(name: String, relative: String, shown: String)] = []
        // A policy taken from the cache is known to be a folder holding its policy.md (the
        // caller checked both are as they were): its two `stat`s are skipped.
        for name in files.list("policies") where cached[name] != nil || files.isDirectory("policies/" + name) {
            let relative = "policies/\(name)/policy.md"
            let shown = files.display(relative)
            if cached[name] != nil { candidates.append((name, relative, shown)); continue }
            guard Slug.isValidID(name) else {
                diagnostics.append(Diagnostic(.error, SourceLocation(file: files.display("policies/" + name), line: 1, column: 1),
                    "policy folder name '\(name)' is not a valid id: use lower-case letters, digits and hyphens only (it becomes part of every page address)."))
                continue
            }
            guard files.exists(relative) else {
                diagnostics.append(Diagnostic(.error, SourceLocation(file: shown, line: 1, column: 1), "missing policy.md in policies/\(name)/: each policy folder holds one policy.md."))
                continue
            }
            candidates.append((name, relative, shown))
        }
        let loaded = ParallelMap.map(candidates) { [files] c -> (Policy?, [Diagnostic]) in
            if let reused = cached[c.name] { return (reused.policy, reused.diagnostics) }
            switch files.read(c.relative) {
            case .success(let text):
                var loader = PolicyLoader(id: c.name, file: c.shown)
                let policy = loader.load(text)
                return (policy, loader.diagnostics)
            case .failure(let d):
                return (nil, [d])
            }
        }
        var policies: [Policy] = []
        var fresh: [CachedPolicy] = []
        for (policy, found) in loaded {
            if let policy {
                policies.append(policy)
                if cached[policy.id] == nil {
                    // The cache keeps no text; holding it here would keep every text alive.
                    var summary = policy
                    summary.body = MarkdownNode(kind: .document, position: SourcePosition(line: 1, column: 1))
                    fresh.append(CachedPolicy(policy: summary, diagnostics: found))
                }
            }
            diagnostics += found
        }
        if policies.isEmpty && !diagnostics.contains(where: { $0.severity == .error }) {
            diagnostics.append(Diagnostic(.error, SourceLocation(file: files.display("policies"), line: 1, column: 1), "no policies: add a folder policies/<id>/ with a policy.md."))
        }

        var checklists: [Checklist] = []
        for name in files.list("checklists") where name.hasSuffix(".md") && name != "README.md" {
            let id = String(name.dropLast(3))
            let relative = "checklists/" + name
            guard Slug.isValidID(id), id != "all" else {
                diagnostics.append(Diagnostic(.error, SourceLocation(file: files.display(relative), line: 1, column: 1),
                    "checklist file name '\(name)' is not a valid id: use lower-case letters, digits and hyphens only, and not 'index' or 'all' (those pages exist already)."))
                continue
            }
            switch files.read(relative) {
            case .success(let text):
                var loader = ChecklistLoader(id: id, file: files.display(relative), contentPath: relative)
                if let checklist = loader.load(text) { checklists.append(checklist) }
                diagnostics += loader.diagnostics
            case .failure(let d):
                diagnostics.append(d)
            }
        }
        checklists.sort { ($0.order, $0.id) < ($1.order, $1.id) }

        var glossary: [GlossaryTerm] = []
        if files.exists("glossary.yml") {
            switch files.read("glossary.yml") {
            case .success(let text):
                var loader = GlossaryLoader(file: files.display("glossary.yml"))
                glossary = loader.load(text)
                diagnostics += loader.diagnostics
            case .failure(let d):
                diagnostics.append(d)
            }
        }

        let templatePath = "wording/escalation.mustache"
        var template = ""
        switch files.read(templatePath) {
        case .success(let text):
            template = text
            diagnostics += WordingTemplateCheck.problems(in: text, file: files.display(templatePath))
        case .failure(let d):
            diagnostics.append(files.exists(templatePath) ? d : Diagnostic(.error, SourceLocation(file: files.display(templatePath), line: 1, column: 1), "missing the escalation wording template \(templatePath)."))
        }

        guard let settings else {
            return LoadResult(model: nil, diagnostics: diagnostics.sorted(by: Self.order))
        }
        let model = ContentModel(settings: settings, policies: policies, checklists: checklists, glossary: glossary,
                                 wordingTemplate: template, wordingTemplateFile: files.display(templatePath))
        // The last build succeeded, so every link of the reused policies was good then; they
        // are still good if every policy loaded afresh offers the same anchors as it did.
        // (A link's verdict depends only on its own text, which policies exist, what anchors
        // they offer, and the checklists: the rest is guaranteed by the caller.)
        let linksStillGood = !cached.isEmpty && policies.allSatisfy { policy in
            cached[policy.id] != nil || previously[policy.id].map { ContentChecker.anchors(of: $0.policy) == ContentChecker.anchors(of: policy) } == true
        }
        diagnostics += ContentChecker(model: model, display: files.display).check(skippingLinksOf: linksStillGood ? Set(cached.keys) : [])
        // A lint finding on a line that already has an error (a rejected timescale reads as
        // "no timescale") would only repeat the error less accurately.
        let errorLines = Set(diagnostics.filter { $0.severity == .error }.map { "\($0.location.file):\($0.location.line)" })
        diagnostics += PolicyLint(model: model).findings().filter { !errorLines.contains("\($0.location.file):\($0.location.line)") }
        return LoadResult(model: model, diagnostics: diagnostics.sorted(by: Self.order), loadedPolicies: fresh)
    }

    static func order(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.location != b.location { return a.location < b.location }
        return a.message < b.message
    }
}
