import ChannelsCore
import ChannelsModel

/// Small typed graphs for hand-checked cases: actors "a", "b", … and channels written as
/// `("a", "b", kind, date)` tuples.
enum TestGraphs {
    struct Edge {
        var source: String
        var target: String
        var kind: ChannelKind = .call
        var directed: Bool? = nil
        var date: String? = nil
        var from: String? = nil
        var until: String? = nil
        var weight: Double? = nil
        var confidence: Double? = nil
        var id: String? = nil
    }

    static func graph(_ names: [String], _ edges: [Edge], sides: [String: String] = [:]) -> ChannelGraph {
        let actors = names.map { Actor(id: $0, kind: .person, side: sides[$0]) }
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let channels = edges.enumerated().map { position, edge in
            Channel(
                id: edge.id ?? "c\(position)", kind: edge.kind,
                source: index[edge.source] ?? -1, target: index[edge.target] ?? -1,
                directed: edge.directed ?? (edge.kind == .message),
                date: edge.date.flatMap { PartialDate($0) }, from: edge.from.flatMap { PartialDate($0) },
                until: edge.until.flatMap { PartialDate($0) }, weight: edge.weight, confidence: edge.confidence)
        }
        return ChannelGraph(actors: actors, channels: channels)
    }

    static func day(_ text: String) -> Int32 {
        PartialDate(text)?.firstDay.rawValue ?? 0
    }

    /// `snapshot` seen without every `nodeStep`-th node from `firstNode` and every `channelStep`-th channel
    /// from the first: a filtered view for agreement tests.
    static func thinned(_ snapshot: GraphSnapshot, nodesFrom firstNode: Int, every nodeStep: Int, channelsEvery channelStep: Int) -> GraphView {
        GraphView(snapshot)
            .removingNodes(stride(from: firstNode, to: snapshot.nodeCount, by: nodeStep).map(Int32.init))
            .removingEdges(stride(from: 0, to: snapshot.edgeCount, by: channelStep).map(Int32.init))
    }

    /// Node ids of a route as actor names.
    static func names(_ route: Route, in graph: ChannelGraph) -> [String] {
        route.nodes.map { graph.actors[Int($0)].id }
    }
}

/// Shorthand for a channel.
func e(_ source: String, _ target: String, _ kind: ChannelKind = .call, date: String? = nil, from: String? = nil,
       until: String? = nil, weight: Double? = nil, confidence: Double? = nil, directed: Bool? = nil, id: String? = nil) -> TestGraphs.Edge {
    TestGraphs.Edge(source: source, target: target, kind: kind, directed: directed, date: date, from: from, until: until,
                    weight: weight, confidence: confidence, id: id)
}
