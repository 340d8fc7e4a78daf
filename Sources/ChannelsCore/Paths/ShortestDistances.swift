/// Shortest distances from one node to every node, by Dijkstra.
public struct ShortestDistances: Sendable {
    public let source: Int
    /// The cost of the cheapest route to each node; `infinity` where unreachable.
    public let cost: [Double]
    /// The hops of that route; -1 where unreachable.
    public let hops: [Int32]
}

extension GraphView {
    /// The cheapest costs from `source` to every node under `model`.
    ///
    /// The search writes its labels straight into the two result arrays (``ArrayLabels``), so a relaxation
    /// reads 8 bytes of the node it reaches, not a 16-byte stamped label, and nothing is copied afterwards.
    ///
    /// - Complexity: O((*n* + *m*) log *n*).
    public func shortestDistances(from source: Int, cost model: PathCost, direction: TraversalDirection = .forward) -> ShortestDistances {
        snapshot.checkNode(source, "source")
        let scratch = SearchScratch(nodeCount: snapshot.nodeCount)
        var cost = [Double](repeating: .infinity, count: snapshot.nodeCount)
        var hops = [Int32](repeating: -1, count: snapshot.nodeCount)
        cost.withUnsafeMutableBufferPointer { costBuffer in
            hops.withUnsafeMutableBufferPointer { hopBuffer in
                guard let costStart = costBuffer.baseAddress, let hopStart = hopBuffer.baseAddress else { return }
                let labels = ArrayLabels(costs: costStart, hops: hopStart)
                EdgeCosts.with(snapshot, model) { edgeCosts in
                    let search = DijkstraSearch(source: source, target: nil, direction: direction, costs: edgeCosts,
                                                scratch: scratch)
                    run(DistancesKernel(search: search, labels: labels))
                }
            }
        }
        return ShortestDistances(source: source, cost: cost, hops: hops)
    }
}

/// A Dijkstra search for distances alone, with its labels in caller-owned arrays.
private struct DistancesKernel: Kernel {
    let search: DijkstraSearch
    let labels: ArrayLabels

    func run<Filter: SlotFilter>(_ graph: Adjacency, filter: Filter) {
        search.distances(graph, filter: filter, into: labels)
    }
}
