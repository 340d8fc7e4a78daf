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

/// What a Dijkstra search records beyond each node's label, and when it stops. Each caller brings its
/// own: predecessors for a route, the settling order and route counts for betweenness, sums of distances
/// for closeness, nothing for distances alone.
protocol DijkstraRecorder {
    /// Whether routes of equal cost are all counted (``tie(_:from:)``) rather than told apart by hops.
    ///
    /// A counting search takes each run of parallel channels once, at its cheapest, and never relaxes a
    /// settled node, so each route counted is a distinct sequence of actors.
    static var countsTies: Bool { get }
    /// Whether ``improve(_:from:edge:cost:)`` reads its `edge`.
    static var readsEdges: Bool { get }
    /// The search starts at `source`.
    mutating func start(_ source: Int)
    /// `node` is settled at `cost`; returns whether the search goes on.
    mutating func settle(_ node: Int, cost: Double) -> Bool
    /// The cheapest route found so far to `node` now ends with `edge` from `predecessor`, at `cost`.
    mutating func improve(_ node: Int, from predecessor: Int, edge: Int, cost: Double)
    /// Counting searches only: another route as cheap as `node`'s best ends with a hop from `predecessor`.
    mutating func tie(_ node: Int, from predecessor: Int)
    /// Counting searches only: whether `node` is settled.
    func isSettled(_ node: Int) -> Bool
}

extension DijkstraRecorder {
    static var countsTies: Bool { false }
    mutating func tie(_ node: Int, from predecessor: Int) {}
    func isSettled(_ node: Int) -> Bool { false }
}

/// Dijkstra's algorithm from one node: the one search by cost behind every caller (cheapest routes and
/// Yen's spurs, distances, weighted betweenness and closeness, all cheapest routes).
///
/// The queue holds each waiting node once and lowers its entry when a cheaper route turns up
/// (``DijkstraQueue``). Labels live where the caller keeps them (``DijkstraLabels``: stamped for
/// single-pair queries, plain arrays for whole-graph ones), and what else the search records is its
/// recorder's (``DijkstraRecorder``). The search is specialised on the filter, on how a channel's cost is
/// read, on the labels and on the recorder, so that the relaxation loop reads the rows' edge ids only when
/// one of them needs them, and does no work its caller does not use.
///
/// Unless the recorder counts ties, costs are lexicographic (cost, hops): among routes of equal cost the
/// one with fewer hops wins, so a zero-cost channel never lengthens a route for nothing.
///
/// - Complexity: O((*n* + *m*) log *n*) time over the nodes and channels reached; no allocation.
struct Dijkstra {
    let rows: Rows
    let costs: EdgeCosts

    /// Searches from `source` under `filter`, labelling into `labels` (which must read as unlabelled for
    /// every node) with a queue in `queue`, reporting to `recorder`.
    func search<Filter: SlotFilter, Labels: DijkstraLabels, Recorder: DijkstraRecorder>(
        from source: Int, filter: Filter, labels: Labels, queue: DijkstraQueue.Storage, recorder: inout Recorder
    ) {
        switch costs.resolved(for: rows) {
        case .slotWeights(let cost): search(from: source, filter: filter, cost: cost, labels: labels, queue: queue, recorder: &recorder)
        case .edgeValues(let cost): search(from: source, filter: filter, cost: cost, labels: labels, queue: queue, recorder: &recorder)
        case .constant(let cost): search(from: source, filter: filter, cost: cost, labels: labels, queue: queue, recorder: &recorder)
        }
    }

    private func search<Filter: SlotFilter, Cost: ChannelCost, Labels: DijkstraLabels, Recorder: DijkstraRecorder>(
        from source: Int, filter: Filter, cost: Cost, labels: Labels, queue storage: DijkstraQueue.Storage,
        recorder: inout Recorder
    ) {
        let readsEdges = Filter.readsEdges || Cost.readsEdges || Recorder.readsEdges
        var queue = DijkstraQueue(storage)
        labels.setLabel(source, cost: 0, hops: 0)
        recorder.start(source)
        queue.insert(DijkstraEntry(cost: 0, hops: 0, node: Int32(source)))
        while let entry = queue.popMin() {
            let u = Int(entry.node)
            guard recorder.settle(u, cost: entry.cost) else { break }
            let candidateHops = entry.hops &+ 1
            var slot = Int(rows.offsets[u])
            let end = Int(rows.offsets[u + 1])
            while slot < end {
                let v = Int(rows.neighbours[slot])
                var hop = Double.infinity
                var edge = -1
                if Recorder.countsTies {
                    // The cheapest allowed channel of the run of parallel slots to v.
                    while slot < end && Int(rows.neighbours[slot]) == v {
                        let candidateEdge = Int(rows.edges[slot])
                        if filter.allows(edge: candidateEdge, from: u, to: v) {
                            let channelCost = cost.cost(slot: slot, edge: candidateEdge)
                            if edge < 0 || channelCost < hop { (hop, edge) = (channelCost, candidateEdge) }
                        }
                        slot &+= 1
                    }
                    guard edge >= 0, !recorder.isSettled(v) else { continue }
                } else {
                    edge = readsEdges ? Int(rows.edges[slot]) : 0
                    let current = slot
                    slot &+= 1
                    guard filter.allows(edge: edge, from: u, to: v) else { continue }
                    hop = cost.cost(slot: current, edge: edge)
                }
                // Settled nodes need no test when ties are broken by hops: costs are never negative
                // (snapshots refuse negative weights and confidences above 1), so no candidate improves on
                // a settled node.
                let candidate = entry.cost + hop
                let known = labels.cost(of: v)
                // An unlabelled node reads as (infinity, Int32.max), so a route whose cost overflows to
                // infinity still labels it when ties are broken by hops (distances report such a node as
                // reached at infinity); a counting search leaves it unreached.
                if candidate < known || (!Recorder.countsTies && candidate == known && candidateHops < labels.hops(of: v)) {
                    let isNew = !labels.hasLabel(v)
                    labels.setLabel(v, cost: candidate, hops: candidateHops)
                    recorder.improve(v, from: u, edge: edge, cost: candidate)
                    let improved = DijkstraEntry(cost: candidate, hops: candidateHops, node: Int32(v))
                    if isNew { queue.insert(improved) } else { queue.decrease(improved) }
                } else if Recorder.countsTies && candidate == known && labels.hasLabel(v) {
                    recorder.tie(v, from: u)
                }
            }
        }
    }
}
