/// In-, out- and total degree of every node, counting parallel channels, or their weights (strength).
public struct Degrees: Sendable {
    public let inDegree: [Double]
    public let outDegree: [Double]
    /// In + out for a directed view; the number of channel ends (a loop counts twice) for an undirected one.
    public let total: [Double]
}

extension GraphView {
    /// Degrees of every node over the channels the view allows, as NetworkX counts them: a two-way channel
    /// is one edge of an undirected graph, or two opposite arcs of a directed one.
    ///
    /// - Parameter weighted: Sum channel weights (strength) instead of counting channels.
    /// - Complexity: O(*m*).
    public func degrees(weighted: Bool = false) -> Degrees {
        let n = snapshot.nodeCount
        var inDegree = [Double](repeating: 0, count: n)
        var outDegree = [Double](repeating: 0, count: n)
        var total = [Double](repeating: 0, count: n)
        let directed = hasDirectedChannels
        for edge in 0..<snapshot.edgeCount where allowsEdge(edge) {
            let source = Int(snapshot.edgeSources[edge]), target = Int(snapshot.edgeTargets[edge])
            guard allowsNode(source), allowsNode(target) else { continue }
            let amount = weighted ? snapshot.weight(ofEdge: edge) : 1
            outDegree[source] += amount
            inDegree[target] += amount
            if !snapshot.isEdgeDirected(edge) {
                outDegree[target] += amount
                inDegree[source] += amount
            }
            if directed {
                total[source] += amount
                total[target] += amount
                if !snapshot.isEdgeDirected(edge) {
                    total[source] += amount
                    total[target] += amount
                }
            } else {
                total[source] += amount
                total[target] += amount
            }
        }
        return Degrees(inDegree: inDegree, outDegree: outDegree, total: total)
    }
}
