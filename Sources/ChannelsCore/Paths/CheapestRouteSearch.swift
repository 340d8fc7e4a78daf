/// The cheapest route between two nodes: Dijkstra from the source, stopping when the target is settled,
/// in the scratch space's stamped labels (O(1) set-up).
///
/// - Complexity: O((*n* + *m*) log *n*) in the worst case; only the nodes cheaper than the target and
///   their channels are visited.
struct CheapestRouteSearch: Kernel {
    let source: Int
    let target: Int
    let costs: EdgeCosts
    let scratch: SearchScratch

    func run<Filter: SlotFilter>(_ graph: Adjacency, filter: Filter) -> Route? {
        let space = scratch.dijkstra
        let labels = StampedLabels(labels: space.labels.baseAddress.unsafelyUnwrapped, generation: scratch.nextGeneration())
        var recorder = Recorder(predecessorEdge: space.predecessorEdge, predecessorNode: space.predecessorNode, target: target)
        Dijkstra(rows: graph.forward, costs: costs)
            .search(from: source, filter: filter, labels: labels, queue: space.queue, recorder: &recorder)
        guard let cost = recorder.targetCost else { return nil }
        return Route.traced(from: source, to: target, cost: cost, predecessorNode: { space.predecessorNode[$0] },
                            predecessorEdge: { space.predecessorEdge[$0] })
    }

    /// Records each node's predecessor, and stops at the target.
    private struct Recorder: DijkstraRecorder {
        let predecessorEdge: UnsafeMutableBufferPointer<Int32>
        let predecessorNode: UnsafeMutableBufferPointer<Int32>
        let target: Int
        /// The target's cost, once settled.
        var targetCost: Double?

        static var readsEdges: Bool { true }

        func start(_ source: Int) {}

        @inline(__always)
        mutating func settle(_ node: Int, cost: Double) -> Bool {
            guard node == target else { return true }
            targetCost = cost
            return false
        }

        @inline(__always)
        func improve(_ node: Int, from predecessor: Int, edge: Int, cost: Double) {
            predecessorEdge[node] = Int32(truncatingIfNeeded: edge)
            predecessorNode[node] = Int32(truncatingIfNeeded: predecessor)
        }
    }
}
