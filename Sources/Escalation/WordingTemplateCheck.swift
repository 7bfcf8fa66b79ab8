import Foundation
import Mustache
import PolicyModel

/// Checks the escalation wording template (`content/wording/escalation.mustache`) the way
/// `check` checks everything else: a problem is a diagnostic at its line and column in the
/// template, so `check` reports it and `build` stops on it before rendering anything.
public enum WordingTemplateCheck {
    /// The template's first problem, or nil if Mustache accepts it.
    public static func problem(in source: String, file: String) -> Diagnostic? {
        do {
            _ = try MustacheTemplate(string: source)
            return nil
        } catch let error as MustacheTemplate.ParserError {
            var line = error.context.lineNumber, column = error.context.columnNumber
            let message: String
            switch error.error as? MustacheTemplate.Error {
            case .expectedSectionEnd?:
                // The parser notices at the end of the text; the author needs the opening tag.
                if let open = unclosedSection(in: source) { (line, column) = (open.line, open.column) }
                message = "this section is never closed: add {{/\(unclosedSection(in: source)?.name ?? "name")}} where it ends (every {{#name}} or {{^name}} needs one)."
            case .sectionCloseNameIncorrect?:
                message = "this closing tag does not match the section it closes: close {{#name}} with {{/name}}, innermost first."
            case .unfinishedName?:
                message = "this tag is not finished: close it with }} (or }}} for a triple tag)."
            case .invalidSetDelimiter?:
                message = "this set-delimiter tag is malformed: write it as {{=<% %>=}}."
            default:
                message = "this is not valid Mustache (\(error.error)): see the comment at the top of the template for the fields it may use."
            }
            return Diagnostic(.error, SourceLocation(file: file, line: line, column: column), message)
        } catch {
            return Diagnostic(.error, SourceLocation(file: file, line: 1, column: 1), "this is not valid Mustache (\(error)).")
        }
    }

    /// The innermost section opened with `{{#name}}` or `{{^name}}` and never closed, with its
    /// 1-based line and column (in characters), assuming the default delimiters.
    static func unclosedSection(in source: String) -> (name: String, line: Int, column: Int)? {
        var open: [(name: String, line: Int, column: Int)] = []
        var line = 1, column = 1
        var i = source.startIndex
        while i < source.endIndex {
            if source[i...].hasPrefix("{{"), let end = source[i...].range(of: "}}") {
                let inner = source[source.index(i, offsetBy: 2)..<end.lowerBound]
                if let sigil = inner.first, sigil == "#" || sigil == "^" {
                    open.append((inner.dropFirst().trimmingCharacters(in: .whitespaces), line, column))
                } else if inner.first == "/" {
                    _ = open.popLast()
                }
            }
            if source[i] == "\n" { line += 1; column = 1 } else { column += 1 }
            i = source.index(after: i)
        }
        return open.last
    }
}
