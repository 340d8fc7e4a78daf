/// Closeness and harmonic centrality of every node.
public struct Closeness: Sendable {
    /// Wasserman–Faust closeness: (r − 1) / Σd × (r − 1) / (n − 1), over the r nodes that can reach the node.
    public let closeness: [Double]
    /// Σ 1/d over the nodes that can reach the node.
    public let harmonic: [Double]
}

extension GraphView {
    /// Closeness (Wasserman–Faust, NetworkX's default `wf_improved=True`) and harmonic centrality.
    ///
    /// Distances run *to* each node, as NetworkX measures them on a directed graph; on an undirected one the
    /// direction does not matter. `n` is the number of nodes the view lets through.
    ///
    /// Counting hops, 64 sources share each breadth-first sweep (``ClosenessSweepWorker``).
    ///
    /// - Parameter weighted: Channel weights as distances (Dijkstra) instead of hops (BFS).
    /// - Complexity: O(*n* × *m*) unweighted, O(*n* × (*m* + *n* log *n*)) weighted, over the threads.
    public func closeness(
        weighted: Bool = false, threads: Int = OrderedParallelSum.processorCount,
        progress: (@Sendable (Int, Int) -> Void)? = nil, isCancelled: (@Sendable () -> Bool)? = nil
    ) -> Closeness? {
        let n = snapshot.nodeCount
        let nodes = (0..<n).filter { allowsNode($0) }.map(Int32.init)
        let sums: [Double]? = withRows(.backward) { rows in
            withMaskFilter { mask in
                EdgeCosts.with(snapshot, weighted ? .weight : .hops) { costs in
                    let context = ClosenessContext(rows: rows, mask: mask, unfiltered: isUnfiltered, costs: costs,
                                                   nodeCount: n, allowedCount: nodes.count)
                    return nodes.withUnsafeBufferPointer { list in
                        let list = UnsafeSendable(list)
                        guard weighted else {
                            let width = ClosenessSweepWorker.width
                            return OrderedParallelSum.sum(
                                itemCount: (list.value.count + width - 1) / width, length: 2 * n, threads: threads,
                                makeWorker: { ClosenessSweepWorker(nodeCount: n) },
                                accumulate: { worker, batch, vector in
                                    let first = batch * width
                                    let sources = UnsafeBufferPointer(rebasing: list.value[first..<min(first + width, list.value.count)])
                                    context.accumulate(sources: sources, worker: worker, into: vector)
                                },
                                progress: progress.map { report in { done, _ in report(min(done * width, list.value.count), list.value.count) } },
                                isCancelled: isCancelled)
                        }
                        return OrderedParallelSum.sum(
                            itemCount: list.value.count, length: 2 * n, threads: threads,
                            makeWorker: { DistanceWorker(nodeCount: n) },
                            accumulate: { worker, item, vector in
                                context.accumulate(source: Int(list.value[item]), worker: worker, into: vector)
                            },
                            progress: progress, isCancelled: isCancelled)
                    }
                }
            }
        }
        guard let sums else { return nil }
        return Closeness(closeness: Array(sums[0..<n]), harmonic: Array(sums[n...]))
    }
}

/// What every closeness search reads: the rows and filter of the view, the costs, and the sizes that
/// normalise the result. Writes each node's closeness at `node` and its harmonic centrality at `n + node`.
private struct ClosenessContext: @unchecked Sendable {
    let rows: Rows
    let mask: MaskFilter
    let unfiltered: Bool
    let costs: EdgeCosts
    let nodeCount: Int
    let allowedCount: Int

    /// Counting hops, from a batch of sources in one sweep.
    func accumulate(sources: UnsafeBufferPointer<Int32>, worker: ClosenessSweepWorker, into vector: UnsafeMutableBufferPointer<Double>) {
        let summaries = unfiltered
            ? worker.summaries(of: sources, rows: rows, filter: OpenFilter())
            : worker.summaries(of: sources, rows: rows, filter: mask)
        for (index, summary) in summaries.enumerated() { record(summary, of: Int(sources[index]), into: vector) }
    }

    /// Weighted, from one source.
    func accumulate(source: Int, worker: DistanceWorker, into vector: UnsafeMutableBufferPointer<Double>) {
        let summary = unfiltered
            ? worker.distances(from: source, rows: rows, filter: OpenFilter(), costs: costs)
            : worker.distances(from: source, rows: rows, filter: mask, costs: costs)
        record(summary, of: source, into: vector)
    }

    private func record(_ summary: DistanceSummary, of node: Int, into vector: UnsafeMutableBufferPointer<Double>) {
        let reached = Double(summary.reached), count = Double(allowedCount)
        if summary.total > 0 && count > 1 {
            vector[node] = (reached - 1) / summary.total * ((reached - 1) / (count - 1))
        }
        vector[nodeCount + node] = summary.harmonic
    }
}

/// How far a node's sources lie: the nodes reached (the node itself included), the sum of their distances
/// and the sum of their reciprocals.
struct DistanceSummary {
    var reached: Int
    var total: Double
    var harmonic: Double
}

/// One thread's scratch space for single-source weighted distances (Dijkstra).
///
/// After each source only the nodes it reached are reset, so a source that reaches few nodes costs little.
struct DistanceWorker {
    private let cost: UnsafeMutableBufferPointer<Double>
    private let hops: UnsafeMutableBufferPointer<Int32>
    private let order: UnsafeMutableBufferPointer<Int32>
    private let queue: DijkstraQueue.Storage
    /// Frees the buffers when the last copy of the worker goes.
    private let owner = ScratchBuffers()

    init(nodeCount n: Int) {
        let count = max(n, 1)
        cost = owner.make(count, filledWith: .infinity)
        hops = owner.make(count, filledWith: -1)
        order = owner.make(count, filledWith: 0)
        queue = DijkstraQueue.Storage(count: count, in: owner)
    }

    /// The summary of the distances from `source` over `rows`, channels costing `costs`.
    ///
    /// - Complexity: O((*n* + *m*) log *n*) for the nodes and channels reached.
    func distances<Filter: SlotFilter>(from source: Int, rows: Rows, filter: Filter, costs: EdgeCosts) -> DistanceSummary {
        var recorder = DistanceSummer(order: order)
        Dijkstra(rows: rows, costs: costs).search(
            from: source, filter: filter, labels: ArrayLabels(costs: cost.baseAddress.unsafelyUnwrapped, hops: hops.baseAddress.unsafelyUnwrapped),
            queue: queue, recorder: &recorder)
        for index in 0..<recorder.settled {
            let node = Int(order[index])
            cost[node] = .infinity
            hops[node] = -1
        }
        return recorder.summary
    }
}

/// Sums the distances of the nodes as they settle, and lists them for the reset. A node only a route
/// whose cost overflows reaches (labelled at infinity) counts as unreached, as in betweenness.
private struct DistanceSummer: DijkstraRecorder {
    let order: UnsafeMutableBufferPointer<Int32>
    var summary = DistanceSummary(reached: 0, total: 0, harmonic: 0)
    var settled = 0

    static var readsEdges: Bool { false }

    func start(_ source: Int) {}

    @inline(__always)
    mutating func settle(_ node: Int, cost: Double) -> Bool {
        order[settled] = Int32(truncatingIfNeeded: node)
        settled &+= 1
        guard cost.isFinite else { return true }
        summary.reached &+= 1
        summary.total += cost
        if cost > 0 { summary.harmonic += 1 / cost }
        return true
    }

    @inline(__always)
    func improve(_ node: Int, from predecessor: Int, edge: Int, cost: Double) {}
}
