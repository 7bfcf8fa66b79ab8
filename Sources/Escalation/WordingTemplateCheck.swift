import Foundation
import Mustache
import PolicyModel

/// Checks the escalation wording template (`content/wording/escalation.mustache`) the way
/// `check` checks everything else: a problem is a diagnostic at its line and column in the
/// template, so `check` reports it and `build` stops on it before rendering anything.
public enum WordingTemplateCheck {
    /// How deeply sections may nest. The template has two levels; swift-mustache parses and
    /// renders sections recursively, and 50,000 nested `{{#a}}` overflowed the stack.
    public static let maxNesting = 50

    /// The template's first problem, or nil if Mustache accepts it.
    public static func problem(in source: String, file: String) -> Diagnostic? {
        let tags = sections(in: source)
        // Checked before the template is parsed: the parser itself would overflow.
        if let deep = tags.tooDeep {
            return Diagnostic(.error, SourceLocation(file: file, line: deep.line, column: deep.column),
                "sections are nested more than \(maxNesting) deep here, the limit: close some before opening more.")
        }
        do {
            _ = try MustacheTemplate(string: source)
            return nil
        } catch let error as MustacheTemplate.ParserError {
            var line = error.context.lineNumber, column = error.context.columnNumber
            let message: String
            switch error.error as? MustacheTemplate.Error {
            case .expectedSectionEnd?:
                // The parser notices at the end of the text; the author needs the opening tag.
                if let open = tags.unclosed { (line, column) = (open.line, open.column) }
                message = "this section is never closed: add {{/\(tags.unclosed?.name ?? "name")}} where it ends (every {{#name}} or {{^name}} needs one)."
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

    /// A section tag's name and 1-based line and column (in bytes, like every diagnostic).
    struct SectionTag: Equatable {
        let name: String
        let line: Int
        let column: Int
    }

    /// One linear pass over the template's section tags (default delimiters): the innermost
    /// section opened with `{{#name}}` or `{{^name}}` and never closed, and the first one
    /// opened deeper than `maxNesting`.
    static func sections(in source: String) -> (unclosed: SectionTag?, tooDeep: SectionTag?) {
        let bytes = Array(source.utf8)
        var open: [SectionTag] = []
        var tooDeep: SectionTag? = nil
        var line = 1, lineStart = 0, i = 0
        let brace = UInt8(ascii: "{"), closing = UInt8(ascii: "}"), newline = UInt8(ascii: "\n")
        while i < bytes.count {
            if bytes[i] == newline { line += 1; lineStart = i + 1; i += 1; continue }
            guard bytes[i] == brace, i + 1 < bytes.count, bytes[i + 1] == brace else { i += 1; continue }
            // The tag's end; none means no later tag is complete either.
            var end = i + 2
            while end + 1 < bytes.count, !(bytes[end] == closing && bytes[end + 1] == closing) { end += 1 }
            guard end + 1 < bytes.count else { break }
            let inner = bytes[(i + 2)..<end]
            if let sigil = inner.first, sigil == UInt8(ascii: "#") || sigil == UInt8(ascii: "^") {
                let name = String(decoding: inner.dropFirst(), as: UTF8.self).trimmingCharacters(in: .whitespaces)
                open.append(SectionTag(name: name, line: line, column: i - lineStart + 1))
                if open.count > maxNesting && tooDeep == nil { tooDeep = open.last }
            } else if inner.first == UInt8(ascii: "/") {
                _ = open.popLast()
            }
            // Lines inside the tag still count.
            for j in i..<end where bytes[j] == newline { line += 1; lineStart = j + 1 }
            i = end + 2
        }
        return (open.last, tooDeep)
    }
}
