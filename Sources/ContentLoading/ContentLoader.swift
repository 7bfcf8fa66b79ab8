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

    /// Loads everything, then runs the cross-reference checks and lint: `read` then `check`.
    public func load() -> LoadResult {
        check(read())
    }

    /// Reads and parses every content file into a model, with the problems each file alone
    /// shows; `check` then looks across files. A policy in `alreadyLoaded` (by id) is taken as
    /// given instead of being read: the caller vouches that its file is unchanged since it was
    /// loaded, and it gets no text in the model (so its pages cannot be rendered from it).
    public func read(alreadyLoaded known: [String: LoadedPolicy] = [:]) -> LoadResult {
        var diagnostics: [Diagnostic] = []
        let rootLocation = SourceLocation(file: files.displayRoot, line: 1, column: 1)
        guard files.isDirectory("") else {
            return LoadResult(model: nil, diagnostics: [Diagnostic(.error, rootLocation, "no content folder here: pass --content PATH to a folder containing site.yml and policies/.")])
        }
        var settings: SiteSettings? = nil
        let settingsPath = ContentLayout.siteSettings
        switch files.read(settingsPath) {
        case .success(let text):
            var loader = SiteSettingsLoader(file: files.display(settingsPath))
            settings = loader.load(text)
            diagnostics += loader.diagnostics
        case .failure(let d):
            diagnostics.append(files.exists(settingsPath) ? d : Diagnostic(.error, SourceLocation(file: files.display(settingsPath), line: 1, column: 1), "missing site.yml: it gives the site's title, version and publication date."))
        }

        // Folders are checked in order; the files are then read and parsed on all cores (each
        // policy is independent) and gathered back in folder order, so output is the same.
        var candidates: [(name: String, relative: String, shown: String)] = []
        // A policy already loaded is known to be a folder holding its policy.md (the caller
        // vouches both are as they were): its two `stat`s are skipped.
        for name in files.list(ContentLayout.policies) where known[name] != nil || files.isDirectory(ContentLayout.policyFolder(name)) {
            let relative = ContentLayout.policyFile(name)
            let shown = files.display(relative)
            if known[name] != nil { candidates.append((name, relative, shown)); continue }
            guard Slug.isValidID(name) else {
                diagnostics.append(Diagnostic(.error, SourceLocation(file: files.display(ContentLayout.policyFolder(name)), line: 1, column: 1),
                    "policy folder name '\(name)' is not a valid id: use lower-case letters, digits and hyphens only (it becomes part of every page address)."))
                continue
            }
            guard files.exists(relative) else {
                diagnostics.append(Diagnostic(.error, SourceLocation(file: shown, line: 1, column: 1), "missing policy.md in policies/\(name)/: each policy folder holds one policy.md."))
                continue
            }
            candidates.append((name, relative, shown))
        }
        let loaded = Parallel.map(candidates) { [files] c -> (Policy?, MarkdownNode?, [Diagnostic]) in
            if let given = known[c.name] { return (given.policy, nil, given.diagnostics) }
            switch files.read(c.relative) {
            case .success(let text):
                var loader = PolicyLoader(id: c.name, file: c.shown)
                let policy = loader.load(text)
                return (policy?.policy, policy?.text, loader.diagnostics)
            case .failure(let d):
                return (nil, nil, [d])
            }
        }
        var policies: [Policy] = []
        var texts: [String: MarkdownNode] = [:]
        var fresh: [LoadedPolicy] = []
        for (policy, text, found) in loaded {
            if let policy {
                policies.append(policy)
                if let text {
                    texts[policy.id] = text
                    fresh.append(LoadedPolicy(policy: policy, diagnostics: found))
                }
            }
            diagnostics += found
        }
        if policies.isEmpty && !diagnostics.contains(where: { $0.severity == .error }) {
            diagnostics.append(Diagnostic(.error, SourceLocation(file: files.display(ContentLayout.policies), line: 1, column: 1), "no policies: add a folder policies/<id>/ with a policy.md."))
        }

        var checklists: [Checklist] = []
        for name in files.list(ContentLayout.checklists) where name.hasSuffix(".md") && name != "README.md" {
            let id = String(name.dropLast(3))
            let relative = ContentLayout.checklistFile(name)
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
        if files.exists(ContentLayout.glossary) {
            switch files.read(ContentLayout.glossary) {
            case .success(let text):
                var loader = GlossaryLoader(file: files.display(ContentLayout.glossary))
                glossary = loader.load(text)
                diagnostics += loader.diagnostics
            case .failure(let d):
                diagnostics.append(d)
            }
        }

        let templatePath = ContentLayout.wordingTemplate
        var template = ""
        var composer: WordingComposer? = nil
        switch files.read(templatePath) {
        case .success(let text):
            template = text
            let read = WordingTemplateCheck.read(text, file: files.display(templatePath))
            composer = read.composer
            diagnostics += read.problems
        case .failure(let d):
            diagnostics.append(files.exists(templatePath) ? d : Diagnostic(.error, SourceLocation(file: files.display(templatePath), line: 1, column: 1), "missing the escalation wording template \(templatePath)."))
        }

        guard let settings else {
            return LoadResult(model: nil, diagnostics: diagnostics.sorted(by: Self.order))
        }
        let model = ContentModel(settings: settings, policies: policies, texts: texts, checklists: checklists, glossary: glossary,
                                 wordingTemplate: template, wordingTemplateFile: files.display(templatePath))
        return LoadResult(model: model, diagnostics: diagnostics.sorted(by: Self.order), loadedPolicies: fresh, wordingComposer: composer)
    }

    /// Adds the checks across files to what `read` found: every internal link and anchor,
    /// checklist sources, then lint. The links of the policies in `skippingLinksOf` are not
    /// checked: the caller vouches that they and every target they may name are unchanged
    /// since they last passed.
    public func check(_ result: LoadResult, skippingLinksOf skipped: Set<String> = []) -> LoadResult {
        guard let model = result.model else { return result }
        var checked = result
        var diagnostics = result.diagnostics
        diagnostics += ContentChecker(model: model, display: files.display).check(skippingLinksOf: skipped)
        // A lint finding on a line that already has an error (a rejected timescale reads as
        // "no timescale") would only repeat the error less accurately.
        let errorLines = Set(diagnostics.filter { $0.severity == .error }.map { "\($0.location.file):\($0.location.line)" })
        diagnostics += PolicyLint(model: model).findings().filter { !errorLines.contains("\($0.location.file):\($0.location.line)") }
        checked.diagnostics = diagnostics.sorted(by: Self.order)
        return checked
    }

    /// Every anchor a link into `policy` may name (its headings', and one per route, stage
    /// and criterion): while these are unchanged, links into it that passed still pass.
    public static func linkTargets(of policy: Policy) -> [String] {
        ContentChecker.anchors(of: policy)
    }

    static func order(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.location != b.location { return a.location < b.location }
        return a.message < b.message
    }
}
