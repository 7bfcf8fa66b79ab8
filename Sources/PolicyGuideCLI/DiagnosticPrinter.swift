import PolicyModel

/// Prints diagnostics like a compiler, then a count. A diagnostic is always one line:
/// control characters from content are shown escaped (`TerminalText`).
enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic], strict: Bool) {
        for d in diagnostics {
            var d = d
            if strict && d.severity == .warning { d.severity = .error }
            Stderr.write(TerminalText.visible(d.description))
        }
        let errors = diagnostics.filter { $0.severity == .error || (strict && $0.severity == .warning) }.count
        let warnings = strict ? 0 : diagnostics.filter { $0.severity == .warning }.count
        Stderr.write("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
    }
}
