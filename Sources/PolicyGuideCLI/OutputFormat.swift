import ArgumentParser

/// How `escalate` prints.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json
}
