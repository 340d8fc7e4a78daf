public import ChannelsModel
import OrderedCollections
import Yams

/// Reads the native YAML graph format (`docs/graph-format.md`) and validates it.
///
/// Reading never stops at the first problem: every problem found is reported, located by line and column.
///
///     let result = YAMLGraphReader.read(bytes, file: "graph.yaml")
///     for diagnostic in result.diagnostics { print(diagnostic) }   // graph.yaml:12:13: error: …
public enum YAMLGraphReader {
    /// The outcome of reading a file: the graph if it had no errors, and every diagnostic found.
    public struct Result: Sendable {
        public var graph: ChannelGraph?
        public var diagnostics: [Diagnostic]
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// The newest format version this reader understands.
    public static let formatVersion = 1
    /// Files larger than this are refused: YAML is for curated graphs; big ones belong in edge lists.
    public static let maximumFileSize = 64 << 20

    /// Reads and validates a graph file.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - file: The name to report diagnostics against.
    ///   - strict: Also warn about channels without citations and citations without a quote or note.
    /// - Complexity: O(*n*) in the size of the file, plus O(*k* log *k*) to suggest names for unknown ids.
    public static func read(_ bytes: [UInt8], file: String, strict: Bool = false) -> Result {
        if bytes.count > maximumFileSize {
            return Result(graph: nil, diagnostics: [Diagnostic(
                file: file, line: 1, column: 1,
                message: "the file is \(bytes.count >> 20) MB; YAML graph files are limited to \(maximumFileSize >> 20) MB (use an edge list or a binary snapshot for large graphs)")])
        }
        let text: String
        do {
            text = try InputText.decode(bytes, file: file)
        } catch {
            return Result(graph: nil, diagnostics: [error])
        }
        if let problem = YAMLShapeCheck.problem(in: text, file: file) {
            return Result(graph: nil, diagnostics: [problem])
        }
        let root: Node?
        do {
            // No tag resolution: the decoder reads every scalar as text and types it itself, and Yams'
            // default resolver runs a few ICU regular expressions per scalar (most of the start-up time).
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            return Result(graph: nil, diagnostics: [diagnostic(for: error, file: file)])
        } catch {
            return Result(graph: nil, diagnostics: [Diagnostic(file: file, message: "not YAML: \(error)")])
        }
        guard let root, !isEmptyScalar(root) else {
            return Result(graph: nil, diagnostics: [Diagnostic(file: file, line: 1, column: 1, message: "the file has no content, only comments")])
        }
        var decoder = GraphDocumentDecoder(reader: YAMLNodeReader(file: file), strict: strict)
        let graph = decoder.decode(root)
        let diagnostics = decoder.reader.diagnostics.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }
        let hasErrors = diagnostics.contains { $0.severity == .error }
        return Result(graph: hasErrors ? nil : graph, diagnostics: diagnostics)
    }

    private static func isEmptyScalar(_ node: Node) -> Bool {
        if case .scalar(let scalar) = node, scalar.string.isEmpty, scalar.style == .plain { return true }
        return false
    }

    static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { " \($0.text)" } ?? ""
            return Diagnostic(file: file, line: mark.line, column: mark.column, message: "not valid YAML: \(problem)\(detail)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(file: file, line: context.mark.line, column: context.mark.column,
                              message: "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in one mapping")
        case .reader(let problem, let offset, _, _):
            return Diagnostic(file: file, message: "not readable as YAML: \(problem)\(offset.map { " at byte \($0)" } ?? "")")
        default:
            return Diagnostic(file: file, message: "not valid YAML: \(error)")
        }
    }
}
