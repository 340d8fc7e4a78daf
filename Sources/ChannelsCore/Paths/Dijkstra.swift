/// An entry of Dijkstra's queue, ordered by cost, then hops, then node id, so ties break the same way
/// on every run.
///
/// The three share one 128-bit key: the cost's bit pattern above, hops and node below (both never
/// negative). Costs are never negative (nor NaN), and the bit patterns of non-negative doubles order as
/// the doubles do, so comparing two entries is one unsigned 128-bit comparison: no branch, which matters
/// when a heap picks the least of four children at every level.
struct DijkstraEntry: Comparable {
    private let key: UInt128

    /// An entry for a cost that is not negative; −0 counts as 0.
    @inline(__always)
    init(cost: Double, hops: Int32, node: Int32) {
        key = UInt128((cost + 0).bitPattern) << 64
            | UInt128(UInt32(bitPattern: hops)) << 32 | UInt128(UInt32(bitPattern: node))
    }

    var cost: Double { Double(bitPattern: UInt64(truncatingIfNeeded: key >> 64)) }
    var hops: Int32 { Int32(truncatingIfNeeded: key >> 32) }
    var node: Int32 { Int32(truncatingIfNeeded: key) }

    @inline(__always)
    static func < (lhs: Self, rhs: Self) -> Bool { lhs.key < rhs.key }
}

/// Dijkstra's algorithm from one node, with a queue that holds each waiting node once and lowers its entry
/// when a cheaper route turns up (``DijkstraQueue``).
///
/// Costs are lexicographic (cost, hops): among routes of equal cost the one with fewer hops wins, so a
/// zero-cost channel never lengthens a route for nothing. With a target, the search stops when the target
/// is settled.
///
/// - Complexity: O((*n* + *m*) log *n*) time.
struct DijkstraSearch: Kernel {
    let source: Int
    let target: Int?
    let direction: TraversalDirection
    let costs: EdgeCosts
    let scratch: SearchScratch

    /// Runs the search; distances and predecessors are left in the scratch space, valid for the returned
    /// generation.
    ///
    /// - Complexity: O((*n* + *m*) log *n*) time; O(1) set-up, as the scratch space is stamped.
    func run<Filter: SlotFilter>(_ graph: Adjacency, filter: Filter) -> UInt32 {
        let generation = scratch.nextGeneration()
        let labels = StampedLabels(labels: scratch.labels.baseAddress.unsafelyUnwrapped, generation: generation)
        run(graph, filter: filter, labels: labels, routesGeneration: generation)
        return generation
    }

    /// Runs the search for distances alone, with its labels in `labels`, which the caller has preset;
    /// records no routes (no predecessors, no settled stamps: two random writes fewer per improvement).
    ///
    /// - Complexity: O((*n* + *m*) log *n*) time, after the caller's O(*n*) preset.
    func distances<Filter: SlotFilter>(_ graph: Adjacency, filter: Filter, into labels: ArrayLabels) {
        run(graph, filter: filter, labels: labels, routesGeneration: nil)
    }

    /// Resolves how costs are read, then searches.
    private func run<Filter: SlotFilter, Labels: DijkstraLabels>(
        _ graph: Adjacency, filter: Filter, labels: Labels, routesGeneration: UInt32?
    ) {
        let rows = graph.rows(direction)
        switch costs.resolved(for: rows) {
        case .slotWeights(let cost): search(rows, filter: filter, cost: cost, labels: labels, routesGeneration: routesGeneration)
        case .edgeValues(let cost): search(rows, filter: filter, cost: cost, labels: labels, routesGeneration: routesGeneration)
        case .constant(let cost): search(rows, filter: filter, cost: cost, labels: labels, routesGeneration: routesGeneration)
        }
    }

    /// The search, specialised on the filter, on how a channel's cost is read and on where labels live,
    /// so that the relaxation loop reads the rows' edge ids only when the filter, the costs or the routes
    /// need them. With a `routesGeneration`, predecessors are kept and settled nodes stamped with it.
    private func search<Filter: SlotFilter, Cost: ChannelCost, Labels: DijkstraLabels>(
        _ rows: Rows, filter: Filter, cost: Cost, labels: Labels, routesGeneration: UInt32?
    ) {
        let recordsRoutes = routesGeneration != nil
        let generation = routesGeneration ?? 0
        let settled = scratch.otherStamp
        let predecessorEdge = scratch.predecessorEdge
        let predecessorNode = scratch.predecessorNode
        var queue = DijkstraQueue(scratch: scratch)
        let readsEdges = Filter.readsEdges || Cost.readsEdges || recordsRoutes
        labels.setLabel(source, cost: 0, hops: 0)
        if recordsRoutes {
            predecessorEdge[source] = -1
            predecessorNode[source] = -1
        }
        queue.insert(DijkstraEntry(cost: 0, hops: 0, node: Int32(source)))
        while let entry = queue.popMin() {
            let u = Int(entry.node)
            if recordsRoutes { settled[u] = generation }
            if u == target { break }
            let candidateHops = entry.hops &+ 1
            // Settled neighbours need no test: costs are never negative (snapshots refuse negative weights
            // and confidences above 1), so no candidate improves on a settled node.
            for slot in rows.range(of: u) {
                let v = Int(rows.neighbours[slot])
                let edge = readsEdges ? Int(rows.edges[slot]) : 0
                guard filter.allows(edge: edge, from: u, to: v) else { continue }
                let candidate = entry.cost + cost.cost(slot: slot, edge: edge)
                let known = labels.cost(of: v)
                // An unlabelled node reads as (infinity, Int32.max), so a route whose cost overflows to
                // infinity still labels it.
                guard candidate < known || (candidate == known && candidateHops < labels.hops(of: v)) else { continue }
                let isNew = !labels.hasLabel(v)
                labels.setLabel(v, cost: candidate, hops: candidateHops)
                if recordsRoutes {
                    predecessorEdge[v] = Int32(edge)
                    predecessorNode[v] = Int32(u)
                }
                let improved = DijkstraEntry(cost: candidate, hops: candidateHops, node: Int32(v))
                if isNew { queue.insert(improved) } else { queue.decrease(improved) }
            }
        }
    }
}
