import CYaml
import PolicyModel

/// Bounds what a YAML document can cost before Yams builds its tree. Yams expands every
/// alias (`*name`) into a copy of the anchored node and hashes mapping keys whole, so nine
/// levels of anchored lists, each listing the one before nine times, made a key of nine to
/// the ninth values and hung the build (holding the output lock). The document's events are
/// read first with libyaml (the parser Yams itself uses), counting aliases and the values
/// they would expand to; Yams composes the document only if both are within the limits.
/// Nesting is bounded by libyaml itself (1,000 levels).
enum YAMLCostLimit {
    /// At most this many aliases in one document.
    static let maxAliases = 100
    /// At most this many values in one document once every alias is expanded.
    static let maxExpandedValues = 10_000

    /// Where and why `yaml` is over a limit (1-based line and column within it), or nil.
    /// A document that libyaml cannot parse is left for Yams to report.
    static func check(_ yaml: String) -> (line: Int, column: Int, problem: String)? {
        // Every alias starts with '*': a document without one (nearly all) costs one scan.
        guard yaml.containsByte(UInt8(ascii: "*")) else { return nil }
        var yaml = yaml
        return yaml.withUTF8 { buffer -> (Int, Int, String)? in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            // Values under each open collection (itself included), and each anchor's total.
            var open: [(anchor: String?, values: Int)] = []
            var anchored: [String: Int] = [:]
            var aliases = 0, values = 0
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                let line = Int(event.start_mark.line) + 1, column = Int(event.start_mark.column) + 1
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_SCALAR_EVENT:
                    values += 1
                    if !open.isEmpty { open[open.count - 1].values += 1 }
                    if let anchor = name(event.data.scalar.anchor) { anchored[anchor] = 1 }
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    values += 1
                    let anchor = event.type == YAML_SEQUENCE_START_EVENT ? name(event.data.sequence_start.anchor) : name(event.data.mapping_start.anchor)
                    open.append((anchor, 1))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard let closed = open.popLast() else { break }
                    if let anchor = closed.anchor { anchored[anchor] = closed.values }
                    if !open.isEmpty { open[open.count - 1].values += closed.values }
                case YAML_ALIAS_EVENT:
                    aliases += 1
                    if aliases > maxAliases {
                        return (line, column, "more than \(maxAliases) aliases (*name) in one document, the limit: write the values out instead of repeating them by alias")
                    }
                    let size = name(event.data.alias.anchor).flatMap { anchored[$0] } ?? 1
                    values += size
                    if !open.isEmpty { open[open.count - 1].values += size }
                    if values > maxExpandedValues {
                        return (line, column, "the aliases (*name) here expand to more than \(maxExpandedValues) values, the limit: write the values out instead of nesting aliases")
                    }
                default:
                    break
                }
            }
        }
    }

    /// An anchor's name from libyaml's C string.
    private static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
