public import ChannelsFormats
import Graphviz

/// Parses DOT with libcgraph, Graphviz's own parser, for ``ChannelsFormats/DOTGraphReader``: give it to
/// `GraphReadOptions.dotParser` to read DOT files.
public struct GraphvizDOTParser: DOTParsing {
    public init() {}

    /// - Complexity: that of libcgraph's parser, serialised with every other use of Graphviz.
    public func parse(_ text: String) -> Result<DOTDocument, DOTParseError> {
        do {
            let graph = try Graphviz.parse(dot: text)
            return .success(DOTDocument(
                name: graph.name,
                attributes: graph.attributes.map(Self.attribute),
                isDirected: graph.isDirected,
                nodes: graph.nodes.map { DOTDocument.Node(name: $0.name, attributes: $0.attributes.map(Self.attribute)) },
                edges: graph.edges.map { DOTDocument.Edge(tail: $0.tail, head: $0.head, attributes: $0.attributes.map(Self.attribute)) }))
        } catch {
            return .failure(DOTParseError(line: error.line, message: error.message))
        }
    }

    private static func attribute(_ pair: (key: String, value: String)) -> DOTDocument.Attribute {
        DOTDocument.Attribute(key: pair.key, value: pair.value)
    }
}
