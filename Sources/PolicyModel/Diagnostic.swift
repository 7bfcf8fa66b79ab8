import Foundation
/// One problem found in content: data, so that tests compare it whole and every front end
/// (terminal, site notices) words it from the same value.
public struct Diagnostic: Error, Sendable, Equatable, Hashable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Equatable, Hashable {
        case error
        case warning
        /// Information for the author (a route that lists no criteria): never fails a build,
        /// not even under `--strict`.
        case note
    }

    /// Error (stops a build), warning (a policy lint finding; an error under `--strict`) or note.
    public var severity: Severity
    /// Where the problem is.
    public var location: SourceLocation
    /// What is wrong and how to fix it.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// `path:line:col: error: message`, like a compiler.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

extension Diagnostic {
    /// Parses the `description` form back (`path:line:col: severity: message`), for replaying
    /// the warnings of a build that was skipped because nothing changed.
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", maxSplits: 4, omittingEmptySubsequences: false)
        guard parts.count == 5, let line = Int(parts[1]), let column = Int(parts[2]),
              let severity = Severity(rawValue: parts[3].trimmingCharacters(in: .whitespaces)) else { return nil }
        self.init(severity, SourceLocation(file: String(parts[0]), line: line, column: column), String(parts[4].dropFirst()))
    }
}
