public import ChannelsCore
public import ChannelsModel

extension PlainGraph {
    /// The actor node `index` stands for: its label as id and name, of kind `other`.
    public func actor(_ index: Int) -> Actor {
        let label = labels.label(of: index)
        return Actor(id: label, name: label, kind: .other)
    }

    /// The channel edge `edge` stands for: id `e<edge>` (or as written), kind `other`, its weight.
    public func channel(_ edge: Int) -> Channel {
        Channel(
            id: "e\(edge)", kind: .other, source: Int(snapshot.edgeSources[edge]), target: Int(snapshot.edgeTargets[edge]),
            directed: snapshot.isEdgeDirected(edge), weight: snapshot.edgeWeights.isEmpty ? nil : snapshot.edgeWeights[edge])
    }

    /// The whole graph in the typed model, for writers of attribute-rich formats.
    ///
    /// - Complexity: O(*n* + *m*), with a few hundred bytes per channel: for big graphs prefer an edge
    ///   list or a binary snapshot.
    public func typedGraph() -> ChannelGraph {
        ChannelGraph(actors: (0..<snapshot.nodeCount).map(actor), channels: (0..<snapshot.edgeCount).map(channel))
    }
}
