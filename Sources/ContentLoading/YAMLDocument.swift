import PolicyModel
import Yams

/// Parses YAML text into a node, turning a syntax error into a diagnostic at its line.
enum YAMLDocument {
    static func parse(_ yaml: String, file: String, lineOffset: Int) -> (Node?, Diagnostic?) {
        if let (line, column, problem) = YAMLCostLimit.check(yaml) {
            return (nil, Diagnostic(.error, SourceLocation(file: file, line: line + lineOffset, column: column), problem + "."))
        }
        do {
            // The basic resolver tags every scalar as a string: fields are read as text and checked
            // here, and the default resolver's regular expressions (run again to hash each key
            // for the duplicate check) were a fifth of loading time. The encoding is named
            // because Yams's default reads the whole process environment for every document
            // (4 % of loading 10,000 policies).
            return (try Yams.compose(yaml: yaml, .basic, .default, .utf8), nil)
        } catch let error as YamlError {
            var line = 1, column = 1, problem = "\(error)"
            switch error {
            case let .scanner(context, p, mark, _), let .parser(context, p, mark, _), let .composer(context, p, mark, _):
                line = mark.line; column = mark.column
                problem = (context.map { $0.text + " " } ?? "") + p
            case let .duplicatedKeysInMapping(duplicates, context):
                line = context.mark.line; column = context.mark.column
                problem = "duplicate field(s) \(duplicates.joined(separator: ", "))"
            case let .reader(p, _, _, _):
                problem = p
            default: break
            }
            return (nil, Diagnostic(.error, SourceLocation(file: file, line: line + lineOffset, column: column),
                                    "malformed YAML: \(problem). Check indentation, and quote values containing ': ' or '#'."))
        } catch {
            return (nil, Diagnostic(.error, SourceLocation(file: file, line: 1 + lineOffset, column: 1), "malformed YAML: \(error)"))
        }
    }
}
