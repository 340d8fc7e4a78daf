import ChannelsCore
import ChannelsModel

/// Where a written graph goes: a file, replaced atomically, or a stream such as standard output.
public enum GraphDestination {
    case file(String)
    case stream(([UInt8]) -> Void)
}

extension GraphFile {
    /// Why a graph was not written; the previous file, if any, is unchanged.
    public enum WriteFailure: Error, Sendable, CustomStringConvertible {
        /// The file system refused: the output could not be created, or writing failed midway.
        case file(AtomicFile.Failure)
        /// The format cannot go to a stream (a binary snapshot is written to a file).
        case needsAFile(GraphFileFormat)
        /// The graph could not be encoded in the format.
        case encoding(String)

        public var description: String {
            switch self {
            case .file(let failure): failure.description
            case .needsAFile(let format): "\(format.displayName) is written to a file, not to standard output"
            case .encoding(let reason): reason
            }
        }
    }

    /// Writes `content` as `format`. CSV and TSV written to a file put the nodes beside the edges
    /// (`graph.csv` and `graph.nodes.csv`); to a stream they write the edges alone. DOT is the plain
    /// diagram of ``DOTWriter`` with default options. A typed graph written as an edge list or snapshot
    /// keeps its structure, labelled by actor ids; a plain graph written in a typed format gets one
    /// actor per node.
    ///
    /// - Parameter watcher: told of each temporary file while it is written (for clean-up on Ctrl-C).
    /// - Throws: ``WriteFailure``; a file that was there is then unchanged.
    /// - Complexity: O(*n* + *m*), and O(*m* log *m*) for a typed graph written as a snapshot.
    public static func write(
        _ content: GraphContent, as format: GraphFileFormat, to destination: GraphDestination, watcher: (any TemporaryFileWatcher)? = nil
    ) throws(WriteFailure) {
        func emit(_ bytes: [UInt8], to destination: GraphDestination) throws(WriteFailure) {
            switch destination {
            case .stream(let write): write(bytes)
            case .file(let path):
                do { try AtomicFile.write(bytes, to: path, watcher: watcher) } catch { throw .file(error) }
            }
        }
        switch format {
        case .chsnap:
            guard case .file(let path) = destination else { throw .needsAFile(format) }
            do { try BinarySnapshot.write(plain(content), to: path, watcher: watcher) } catch { throw .file(error) }
        case .edgelist:
            try emit(EdgeList.write(plain(content)), to: destination)
        case .csv, .tsv:
            let graph = typed(content)
            let delimiter: Character = format == .tsv ? "\t" : ","
            try emit(Array(CSVGraph.writeEdges(graph, delimiter: delimiter).utf8), to: destination)
            if case .file(let path) = destination {
                try emit(Array(CSVGraph.writeNodes(graph, delimiter: delimiter).utf8), to: .file(CSVGraph.nodesPath(forEdges: path)))
            }
        case .yaml:
            let text: String
            do { text = try YAMLGraphWriter.write(typed(content)) } catch { throw .encoding(error.description) }
            try emit(Array(text.utf8), to: destination)
        case .graphml: try emit(Array(GraphMLWriter.write(typed(content)).utf8), to: destination)
        case .gexf: try emit(Array(GEXF.write(typed(content)).utf8), to: destination)
        case .json: try emit(Array(NodeLinkJSON.write(typed(content)).utf8), to: destination)
        case .dot: try emit(Array(DOTWriter(graph: typed(content), options: DiagramOptions()).write().utf8), to: destination)
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
