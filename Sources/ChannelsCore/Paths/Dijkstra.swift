#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An entry of Dijkstra's queue, ordered by cost, then hops, then node id, so ties break the same way
/// on every run. Hops and node share one 64-bit rank (hops above, node below; both are never negative),
/// so that a comparison is two instructions, not three branches.
struct DijkstraEntry: Comparable {
    var cost: Double
    var rank: UInt64

    init(cost: Double, hops: Int32, node: Int32) {
        self.cost = cost
        rank = UInt64(UInt32(bitPattern: hops)) << 32 | UInt64(UInt32(bitPattern: node))
    }

    var hops: Int32 { Int32(truncatingIfNeeded: rank >> 32) }
    var node: Int32 { Int32(truncatingIfNeeded: rank) }

    @inline(__always)
    static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.cost < rhs.cost || (lhs.cost == rhs.cost && lhs.rank < rhs.rank)
    }

    static func == (lhs: Self, rhs: Self) -> Bool { lhs.cost == rhs.cost && lhs.rank == rhs.rank }
}

/// A node's label in Dijkstra's search: the cost and hops of the cheapest route found so far, valid only
/// where `stamp` is the search's generation (16 bytes: four labels to a cache line).
struct DijkstraLabel {
    var cost: Double
    var hops: Int32
    var stamp: UInt32
}

/// Dijkstra's algorithm from one node, with a queue that holds each waiting node once and lowers its entry
/// when a cheaper route turns up (``DijkstraQueue``).
///
/// Costs are lexicographic (cost, hops): among routes of equal cost the one with fewer hops wins, so a
/// zero-cost channel never lengthens a route for nothing. With a target, the search stops when the target
/// is settled.
///
/// - Complexity: O((*n* + *m*) log *n*) time; O(1) set-up, as the scratch space is stamped.
struct DijkstraSearch: Kernel {
    let source: Int
    let target: Int?
    let direction: TraversalDirection
    let costs: EdgeCosts
    let scratch: SearchScratch
    /// Whether the search leaves each node's predecessor and settled stamp in the scratch space, for
    /// routes; a search for distances alone skips those writes (two random writes per improvement).
    var recordsRoutes = true

    /// Runs the search; distances and predecessors are left in the scratch space, valid for the returned
    /// generation.
    func run<Filter: SlotFilter>(_ graph: Adjacency, filter: Filter) -> UInt32 {
        let generation = scratch.nextGeneration()
        let rows = graph.rows(direction)
        let labels = scratch.labels
        let settled = scratch.otherStamp
        let predecessorEdge = scratch.predecessorEdge
        let predecessorNode = scratch.predecessorNode
        var queue = DijkstraQueue(scratch: scratch)
        let recordsRoutes = self.recordsRoutes
        labels[source] = DijkstraLabel(cost: 0, hops: 0, stamp: generation)
        if recordsRoutes {
            predecessorEdge[source] = -1
            predecessorNode[source] = -1
        }
        queue.insert(DijkstraEntry(cost: 0, hops: 0, node: Int32(source)))
        while let entry = queue.popMin() {
            let u = Int(entry.node)
            if recordsRoutes { settled[u] = generation }
            if u == target { break }
            // Settled neighbours need no test: costs are never negative (snapshots refuse negative weights
            // and confidences above 1), so no candidate improves on a settled node.
            for slot in rows.range(of: u) {
                let v = Int(rows.neighbours[slot])
                let edge = Int(rows.edges[slot])
                guard filter.allows(edge: edge, from: u, to: v) else { continue }
                let candidate = entry.cost + costs.cost(slot: slot, edge: edge, in: rows)
                let candidateHops = entry.hops + 1
                let label = labels[v]
                let isNew = label.stamp != generation
                if isNew || candidate < label.cost || (candidate == label.cost && candidateHops < label.hops) {
                    labels[v] = DijkstraLabel(cost: candidate, hops: candidateHops, stamp: generation)
                    if recordsRoutes {
                        predecessorEdge[v] = Int32(edge)
                        predecessorNode[v] = Int32(u)
                    }
                    let improved = DijkstraEntry(cost: candidate, hops: candidateHops, node: Int32(v))
                    if isNew { queue.insert(improved) } else { queue.decrease(improved) }
                }
            }
        }
        return generation
    }
}

/// Per-edge costs under a cost model, read through a raw pointer in the hot loop.
struct EdgeCosts {
    private let values: UnsafePointer<Double>?
    private let constant: Double
    /// Whether the costs are the snapshot's weights, which its rows also hold in slot order.
    private var areWeights = false

    @inline(__always)
    subscript(edge: Int) -> Double { values?[edge] ?? constant }

    /// The cost of the channel in `slot` of `rows` (a row of the same snapshot): the rows' own copy when
    /// the costs are weights, which keeps a search's reads sequential.
    @inline(__always)
    func cost(slot: Int, edge: Int, in rows: Rows) -> Double {
        areWeights ? rows.weights[slot] : self[edge]
    }

    /// Whether every edge costs 1, so that the cheapest route is the one with the fewest hops.
    var isUnit: Bool { values == nil && constant == 1 }

    /// Runs `body` with the costs of `model` on `snapshot`.
    static func with<R>(_ snapshot: GraphSnapshot, _ model: PathCost, _ body: (EdgeCosts) throws -> R) rethrows -> R {
        switch model {
        case .hops:
            return try body(EdgeCosts(values: nil, constant: 1))
        case .weight:
            if snapshot.edgeWeights.isEmpty { return try body(EdgeCosts(values: nil, constant: 1)) }
            return try snapshot.edgeWeights.withUnsafeBufferPointer {
                try body(EdgeCosts(values: $0.baseAddress, constant: 1, areWeights: true))
            }
        case .confidence:
            if snapshot.edgeConfidences.isEmpty { return try body(EdgeCosts(values: nil, constant: 0)) }
            let costs = snapshot.edgeConfidences.map { -log($0) }
            return try costs.withUnsafeBufferPointer { try body(EdgeCosts(values: $0.baseAddress, constant: 0)) }
        }
    }
}

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
    /// - Complexity: O((*n* + *m*) log *n*).
    public func shortestDistances(from source: Int, cost model: PathCost, direction: TraversalDirection = .forward) -> ShortestDistances {
        let scratch = SearchScratch(nodeCount: snapshot.nodeCount)
        let generation = EdgeCosts.with(snapshot, model) { costs in
            run(DijkstraSearch(source: source, target: nil, direction: direction, costs: costs, scratch: scratch, recordsRoutes: false))
        }
        var cost = [Double](repeating: .infinity, count: snapshot.nodeCount)
        var hops = [Int32](repeating: -1, count: snapshot.nodeCount)
        for node in 0..<snapshot.nodeCount where scratch.labels[node].stamp == generation {
            cost[node] = scratch.labels[node].cost
            hops[node] = scratch.labels[node].hops
        }
        return ShortestDistances(source: source, cost: cost, hops: hops)
    }
}
