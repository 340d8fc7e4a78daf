/// One thread's scratch space for Brandes' algorithm, and the single-source pass itself.
///
/// After each source only the nodes it reached are reset, so a source that reaches few nodes costs little.
struct BrandesWorker {
    /// The weighted search's state: each settled node's rank, the cost and hops of its label, and its
    /// number of cheapest routes; and room for its queue.
    private let rank: UnsafeMutableBufferPointer<Int32>
    private let cost: UnsafeMutableBufferPointer<Double>
    private let hops: UnsafeMutableBufferPointer<Int32>
    private let sigma: UnsafeMutableBufferPointer<Double>
    private let queue: DijkstraQueue.Storage
    /// (1 + δ) / σ of each node whose dependency is known, when edges are credited or costs weighted.
    private let coefficient: UnsafeMutableBufferPointer<Double>
    private let order: UnsafeMutableBufferPointer<Int32>
    /// All-zero and all-one bit masks, read from memory so that the compiler cannot see which is which
    /// and turn ``select(_:if:)`` back into a branch.
    private let masks: UnsafeMutableBufferPointer<UInt64>
    /// The search counting hops: distance and route count of each node, side by side.
    private let hopStates: UnsafeMutableBufferPointer<HopState>
    /// Frees the buffers when the last copy of the worker goes.
    private let owner: ScratchBuffers

    init(nodeCount n: Int) {
        let count = max(n, 1)
        let buffers = ScratchBuffers()
        rank = buffers.make(count, filledWith: -1)
        cost = buffers.make(count, filledWith: .infinity)
        hops = buffers.make(count, filledWith: -1)
        queue = DijkstraQueue.Storage(count: count, in: buffers)
        sigma = buffers.make(count, filledWith: 0)
        coefficient = buffers.make(count, filledWith: 0)
        // One spare slot: the branch-free search writes one past the last node it queues.
        order = buffers.make(count + 1, filledWith: 0)
        hopStates = buffers.make(count, filledWith: .unreached)
        masks = buffers.make(2, filledWith: 0)
        masks[1] = ~0
        owner = buffers
    }

    /// Adds the dependencies of every node on `source` into `vector` (and edge credits after them).
    ///
    /// - Complexity: O(*m*) unweighted, O(*m* + *n* log *n*) weighted.
    func run<Filter: SlotFilter>(source: Int, context: BrandesContext, filter: Filter, into vector: UnsafeMutableBufferPointer<Double>) {
        if context.weighted {
            let reached = searchWeighted(from: source, rows: context.rows, filter: filter, costs: context.costs)
            accumulate(source: source, reached: reached, context: context, filter: filter, into: vector)
            for index in 0..<reached {
                let node = Int(order[index])
                rank[node] = -1
                cost[node] = .infinity
                hops[node] = -1
                sigma[node] = 0
            }
            return
        }
        let reached = countRoutes(from: source, rows: context.rows, filter: filter)
        if context.edgeOffset == nil {
            accumulateDependencies(source: source, reached: reached, rows: context.rows, filter: filter,
                                   endpoints: context.endpoints, into: vector)
        } else {
            accumulate(source: source, reached: reached, context: context, filter: filter, into: vector)
        }
        for index in 0..<reached { hopStates[Int(order[index])] = .unreached }
    }

    // MARK: Hops

    /// Breadth-first search counting shortest routes into `hopStates`; returns the number of nodes
    /// reached, in `order`.
    ///
    /// Whether a neighbour is new, or one step further, is a coin toss the processor cannot predict, so
    /// the loop decides both without branching: it always writes the neighbour after the queue's end
    /// and moves the end only for a new one, and adds zero routes to a neighbour that is not one step on.
    private func countRoutes<Filter: SlotFilter>(from source: Int, rows: Rows, filter: Filter) -> Int {
        order[0] = Int32(source)
        hopStates[source] = HopState(paths: 1, distance: 0)
        var head = 0
        var tail = 1
        while head < tail {
            let v = Int(order[head])
            head += 1
            let next = hopStates[v].distance + 1
            let paths = hopStates[v].paths
            rows.forEachDistinctNeighbour(of: v, filter: filter) { w in
                let known = hopStates[w].distance
                let isNew = known < 0
                order[tail] = Int32(truncatingIfNeeded: w)
                tail &+= isNew ? 1 : 0
                hopStates[w].distance = isNew ? next : known
                hopStates[w].paths += select(paths, if: isNew || known == next)
            }
        }
        return tail
    }

    /// The dependency accumulation after ``countRoutes(from:rows:filter:)``, walking reached nodes from the
    /// farthest back. Each node's route count is replaced by its coefficient (1 + δ) / σ once known, which
    /// is all that nodes nearer the source pull from it.
    private func accumulateDependencies<Filter: SlotFilter>(
        source: Int, reached: Int, rows: Rows, filter: Filter, endpoints: Bool, into vector: UnsafeMutableBufferPointer<Double>
    ) {
        for index in stride(from: reached - 1, through: 0, by: -1) {
            let v = Int(order[index])
            let successorDistance = hopStates[v].distance + 1
            var sum = 0.0
            rows.forEachDistinctNeighbour(of: v, filter: filter) { w in
                sum += select(hopStates[w].paths, if: hopStates[w].distance == successorDistance)
            }
            let paths = hopStates[v].paths
            let dependency = paths * sum
            hopStates[v].paths = (1 + dependency) / paths
            if v != source {
                vector[v] += endpoints ? dependency + 1 : dependency
            }
        }
        if endpoints { vector[source] += Double(reached - 1) }
    }

    /// `value` if `condition` holds, else zero, by masking its bits with a mask loaded from memory: the
    /// compiler turns a plain conditional on doubles into a branch, which mispredicts half the time here.
    @inline(__always)
    private func select(_ value: Double, if condition: Bool) -> Double {
        Double(bitPattern: value.bitPattern & masks[condition ? 1 : 0])
    }

    // MARK: Costs and edge credits

    /// Dijkstra's search counting cheapest routes; returns the number of nodes settled, in `order`.
    private func searchWeighted<Filter: SlotFilter>(from source: Int, rows: Rows, filter: Filter, costs: EdgeCosts) -> Int {
        var recorder = RouteCounter(rank: rank, sigma: sigma, order: order)
        Dijkstra(rows: rows, costs: costs).search(
            from: source, filter: filter, labels: ArrayLabels(costs: cost.baseAddress.unsafelyUnwrapped, hops: hops.baseAddress.unsafelyUnwrapped),
            queue: queue, recorder: &recorder)
        // A full Dijkstra settles every node it labels, so `order` lists every node touched.
        return recorder.settledCount
    }

    /// The cheapest allowed channel among the run of slots from `v` to `w` starting at `slot`, which is
    /// advanced past the run; infinity if none is allowed.
    @inline(__always)
    private func cheapestInRun<Filter: SlotFilter>(from v: Int, to w: Int, slot: inout Int, end: Int, rows: Rows, filter: Filter, costs: EdgeCosts) -> Double {
        var hop = Double.infinity
        while slot < end && Int(rows.neighbours[slot]) == w {
            let edge = Int(rows.edges[slot])
            if filter.allows(edge: edge, from: v, to: w) { hop = min(hop, costs.cost(slot: slot, edge: edge, in: rows)) }
            slot += 1
        }
        return hop
    }

    /// The dependency accumulation by cost, or with each hop's credit also handed to the channels that
    /// carry it: walks reached nodes from the farthest back, pulling from each node's successors.
    private func accumulate<Filter: SlotFilter>(source: Int, reached: Int, context: BrandesContext, filter: Filter, into vector: UnsafeMutableBufferPointer<Double>) {
        let rows = context.rows
        for index in stride(from: reached - 1, through: 0, by: -1) {
            let v = Int(order[index])
            let paths = context.weighted ? sigma[v] : hopStates[v].paths
            var sum = 0.0
            var slot = Int(rows.offsets[v])
            let end = Int(rows.offsets[v + 1])
            while slot < end {
                let w = Int(rows.neighbours[slot])
                let runStart = slot
                let isSuccessor: Bool
                if context.weighted {
                    let hop = cheapestInRun(from: v, to: w, slot: &slot, end: end, rows: rows, filter: filter, costs: context.costs)
                    isSuccessor = hop.isFinite && rank[w] >= 0 && cost[v] + hop == cost[w] && w != v
                } else {
                    var allowed = false
                    while slot < end && Int(rows.neighbours[slot]) == w {
                        if !allowed && filter.allows(edge: Int(rows.edges[slot]), from: v, to: w) { allowed = true }
                        slot += 1
                    }
                    isSuccessor = allowed && hopStates[w].distance == hopStates[v].distance + 1
                }
                guard isSuccessor else { continue }
                sum += coefficient[w]
                if let offset = context.edgeOffset {
                    creditEdges(from: v, to: w, slots: runStart..<slot, credit: paths * coefficient[w], context: context,
                                filter: filter, into: vector, offset: offset)
                }
            }
            let dependency = paths * sum
            coefficient[v] = (1 + dependency) / paths
            if v != source {
                vector[v] += context.endpoints ? dependency + 1 : dependency
            }
        }
        if context.endpoints { vector[source] += Double(reached - 1) }
    }

    /// Splits a hop's credit equally among the allowed parallel channels that carry it at its cost.
    private func creditEdges<Filter: SlotFilter>(
        from v: Int, to w: Int, slots: Range<Int>, credit: Double, context: BrandesContext, filter: Filter,
        into vector: UnsafeMutableBufferPointer<Double>, offset: Int
    ) {
        var best = Double.infinity
        var carriers = 0
        for slot in slots {
            let edge = Int(context.rows.edges[slot])
            guard filter.allows(edge: edge, from: v, to: w) else { continue }
            let hop = context.weighted ? context.costs[edge] : 1
            if hop < best {
                best = hop
                carriers = 1
            } else if hop == best {
                carriers += 1
            }
        }
        guard carriers > 0 else { return }
        let share = credit / Double(carriers)
        for slot in slots {
            let edge = Int(context.rows.edges[slot])
            guard filter.allows(edge: edge, from: v, to: w) else { continue }
            if (context.weighted ? context.costs[edge] : 1) == best { vector[offset + edge] += share }
        }
    }
}

/// A node's state in a search counting hops: kept together so that visiting a neighbour touches one
/// cache line.
struct HopState {
    /// The number of shortest routes from the source; after the accumulation, the coefficient (1 + δ) / σ.
    var paths: Double
    /// Hops from the source, or -1 while unreached.
    var distance: Int32

    static let unreached = HopState(paths: 0, distance: -1)
}

/// Brandes' weighted search's records: the number of cheapest routes to each node, and the order in which
/// nodes settle (each node's rank in it marks it settled).
private struct RouteCounter: DijkstraRecorder {
    let rank: UnsafeMutableBufferPointer<Int32>
    let sigma: UnsafeMutableBufferPointer<Double>
    let order: UnsafeMutableBufferPointer<Int32>
    var settledCount = 0

    static var countsTies: Bool { true }
    static var readsEdges: Bool { false }

    func start(_ source: Int) { sigma[source] = 1 }

    @inline(__always)
    mutating func settle(_ node: Int, cost: Double) -> Bool {
        rank[node] = Int32(truncatingIfNeeded: settledCount)
        order[settledCount] = Int32(truncatingIfNeeded: node)
        settledCount &+= 1
        return true
    }

    @inline(__always)
    func improve(_ node: Int, from predecessor: Int, edge: Int, cost: Double) { sigma[node] = sigma[predecessor] }

    @inline(__always)
    func tie(_ node: Int, from predecessor: Int) { sigma[node] += sigma[predecessor] }

    @inline(__always)
    func isSettled(_ node: Int) -> Bool { rank[node] >= 0 }
}
