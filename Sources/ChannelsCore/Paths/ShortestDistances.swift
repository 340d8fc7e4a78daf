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
        let n = snapshot.nodeCount
        let buffers = ScratchBuffers()
        defer { withExtendedLifetime(buffers) {} }
        let queue = DijkstraQueue.Storage(count: max(n, 1), in: buffers)
        var cost = [Double](repeating: .infinity, count: n)
        var hops = [Int32](repeating: -1, count: n)
        cost.withUnsafeMutableBufferPointer { costBuffer in
            hops.withUnsafeMutableBufferPointer { hopBuffer in
                guard let costStart = costBuffer.baseAddress, let hopStart = hopBuffer.baseAddress else { return }
                let labels = ArrayLabels(costs: costStart, hops: hopStart)
                EdgeCosts.with(snapshot, model) { costs in
                    run(DistancesKernel(source: source, direction: direction, costs: costs, labels: labels, queue: queue))
                }
            }
        }
        return ShortestDistances(source: source, cost: cost, hops: hops)
    }
}

/// A Dijkstra search for distances alone, with its labels in caller-owned arrays.
private struct DistancesKernel: Kernel {
    let source: Int
    let direction: TraversalDirection
    let costs: EdgeCosts
    let labels: ArrayLabels
    let queue: DijkstraQueue.Storage

    func run<Filter: SlotFilter>(_ graph: Adjacency, filter: Filter) {
        var recorder = NoRecorder()
        Dijkstra(rows: graph.rows(direction), costs: costs)
            .search(from: source, filter: filter, labels: labels, queue: queue, recorder: &recorder)
    }
}

/// Records nothing: the labels are the answer.
private struct NoRecorder: DijkstraRecorder {
    static var readsEdges: Bool { false }
    func start(_ source: Int) {}
    @inline(__always) func settle(_ node: Int, cost: Double) -> Bool { true }
    @inline(__always) func improve(_ node: Int, from predecessor: Int, edge: Int, cost: Double) {}
}
