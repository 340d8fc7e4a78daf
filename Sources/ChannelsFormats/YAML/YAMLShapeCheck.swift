import CYaml
import ChannelsModel

/// Checks the shape of a YAML text on libyaml's event stream, before Yams composes it into nodes, so that
/// hostile files fail fast with a located error instead of exhausting the stack, memory or time:
///
/// - nesting deeper than ``maximumDepth`` (Yams composes recursively, one stack frame per level);
/// - aliases whose expansion would exceed ``maximumExpandedNodes`` (the "billion laughs": ten anchors,
///   each a list of ten aliases to the previous one, expand to 10¹⁰ values);
/// - a list or mapping used as a mapping key, directly or through an alias (Yams hashes keys to find
///   duplicates, which takes the expanded size in time).
///
/// Syntax errors are left to the composer, which locates and words them better.
///
/// (CYaml, the libyaml copy inside Yams, is reached through the Yams product.)
enum YAMLShapeCheck {
    static let maximumDepth = 256
    static let maximumExpandedNodes = YAMLNodeReader.maximumVisits

    /// What is wrong with the shape of `text`, or `nil`.
    ///
    /// - Complexity: O(*n*) in the size of the text; memory for the anchors' sizes.
    static func problem(in text: String, file: String) -> Diagnostic? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1, let base = buffer.baseAddress else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, base, buffer.count)
            var walk = Walk(file: file)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                let outcome = walk.visit(&event)
                yaml_event_delete(&event)
                switch outcome {
                case .next: continue
                case .end: return nil
                case .problem(let diagnostic): return diagnostic
                }
            }
        }
    }

    /// The walk over events: open collections, anchors' expanded sizes, values counted with aliases
    /// expanded.
    private struct Walk {
        enum Outcome {
            case next, end
            case problem(Diagnostic)
        }

        let file: String
        /// Open lists and mappings: whether a mapping, values completed inside, where the expansion
        /// count stood when it opened, and its anchor.
        var open: [(isMapping: Bool, items: Int, start: Int, anchor: String?)] = []
        var anchorSizes: [String: Int] = [:]
        var expanded = 0

        mutating func visit(_ event: inout yaml_event_t) -> Outcome {
            let line = Int(event.start_mark.line) + 1, column = Int(event.start_mark.column) + 1
            func problem(_ message: String) -> Outcome {
                .problem(Diagnostic(file: file, line: line, column: column, message: message))
            }
            var isKey: Bool { open.last.map { $0.isMapping && $0.items % 2 == 0 } ?? false }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return .end
            case YAML_SCALAR_EVENT:
                expanded += 1
                if let anchor = name(event.data.scalar.anchor) { anchorSizes[anchor] = 1 }
                completeValue()
            case YAML_ALIAS_EVENT:
                let anchor = name(event.data.alias.anchor) ?? ""
                let size = anchorSizes[anchor] ?? 1
                if isKey && size > 1 { return problem("an alias to a list or mapping cannot be a key") }
                expanded += size
                if expanded > maximumExpandedNodes {
                    return problem("the document expands to more than \(maximumExpandedNodes) values through aliases; refusing to read it")
                }
                completeValue()
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                if isKey { return problem("a \(isMapping ? "mapping" : "list") cannot be a key") }
                guard open.count < maximumDepth else {
                    return problem("lists and mappings nest deeper than \(maximumDepth) levels; no graph needs that")
                }
                let anchor = name(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
                open.append((isMapping, 0, expanded, anchor))
                expanded += 1
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let closed = open.popLast() else { return .next }
                if let anchor = closed.anchor { anchorSizes[anchor] = expanded - closed.start }
                completeValue()
            default:
                break
            }
            return expanded > maximumExpandedNodes
                ? problem("the document holds more than \(maximumExpandedNodes) values; refusing to read it") : .next
        }

        private mutating func completeValue() {
            guard !open.isEmpty else { return }
            open[open.count - 1].items += 1
        }

        private func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: UnsafePointer($0)) }
        }
    }
}
