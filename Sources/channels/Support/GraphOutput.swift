import ChannelsCore
import ChannelsFormats
import ChannelsModel
import ChannelsRender

/// Writes a graph in any output format, to a file (atomically) or standard output.
enum GraphOutput {
    /// The formats `convert`, `export` and `generate` write.
    static let formats: [GraphFileFormat] = [.yaml, .graphml, .gexf, .json, .csv, .tsv, .edgelist, .dot, .chsnap]

    /// The format of an output path, from `format` or its extension.
    static func format(for path: String, explicit: GraphFileFormat?) throws -> GraphFileFormat {
        if let explicit { return explicit }
        guard let format = GraphFileFormat.fromExtension(path) else {
            throw Failure(ExitStatus.usage, "cannot tell the format of '\(path)' from its extension; add --output-format (\(formats.map(\.rawValue).joined(separator: ", ")))")
        }
        return format
    }

    /// Writes `content` as `format` to `path` (`-` for standard output). CSV and TSV write the nodes too,
    /// beside the edges: `graph.csv` and `graph.nodes.csv`.
    static func write(_ content: GraphContent, as format: GraphFileFormat, to path: String) throws {
        switch format {
        case .chsnap:
            guard path != "-" else { throw Failure(ExitStatus.usage, "a binary snapshot is written to a file, not to standard output") }
            do {
                try BinarySnapshot.write(plain(content), to: path)
            } catch {
                throw Failure(error.stage == .create ? ExitStatus.cannotCreate : ExitStatus.ioError, error.description)
            }
        case .edgelist:
            try OutputFile.write(EdgeList.write(plain(content)), to: path)
        case .csv, .tsv:
            let graph = typed(content)
            let delimiter: Character = format == .tsv ? "\t" : ","
            try OutputFile.write(Array(CSVGraph.writeEdges(graph, delimiter: delimiter).utf8), to: path)
            if path != "-" {
                try OutputFile.write(Array(CSVGraph.writeNodes(graph, delimiter: delimiter).utf8), to: CSVGraph.nodesPath(forEdges: path))
            }
        default:
            try OutputFile.write(Array(try text(typed(content), as: format).utf8), to: path)
        }
    }

    private static func text(_ graph: ChannelGraph, as format: GraphFileFormat) throws -> String {
        switch format {
        case .graphml: return GraphMLWriter.write(graph)
        case .gexf: return GEXF.write(graph)
        case .json: return NodeLinkJSON.write(graph)
        case .dot: return DOTWriter(graph: graph, options: DiagramOptions()).write()
        default:
            do {
                return try YAMLGraphWriter.write(graph)
            } catch {
                throw Failure(ExitStatus.software, error.description)
            }
        }
    }

    private static func typed(_ content: GraphContent) -> ChannelGraph {
        switch content {
        case .typed(let graph): graph
        case .plain(let graph): graph.typedGraph()
        }
    }

    /// A plain graph: a typed graph's snapshot, labelled by actor ids.
    private static func plain(_ content: GraphContent) -> PlainGraph {
        switch content {
        case .plain(let graph): graph
        case .typed(let graph): PlainGraph(snapshot: GraphSnapshot(graph), labels: .names(graph.actors.map(\.id)))
        }
    }
}
