import ArgumentParser
import Foundation

/// Options shared by every command that reads content.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The content folder (site.yml, policies/, checklists/, glossary.yml, wording/).", valueName: "path"))
    var content: String = "content"

    var contentURL: URL { URL(fileURLWithPath: content) }
}
