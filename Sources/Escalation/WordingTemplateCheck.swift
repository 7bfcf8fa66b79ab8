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

    /// The transforms swift-mustache applies (`{{uppercased(name)}}`); any other name in
    /// front of brackets prints nothing.
    static let transforms: Set<String> = ["capitalized", "lowercased", "uppercased", "reversed", "first", "last", "count",
                                          "empty", "sorted", "enumerated", "equalzero", "plusone", "minusone", "even", "odd", "index"]

    /// The template's first problem, or nil if it has none.
    public static func problem(in source: String, file: String) -> Diagnostic? {
        problems(in: source, file: file).first
    }

    /// The template's problems in reading order: the first one Mustache's parser stops at,
    /// or else every name the composer does not fill and every partial (there are no other
    /// templates to include).
    public static func problems(in source: String, file: String) -> [Diagnostic] {
        read(source, file: file).problems
    }

    /// Checks and parses the template once: its problems (as `problems(in:file:)`), and a
    /// composer for it unless Mustache could not parse it (then a problem says why).
    public static func read(_ source: String, file: String) -> (composer: WordingComposer?, problems: [Diagnostic]) {
        let tags = WordingTemplateTag.scan(source)
        func at(_ line: Int, _ column: Int, _ message: String) -> Diagnostic {
            Diagnostic(.error, SourceLocation(file: file, line: line, column: column), message)
        }
        // Checked before the template is parsed: the parser itself would overflow.
        var depth = 0
        for tag in tags {
            if tag.kind == .section || tag.kind == .invertedSection {
                depth += 1
                if depth > maxNesting {
                    return (nil, [at(tag.line, tag.column, "sections are nested more than \(maxNesting) deep here, the limit: close some before opening more.")])
                }
            } else if tag.kind == .close {
                depth = max(0, depth - 1)
            }
        }
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: source)
        } catch let error as MustacheTemplate.ParserError {
            // The parser stops inside the tag it cannot read: point at the tag's opening braces.
            let offset = byteOffset(of: error.context, in: source)
            let tag = offset.flatMap { o in tags.last { $0.offset <= o && o < $0.end } }
            // A tag never closed is not among the tags read: its "{{" is the last one before.
            let start = tag?.offset ?? offset.map { o in lastOpening(before: o, in: source) ?? o }
            var (line, column) = start.map { lineAndColumn(ofByte: $0, in: source) } ?? (1, 1)
            let message: String
            switch error.error as? MustacheTemplate.Error {
            case .expectedSectionEnd?:
                // The parser notices at the end of the text; the author needs the opening tag.
                let open = unclosedSection(in: tags)
                if let open { (line, column) = (open.line, open.column) }
                message = "this section is never closed: add {{/\(open?.name ?? "name")}} where it ends (every {{#name}} or {{^name}} needs one)."
            case .sectionCloseNameIncorrect?:
                if let tag, let open = openSections(before: tag, in: tags).last {
                    message = "this closing tag does not match the section it closes: {{#\(open.name)}} (line \(open.line)) is still open, so close it with {{/\(open.name)}} first (sections close innermost first)."
                } else {
                    message = "this closing tag closes no open section: remove it, or open the section with {{#\(tag?.name ?? "name")}} before it."
                }
            case .unfinishedName?:
                message = "this tag is not finished: close it with }} (or }}} for a triple tag); a name may use letters, digits and . - _ only."
            case .invalidSetDelimiter?:
                message = "this set-delimiter tag is malformed: write it as {{=<% %>=}}."
            case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?:
                message = "this pragma is not one Mustache knows: the template's first line should be {{% CONTENT_TYPE: TEXT}} (plain text, nothing escaped as HTML)."
            default:
                // The parser ran out of text inside a tag it could not finish.
                if let start, source.utf8.dropFirst(start + 2).first == UInt8(ascii: "=") {
                    message = "this set-delimiter tag is malformed: write it as {{=<% %>=}}."
                } else if "\(error.error)" == "overflow" {
                    message = "this tag is never finished: close it with }} (or }}} for a triple tag)."
                } else {
                    message = "this is not valid Mustache (\(error.error)): see the comment at the top of the template for the fields it may use."
                }
            }
            return (nil, [at(line, column, message)])
        } catch {
            return (nil, [at(1, 1, "this is not valid Mustache (\(error)).")])
        }
        return (WordingComposer(parsed: template), unknownNames(in: tags).map { at($0.tag.line, $0.tag.column, $0.message) })
    }

    /// The innermost section opened and never closed.
    static func unclosedSection(in tags: [WordingTemplateTag]) -> WordingTemplateTag? {
        openSections(before: nil, in: tags).last
    }

    /// The sections open just before `tag` (at the end when nil), outermost first.
    static func openSections(before tag: WordingTemplateTag?, in tags: [WordingTemplateTag]) -> [WordingTemplateTag] {
        var open: [WordingTemplateTag] = []
        for t in tags {
            if let tag, t.offset >= tag.offset { break }
            if t.kind == .section || t.kind == .invertedSection { open.append(t) } else if t.kind == .close { _ = open.popLast() }
        }
        return open
    }

    /// Every tag naming something the composer does not fill where the tag stands, with what
    /// to write instead. Mustache looks a name up in each open section, innermost first, then
    /// in the template's fields; `a.b` looks up `b` inside `a`; `.` is the current value.
    static func unknownNames(in tags: [WordingTemplateTag]) -> [(tag: WordingTemplateTag, message: String)] {
        // What each open section makes the current value; the template's fields outermost.
        var scopes: [WordingField] = [.template]
        var found: [(WordingTemplateTag, String)] = []
        for tag in tags {
            switch tag.kind {
            case .comment, .setDelimiter, .pragma:
                continue
            case .partial(let sigil):
                let what = sigil == ">" ? "a partial ({{>name}})" : "template inheritance ({{\(sigil)name}})"
                found.append((tag, "the wording template cannot use \(what): there are no other templates to include. Write the text here instead."))
                continue
            case .close:
                if scopes.count > 1 { scopes.removeLast() }
                continue
            case .variable, .section, .invertedSection:
                break
            }
            // `uppercased(reversed(name))`: transforms outermost first, then the name.
            let parts = tag.name.split(separator: "(", omittingEmptySubsequences: false).map(String.init)
            let name = parts.last!.trimmingCharacters(in: ")")
            var field: WordingField? = nil
            if let unknown = parts.dropLast().first(where: { !transforms.contains($0) }) {
                found.append((tag, "'\(unknown)' is not a transform Mustache knows: use one of \(transforms.sorted().joined(separator: ", ")), or write the field's name alone."))
            } else if name == "." || (name.isEmpty && parts.count > 1) {
                field = scopes.last
            } else if let resolved = resolve(name, in: scopes) {
                field = resolved
            } else {
                found.append((tag, unknownMessage(name, scopes: scopes)))
            }
            if tag.kind == .section { scopes.append(field?.opened ?? .text) }
            // An inverted section shows its text when the value is missing: the value is not opened.
            if tag.kind == .invertedSection { scopes.append(.text) }
        }
        return found
    }

    /// The field `name` stands for where `scopes` are open, or nil if the composer fills none.
    static func resolve(_ name: String, in scopes: [WordingField]) -> WordingField? {
        // A leading dot (`.name`) looks only in the current value, never further out.
        let onlyHere = name.hasPrefix(".")
        let path = name.dropFirst(onlyHere ? 1 : 0).split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !path.contains(where: \.isEmpty) else { return nil }
        var field = onlyHere ? scopes.last?.fields[path[0]] : scopes.reversed().lazy.compactMap { $0.fields[path[0]] }.first
        for key in path.dropFirst() { field = field?.fields[key] }
        return field
    }

    /// What to write instead of `name`: the section a field of another section belongs in,
    /// the field it is a near miss of, or the fields there are here.
    static func unknownMessage(_ name: String, scopes: [WordingField]) -> String {
        let sections = WordingField.template.fields.filter { $0.value.opened.fields[name] != nil }.keys.sorted()
        if let section = sections.first {
            return "'\(name)' is a field of \(section), so here it would print nothing: write it inside {{#\(section)}} … {{/\(section)}}."
        }
        var here = Set<String>()
        for scope in scopes { here.formUnion(scope.fields.keys) }
        // `stage.nme`: the near miss is among the fields of what the name before it stands for.
        var prefix = "", last = name.hasPrefix(".") ? String(name.dropFirst()) : name
        if let dot = last.lastIndex(of: "."), let parent = resolve(String(last[..<dot]), in: scopes), !parent.fields.isEmpty {
            prefix = String(last[...dot])
            here = Set(parent.fields.keys)
            last = String(last[last.index(after: dot)...])
        }
        let candidates = here.sorted()
        // Edit distance costs the name's length times each field's: a name of thousands of
        // characters is no typo, and is not compared.
        if last.utf8.count <= 64, let suggestion = Suggestion.closest(to: last, in: candidates) {
            return "there is no field '\(name)' here, so it would print nothing: did you mean '\(prefix + suggestion)'?"
        }
        return "there is no field '\(name)' here, so it would print nothing: write one of \(candidates.joined(separator: ", ")) (the comment at the top of the template says what each holds)."
    }

    /// The byte offset the parser's error context points at. The parser counts lines by any
    /// newline character and columns in characters back to the last "\n"; diagnostics count
    /// both in bytes by "\n", so the position is found again by walking the characters.
    static func byteOffset(of context: MustacheParserContext, in source: String) -> Int? {
        var newlines = 0, column = 0, bytes = 0
        for character in source {
            if newlines == context.lineNumber - 1 && column == context.columnNumber - 1 { return bytes }
            if character.isNewline { newlines += 1 }
            column = character == "\n" ? 0 : column + 1
            bytes += character.utf8.count
        }
        return newlines == context.lineNumber - 1 && column == context.columnNumber - 1 ? bytes : nil
    }

    /// The offset of the last "{{" that starts before `offset`.
    static func lastOpening(before offset: Int, in source: String) -> Int? {
        let bytes = Array(source.utf8.prefix(offset + 1))
        var i = bytes.count - 2
        let brace = UInt8(ascii: "{")
        while i >= 0, !(bytes[i] == brace && bytes[i + 1] == brace) { i -= 1 }
        guard i >= 0 else { return nil }
        // "{{{" opens a triple tag at its first brace.
        while i > 0, bytes[i - 1] == brace { i -= 1 }
        return i
    }

    /// The 1-based line and byte column of byte `offset` in `source`.
    static func lineAndColumn(ofByte offset: Int, in source: String) -> (Int, Int) {
        var line = 1, lineStart = 0
        for (i, b) in source.utf8.prefix(offset).enumerated() where b == UInt8(ascii: "\n") { line += 1; lineStart = i + 1 }
        return (line, offset - lineStart + 1)
    }
}
