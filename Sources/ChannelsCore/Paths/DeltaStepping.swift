import Synchronization

/// Cheapest costs from one node by delta-stepping (Meyer and Sanders, 2003), organised as GAP's `sssp`:
/// nodes wait in bins of cost width `delta`; bins are settled in increasing order, each by relaxing the
/// channels of its nodes (again when a node's cost drops within the bin), so unlike Dijkstra no priority
/// queue orders the nodes within a bin.
///
/// On several threads each worker keeps bins of its own: an epoch splits the current bin's nodes (the
/// shared frontier) over the workers, each relaxes into its own bins, lowering costs by compare-and-swap,
/// and goes on alone through its own current bin while it stays small; then the workers agree on the
/// next bin and pool their parts of it. Costs are held as the bit patterns of non-negative doubles,
/// which order as the doubles do.
///
/// The costs found are the least sums of channel costs, added along each route from the source, so the
/// same numbers as Dijkstra's on any thread count, whatever order the relaxations happen in.
///
/// - Complexity: O(*n* + *m*) relaxations per pass over the bins plus re-relaxations inside a bin (few
///   when `delta` is near the cheapest channels of the routes that matter); O(*n*) extra space.
struct DeltaStepping {
    /// A worker goes on through its own current bin, without the other workers, while it holds fewer
    /// nodes than this (GAP's threshold).
    static let localBinLimit = 1_000
    /// Costs beyond this many bins share the last bin; the search stays exact (relaxing is correct in any
    /// order), only slower, on graphs whose costs span so many widths.
    static let binLimit = 1 << 16

    let source: Int
    let delta: Double
    let threads: Int

    func costs<Filter: SlotFilter, Cost: ChannelCost>(rows: Rows, filter: Filter, cost: Cost) -> [Double] {
        var result = [Double](repeating: .infinity, count: rows.offsets.count - 1)
        result.withUnsafeMutableBufferPointer { result in
            AtomicArray<UInt64>.rebinding(result) { bits in
                search(rows: rows, filter: filter, cost: cost, distance: AtomicCosts(bits: bits))
            }
        }
        return result
    }

    private func search<Filter: SlotFilter, Cost: ChannelCost>(rows: Rows, filter: Filter, cost: Cost, distance: AtomicCosts) {
        distance[source] = 0
        let relaxer = Relaxer(rows: rows, filter: filter, cost: cost, distance: distance, delta: delta,
                              concurrent: threads > 1)
        if threads > 1 {
            ParallelSearch(relaxer: relaxer, threads: threads).run(from: source)
        } else {
            var bins = NodeBins()
            defer { bins.deallocate() }
            bins.push(Int32(source), into: 0)
            var bin = 0
            while let next = bins.firstOccupied(from: bin) {
                bin = next
                for node in bins.take(bin) where relaxer.bin(of: distance[Int(node)]) >= bin {
                    relaxer.relax(Int(node), into: &bins)
                }
            }
        }
    }

    /// The relaxation of one node's channels, shared by the one-thread and the parallel search.
    struct Relaxer<Filter: SlotFilter, Cost: ChannelCost> {
        let rows: Rows
        let filter: Filter
        let cost: Cost
        let distance: AtomicCosts
        let delta: Double
        let concurrent: Bool

        @inline(__always)
        func bin(of cost: Double) -> Int {
            let index = cost / delta
            return index < Double(DeltaStepping.binLimit) ? Int(index) : DeltaStepping.binLimit
        }

        /// Lowers the costs of `u`'s neighbours through `u`, putting each lowered one in its bin.
        @inline(__always)
        func relax(_ u: Int, into bins: inout NodeBins) {
            let base = distance[u]
            let readsEdges = Filter.readsEdges || Cost.readsEdges
            for slot in rows.range(of: u) {
                let v = Int(rows.neighbours[slot])
                let edge = readsEdges ? Int(rows.edges[slot]) : 0
                guard filter.allows(edge: edge, from: u, to: v) else { continue }
                let candidate = base + cost.cost(slot: slot, edge: edge)
                guard candidate < distance[v] else { continue }
                if concurrent {
                    guard distance.lower(v, to: candidate) else { continue }
                } else {
                    distance[v] = candidate
                }
                bins.push(Int32(v), into: bin(of: candidate))
            }
        }
    }

    /// Epochs of workers with bins of their own around a shared frontier, as described above. The workers
    /// are a ``WorkerTeam`` for the whole search, meeting at two barriers per epoch: after relaxing, and
    /// after member 0 has chosen the next bin and gathered the workers' parts of it into the frontier.
    private struct ParallelSearch<Filter: SlotFilter, Cost: ChannelCost> {
        let relaxer: Relaxer<Filter, Cost>
        let threads: Int

        func run(from source: Int) {
            let workers = UnsafeMutablePointer<NodeBins>.allocate(capacity: threads)
            for index in 0..<threads { (workers + index).initialize(to: NodeBins()) }
            let epoch = Epoch(source: Int32(source), threads: threads)
            defer {
                for index in 0..<threads { workers[index].deallocate() }
                workers.deinitialize(count: threads)
                workers.deallocate()
            }
            let shared = UnsafeSendable(workers)
            nonisolated(unsafe) let relaxer = relaxer
            WorkerTeam.run(members: threads) { member in
                let bins = shared.value + member.index
                while true {
                    let current = epoch.bin
                    let frontier = epoch.frontier
                    ParallelBlocks(count: frontier.count, blockSize: 64).claim(from: epoch.nextBlock) { indices in
                        for node in frontier[indices] where relaxer.bin(of: relaxer.distance[Int(node)]) >= current {
                            relaxer.relax(Int(node), into: &bins.pointee)
                        }
                    }
                    while bins.pointee.count(of: current) > 0 && bins.pointee.count(of: current) < DeltaStepping.localBinLimit {
                        for node in bins.pointee.take(current) { relaxer.relax(Int(node), into: &bins.pointee) }
                    }
                    epoch.lowest[member.index] = bins.pointee.firstOccupied(from: current) ?? Int.max
                    member.wait()
                    if member.index == 0 {
                        epoch.advance(members: member.count) { shared.value[$0].take($1) }
                    }
                    member.wait()
                    if epoch.bin == Int.max { return }
                }
            }
        }
    }

    /// What the workers share between epochs: the current bin and its nodes (the frontier), the blocks
    /// handed out so far, and each worker's lowest occupied bin. Member 0 writes it between the barriers,
    /// the others only read it.
    private final class Epoch: @unchecked Sendable {
        private(set) var bin = 0
        private var nodes = NodeList()
        let lowest: UnsafeMutablePointer<Int>
        let nextBlock = Atomic<Int>(0)

        init(source: Int32, threads: Int) {
            nodes.append(source)
            lowest = .allocate(capacity: threads)
            lowest.initialize(repeating: Int.max, count: threads)
        }

        deinit {
            nodes.deallocate()
            lowest.deallocate()
        }

        var frontier: UnsafeBufferPointer<Int32> { nodes.nodes }

        /// Moves to the lowest bin any of the `members` workers holds (`Int.max` when none does),
        /// gathering their parts of it, `take(worker, bin)`, into the frontier.
        func advance(members: Int, take: (Int, Int) -> UnsafeBufferPointer<Int32>) {
            bin = Int.max
            for worker in 0..<members { bin = min(bin, lowest[worker]) }
            nodes.removeAll()
            nextBlock.store(0, ordering: .relaxed)
            guard bin != Int.max else { return }
            for worker in 0..<members { nodes.append(contentsOf: take(worker, bin)) }
        }
    }
}

/// Costs stored as the bit patterns of doubles, read and written with relaxed ordering, lowered by
/// compare-and-swap. Non-negative doubles order as their bit patterns do, so no conversion is needed
/// to compare, and a lost race just re-reads.
struct AtomicCosts: Sendable {
    let bits: AtomicArray<UInt64>

    subscript(node: Int) -> Double {
        @inline(__always) get { Double(bitPattern: bits[node]) }
        @inline(__always) nonmutating set { bits[node] = newValue.bitPattern }
    }

    /// Lowers `node`'s cost to `cost` unless another thread has already put a cost as low; returns
    /// whether this call lowered it.
    @inline(__always)
    func lower(_ node: Int, to cost: Double) -> Bool {
        var known = bits[node]
        while cost.bitPattern < known {
            let (exchanged, original) = bits.compareExchange(node, expected: known, desired: cost.bitPattern)
            if exchanged { return true }
            known = original
        }
        return false
    }
}

extension GraphView {
    /// Cheapest costs from `source` to every node (infinity where unreachable), by the search that suits
    /// the costs and the graph:
    /// - every channel costing the same: direction-optimising BFS (``hopDistances(from:direction:threads:)``),
    ///   the hops times that cost;
    /// - otherwise, on one thread and fewer than 4,096 nodes: Dijkstra
    ///   (``shortestDistances(from:cost:direction:)``), whose queue is cheap on small graphs;
    /// - otherwise delta-stepping (``deltaSteppingCosts(from:cost:direction:delta:threads:)``), faster
    ///   than Dijkstra on R-MAT 18 on one thread, and the only one of the two that uses more.
    ///
    /// All three give the same costs. Pair queries keep Dijkstra (or BFS), which stop at the target.
    public func cheapestCosts(from source: Int, cost model: PathCost, direction: TraversalDirection = .forward,
                              threads: Int = 1) -> [Double] {
        snapshot.checkNode(source, "source")
        if let constant = EdgeCosts.constantCost(snapshot, model) {
            let levels = hopDistances(from: source, direction: direction, threads: threads)
            return levels.distance.map { $0 < 0 ? .infinity : constant * Double($0) }
        }
        if threads <= 1 && snapshot.nodeCount < 4_096 {
            return shortestDistances(from: source, cost: model, direction: direction).cost
        }
        return deltaSteppingCosts(from: source, cost: model, direction: direction, threads: threads)
    }

    /// Cheapest costs from `source` to every node by ``DeltaStepping`` on `threads` threads (at most one
    /// per core): the same costs as ``shortestDistances(from:cost:direction:)`` (infinity where
    /// unreachable), without hops.
    ///
    /// - Parameter delta: The bins' width; by default ``defaultDelta(cost:)``.
    /// - Complexity: see ``DeltaStepping``.
    public func deltaSteppingCosts(from source: Int, cost model: PathCost, direction: TraversalDirection = .forward,
                                   delta: Double? = nil, threads: Int = 1) -> [Double] {
        // Each worker is a set of bins that every epoch visits: workers beyond the cores only add epochs' work.
        deltaSteppingCosts(from: source, cost: model, direction: direction, delta: delta,
                           workers: min(max(1, threads), OrderedParallelSum.processorCount))
    }

    /// ``deltaSteppingCosts(from:cost:direction:delta:threads:)`` on exactly `workers` workers, beyond
    /// the cores if asked: how the tests run three or eight workers on a two-core machine.
    func deltaSteppingCosts(from source: Int, cost model: PathCost, direction: TraversalDirection = .forward,
                            delta: Double? = nil, workers: Int) -> [Double] {
        snapshot.checkNode(source, "source")
        return run(DeltaSteppingKernel(source: source, delta: delta.flatMap { $0 > 0 && $0.isFinite ? $0 : nil },
                                       threads: max(1, workers), direction: direction, view: self, model: model))
    }

    /// The bins' width delta-stepping uses unless told: the mean channel cost divided by the mean
    /// degree (Meyer and Sanders' Θ(1/d) for random costs), but never below the cheapest positive
    /// channel, from a fixed sample of up to 4,096 channels; 1 when they all cost 0. On R-MAT 18 with
    /// costs 1–255 (mean degree 44) that is about 2.9, where measured widths of 2–4 run fastest and 16
    /// runs 1.8× and 128 3.6× slower; with every channel costing the same, one bin is one BFS level.
    public func defaultDelta(cost model: PathCost) -> Double {
        EdgeCosts.with(snapshot, model) { defaultDelta(costs: $0) }
    }

    /// ``defaultDelta(cost:)`` from costs already read.
    fileprivate func defaultDelta(costs: EdgeCosts) -> Double {
        let m = snapshot.edgeCount, n = snapshot.nodeCount
        guard m > 0, n > 0 else { return 1 }
        var random = SplitMix64(seed: 0xDE17A)
        let samples = min(m, 4_096)
        var total = 0.0, cheapest = Double.infinity
        for index in 0..<samples {
            let cost = costs[samples == m ? index : Int(random.next() % UInt64(m))]
            total += cost
            if cost > 0 { cheapest = min(cheapest, cost) }
        }
        let degree = Double(snapshot.outTargets.count) / Double(n)
        let width = max(total / Double(samples) / max(degree, 1), cheapest)
        return width > 0 && width.isFinite ? width : 1
    }
}

/// Reads the costs once, for the default width and for the search.
private struct DeltaSteppingKernel: Kernel {
    let source: Int
    let delta: Double?
    let threads: Int
    let direction: TraversalDirection
    let view: GraphView
    let model: PathCost

    func run<Filter: SlotFilter>(_ graph: Adjacency, filter: Filter) -> [Double] {
        let rows = graph.rows(direction)
        return EdgeCosts.with(view.snapshot, model) { costs in
            let search = DeltaStepping(source: source, delta: delta ?? view.defaultDelta(costs: costs), threads: threads)
            return switch costs.resolved(for: rows) {
            case .slotWeights(let cost): search.costs(rows: rows, filter: filter, cost: cost)
            case .edgeValues(let cost): search.costs(rows: rows, filter: filter, cost: cost)
            case .constant(let cost): search.costs(rows: rows, filter: filter, cost: cost)
            }
        }
    }
}
