public import ChannelsCore
public import ChannelsModel

/// The graph file formats channels reads and writes.
public enum GraphFileFormat: String, CaseIterable, Sendable {
    case yaml, graphml, gexf, json, csv, tsv, edgelist, dot, chsnap

    /// The format a file name's extension names.
    public static func fromExtension(_ path: String) -> GraphFileFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "yaml", "yml": return .yaml
        case "graphml": return .graphml
        case "gexf": return .gexf
        case "json": return .json
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        case "txt", "edges", "el", "edgelist", "snap": return .edgelist
        case "dot", "gv": return .dot
        case "chsnap": return .chsnap
        default: return nil
        }
    }

    /// The format the first bytes of a file suggest, when they are unmistakable.
    public static func sniff(_ bytes: some Collection<UInt8>) -> GraphFileFormat? {
        let head = String(decoding: bytes.prefix(512), as: UTF8.self)
        if head.hasPrefix("CHANSNAP") { return .chsnap }
        let text = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if text.hasPrefix("{") || text.hasPrefix("[") { return .json }
        if text.hasPrefix("<") {
            if head.contains("<gexf") { return .gexf }
            if head.contains("<graphml") { return .graphml }
            return nil
        }
        let firstWord = text.prefix { !$0.isWhitespace && $0 != "{" }.lowercased()
        if ["digraph", "graph", "strict"].contains(firstWord) { return .dot }
        if text.hasPrefix("format:") || text.hasPrefix("actors:") || text.hasPrefix("title:") || text.hasPrefix("---") { return .yaml }
        return nil
    }

    var displayName: String {
        switch self {
        case .yaml: "YAML"
        case .graphml: "GraphML"
        case .gexf: "GEXF"
        case .json: "JSON"
        case .csv: "CSV"
        case .tsv: "TSV"
        case .edgelist: "an edge list"
        case .dot: "DOT"
        case .chsnap: "a binary snapshot"
        }
    }
}

/// A graph as read from a file: typed (YAML and the attribute-rich formats) or plain (edge lists and
/// binary snapshots, which can hold millions of edges).
public enum GraphContent: Sendable {
    case typed(ChannelGraph)
    case plain(PlainGraph)
}

/// Options for reading any graph file.
public struct GraphReadOptions: Sendable {
    /// The format; from the extension (or the contents) when `nil`.
    public var format: GraphFileFormat?
    /// Whether edge lists and CSV edges without a direction are directed.
    public var directed = true
    /// A CSV of node attributes to go with a CSV edge list.
    public var nodes: (bytes: [UInt8], file: String)?
    /// YAML only: also warn about uncited channels.
    public var strict = false
    /// DOT only: the parser of DOT's grammar (ChannelsRender's `GraphvizDOTParser`); without one, a DOT
    /// file is refused with a message that says so.
    public var dotParser: (any DOTParsing)?

    public init(
        format: GraphFileFormat? = nil, directed: Bool = true, nodes: (bytes: [UInt8], file: String)? = nil, strict: Bool = false,
        dotParser: (any DOTParsing)? = nil
    ) {
        self.format = format
        self.directed = directed
        self.nodes = nodes
        self.strict = strict
        self.dotParser = dotParser
    }
}

/// Where a graph comes from: bytes already in memory (standard input, built-in graphs) or a file, which
/// edge lists and binary snapshots read in place rather than as one buffer.
public enum GraphInput: Sendable {
    case bytes([UInt8], name: String)
    case file(String)

    /// The name diagnostics give the input.
    public var name: String {
        switch self {
        case .bytes(_, let name): name
        case .file(let path): path
        }
    }
}

/// Reads and writes a graph file in any supported format: the one place that knows which reader and which
/// writer each ``GraphFileFormat`` has.
public enum GraphFile {
    /// The graph `input` holds, and every diagnostic found. A CSV or TSV edges file `graph.csv` takes its
    /// nodes from `graph.nodes.csv` beside it, when there is one and `options` name no other.
    ///
    /// - Throws: when a file cannot be opened or read (what is wrong in its contents is a diagnostic).
    public static func read(_ input: GraphInput, options: GraphReadOptions) throws(InputFile.Failure) -> (content: GraphContent?, diagnostics: [Diagnostic]) {
        switch input {
        case .bytes(let bytes, let name):
            return read(bytes, file: name, options: options)
        case .file(let path):
            let claimed = options.format ?? GraphFileFormat.fromExtension(path)
            guard claimed == .edgelist || claimed == .chsnap else {
                var options = options
                let nodesPath = CSVGraph.nodesPath(forEdges: path)
                if options.nodes == nil, claimed == .csv || claimed == .tsv, InputFile.isRegularFile(nodesPath) {
                    options.nodes = (try InputFile.read(nodesPath), nodesPath)
                }
                return read(try InputFile.read(path), file: path, options: options)
            }
            if let mismatch = mismatch(claimed: claimed, sniffed: GraphFileFormat.sniff(try InputFile.head(path, count: 512)), file: path, options: options) {
                return (nil, [mismatch])
            }
            do {
                if claimed == .chsnap { return (.plain(try BinarySnapshot.read(path: path)), []) }
                return (.plain(try EdgeList.read(MappedFile(path), file: path, directed: options.directed)), [])
            } catch let failure as BinarySnapshot.Failure {
                return (nil, [Diagnostic(file: path, message: failure.message)])
            } catch let diagnostic as Diagnostic {
                return (nil, [diagnostic])
            } catch {
                throw error as? InputFile.Failure ?? .unreadable(path, reason: "\(error)")
            }
        }
    }

    /// The graph in `bytes`, and every diagnostic found.
    public static func read(_ bytes: [UInt8], file: String, options: GraphReadOptions) -> (content: GraphContent?, diagnostics: [Diagnostic]) {
        let claimed = options.format ?? GraphFileFormat.fromExtension(file)
        let sniffed = GraphFileFormat.sniff(bytes)
        if let mismatch = mismatch(claimed: claimed, sniffed: sniffed, file: file, options: options) { return (nil, [mismatch]) }
        guard var format = claimed ?? sniffed else {
            return (nil, [Diagnostic(file: file, line: 1, column: 1,
                                     message: "cannot tell the format of this file; pass --input-format (\(GraphFileFormat.allCases.map(\.rawValue).joined(separator: ", ")))")])
        }
        if let problem = textProblem(bytes, format: format, file: file) { return (nil, [problem]) }
        if format == .tsv, options.format == nil, CSVGraph.startsWithANodePair(bytes, delimiter: UInt8(ascii: "\t")) { format = .edgelist }
        switch format {
        case .yaml:
            let result = YAMLGraphReader.read(bytes, file: file, strict: options.strict)
            return (result.graph.map(GraphContent.typed), result.diagnostics)
        case .graphml: return typed(GraphMLReader.read(bytes, file: file))
        case .gexf: return typed(GEXF.read(bytes, file: file))
        case .json: return typed(NodeLinkJSON.read(bytes, file: file))
        case .csv, .tsv:
            let delimiter = format == .tsv ? UInt8(ascii: "\t") : UInt8(ascii: ",")
            return typed(CSVGraph.read(edges: bytes, file: file, nodes: options.nodes, delimiter: delimiter, directed: options.directed))
        case .dot:
            guard let parser = options.dotParser else {
                return (nil, [Diagnostic(file: file, message: "reading DOT needs Graphviz's parser: pass GraphvizDOTParser() (ChannelsRender) as GraphReadOptions.dotParser")])
            }
            return typed(DOTGraphReader.read(bytes, file: file, parser: parser))
        case .edgelist:
            do {
                let graph = try bytes.withUnsafeBytes { raw in Result { () throws(Diagnostic) in try EdgeList.read(raw, file: file, directed: options.directed) } }.get()
                return (.plain(graph), [])
            } catch {
                return (nil, [error])
            }
        case .chsnap:
            return (nil, [Diagnostic(file: file, message: "binary snapshots are read from a file, not from standard input")])
        }
    }

    /// What makes `bytes` unreadable as text before any parsing: a NUL byte or invalid UTF-8. JSON is
    /// UTF-8 by definition. XML declares its encoding and is checked by its readers (``XMLInput``); the
    /// other formats check their text themselves.
    private static func textProblem(_ bytes: [UInt8], format: GraphFileFormat, file: String) -> Diagnostic? {
        format == .json ? InputText.encodingProblem(bytes, file: file) : nil
    }

    /// The error for a file whose contents are plainly in another format than its extension says.
    private static func mismatch(claimed: GraphFileFormat?, sniffed: GraphFileFormat?, file: String, options: GraphReadOptions) -> Diagnostic? {
        guard let claimed, let sniffed, options.format == nil, claimed != sniffed, !compatible(claimed, sniffed) else { return nil }
        return Diagnostic(file: file, line: 1, column: 1,
                          message: "the file looks like \(sniffed.displayName), not \(claimed.displayName) as its extension says; pass --input-format \(sniffed.rawValue) if it is")
    }

    private static func typed(_ result: (graph: ChannelGraph?, diagnostics: [Diagnostic])) -> (content: GraphContent?, diagnostics: [Diagnostic]) {
        (result.graph.map(GraphContent.typed), result.diagnostics)
    }

    /// Pairs of formats that sniffing cannot tell apart reliably.
    private static func compatible(_ a: GraphFileFormat, _ b: GraphFileFormat) -> Bool {
        let loose: Set<GraphFileFormat> = [.csv, .tsv, .edgelist, .yaml]
        return loose.contains(a) && loose.contains(b)
    }
}
