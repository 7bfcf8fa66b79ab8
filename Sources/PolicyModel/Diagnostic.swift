/// One problem found in content: data, so that tests compare it whole and every front end
/// (terminal, site notices) words it from the same value.
public struct Diagnostic: Error, Sendable, Equatable, Hashable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Equatable, Hashable {
        case error
        case warning
    }

    /// Error (stops a build) or warning (a policy lint finding; an error under `--strict`).
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
