import Foundation
import PolicyModel

/// Loads one file's bytes as a policy, a checklist, the glossary or site.yml, without touching
/// the disk: the entry point of the fuzz target, and of tests that need one file only.
public enum SingleFileLoader {
    /// Which loader to use.
    public enum Kind: CaseIterable, Sendable {
        case policy, checklist, glossary, settings
    }

    /// Decodes and loads `data`; returns every diagnostic. Never traps on any input.
    public static func load(_ data: Data, as kind: Kind, file: String = "content/fuzz.md") -> [Diagnostic] {
        switch ContentFile.decode(data, file: file) {
        case .failure(let d):
            return [d]
        case .success(let text):
            switch kind {
            case .policy:
                var loader = PolicyLoader(id: "fuzz", file: file)
                _ = loader.load(text)
                return loader.diagnostics
            case .checklist:
                var loader = ChecklistLoader(id: "fuzz", file: file, contentPath: "checklists/fuzz.md")
                _ = loader.load(text)
                return loader.diagnostics
            case .glossary:
                var loader = GlossaryLoader(file: file)
                _ = loader.load(text)
                return loader.diagnostics
            case .settings:
                var loader = SiteSettingsLoader(file: file)
                _ = loader.load(text)
                return loader.diagnostics
            }
        }
    }
}
