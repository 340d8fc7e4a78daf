/// Who stands between two actors: each intermediary's share of the shortest routes between them.
public struct PairBrokerage: Sendable {
    /// The length (hops) of the shortest routes; `nil` when there is none.
    public let distance: Int?
    /// How many shortest routes there are (a floating-point count).
    public let routeCount: Double
    /// Each intermediary on some shortest route, with the fraction of shortest routes through it, largest
    /// first (ties by node id).
    public let shares: [(node: Int32, share: Double)]
}

extension GraphView {
    /// Each intermediary's share of the shortest routes from `source` to `target`: σ(s, v) × σ(v, t) / σ(s, t)
    /// for every v with d(s, v) + d(v, t) = d(s, t). Routes are sequences of actors, parallel channels
    /// counting once, as in betweenness: summed over all pairs, these shares are betweenness.
    ///
    /// - Complexity: O(*n* + *m*): one breadth-first search from each end.
    public func pairBrokerage(from source: Int, to target: Int) -> PairBrokerage {
        snapshot.checkNodes(source, target)
        let forward = routeCounts(from: source, direction: .forward)
        let backward = routeCounts(from: target, direction: .backward)
        let length = forward.distance[target]
        guard length > 0 else { return PairBrokerage(distance: length == 0 ? 0 : nil, routeCount: length == 0 ? 1 : 0, shares: []) }
        let total = forward.sigma[target]
        var shares: [(node: Int32, share: Double)] = []
        for node in 0..<snapshot.nodeCount where node != source && node != target {
            let there = forward.distance[node], back = backward.distance[node]
            guard there > 0, back > 0, there + back == length else { continue }
            shares.append((Int32(node), forward.sigma[node] * backward.sigma[node] / total))
        }
        shares.sort { $0.share != $1.share ? $0.share > $1.share : $0.node < $1.node }
        return PairBrokerage(distance: Int(length), routeCount: total, shares: shares)
    }

    /// Hop distances and shortest-route counts from one node, parallel channels counting once.
    func routeCounts(from start: Int, direction: TraversalDirection) -> (distance: [Int32], sigma: [Double]) {
        let n = snapshot.nodeCount
        var distance = [Int32](repeating: -1, count: n)
        var sigma = [Double](repeating: 0, count: n)
        withRows(direction) { rows in
            withMaskFilter { filter in
                var queue = [start]
                distance[start] = 0
                sigma[start] = 1
                var head = 0
                while head < queue.count {
                    let v = queue[head]
                    head += 1
                    rows.forEachDistinctNeighbour(of: v, filter: filter) { w in
                        if distance[w] < 0 {
                            distance[w] = distance[v] + 1
                            queue.append(w)
                        }
                        if distance[w] == distance[v] + 1 { sigma[w] += sigma[v] }
                    }
                }
            }
        }
        return (distance, sigma)
    }
}
