import PolicyModel
import Yams

/// Parses YAML text into a node, turning a syntax error into a diagnostic at its line.
enum YAMLDocument {
    /// The longest value one field may hold: 64 KiB, two hundred times the longest in the
    /// real policies. Field values are repeated on many pages (the authority on every one),
    /// so a 50 MB field made gigabytes of output.
    static let maxValueBytes = 64 * 1024

    /// The first scalar (key or value) longer than `maxValueBytes`, with its place and size.
    /// A walk on its own stack (libyaml bounds nesting at 1,000 levels anyway).
    static func oversizedValue(_ root: Node) -> ((line: Int, column: Int), Int)? {
        var stack = [root]
        while let node = stack.popLast() {
            switch node {
            case .scalar(let scalar):
                let size = scalar.string.utf8.count
                if size > maxValueBytes { return ((scalar.mark?.line ?? 1, scalar.mark?.column ?? 1), size) }
            case .mapping(let mapping):
                for (key, value) in mapping.reversed() { stack.append(value); stack.append(key) }
            case .sequence(let sequence):
                stack.append(contentsOf: sequence.reversed())
            case .alias:
                break
            }
        }
        return nil
    }

    static func parse(_ yaml: String, file: String, lineOffset: Int) -> (Node?, Diagnostic?) {
        if let (line, column, problem) = YAMLCostLimit.check(yaml) {
            return (nil, Diagnostic(.error, SourceLocation(file: file, line: line + lineOffset, column: column), problem + "."))
        }
        do {
            // The basic resolver tags every scalar as a string: fields are read as text and checked
            // here, and the default resolver's regular expressions would run for every scalar
            // (and again to hash each key for the duplicate check). The encoding is named
            // because Yams's default reads the whole process environment for every document.
            let node = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
            if let (mark, size) = node.flatMap(oversizedValue) {
                return (nil, Diagnostic(.error, SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column),
                    "this value is \(size / 1024) KiB, over the \(maxValueBytes / 1024) KiB limit for one field: keep long text in the Markdown body, not in a field."))
            }
            return (node, nil)
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
