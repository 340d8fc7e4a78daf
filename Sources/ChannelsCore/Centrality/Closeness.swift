import HeapModule

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
    /// - Parameter weighted: Channel weights as distances (Dijkstra) instead of hops (BFS).
    /// - Complexity: O(*n* × *m*) unweighted, O(*n* × (*m* + *n* log *n*)) weighted, over the threads.
    public func closeness(
        weighted: Bool = false, threads: Int = OrderedParallelSum.processorCount,
        progress: (@Sendable (Int, Int) -> Void)? = nil, isCancelled: (@Sendable () -> Bool)? = nil
    ) -> Closeness? {
        let n = snapshot.nodeCount
        let nodes = (0..<n).filter { allowsNode($0) }.map(Int32.init)
        let count = Double(nodes.count)
        let sums: [Double]? = withRows(.backward) { rows in
            withMaskFilter { mask in
                EdgeCosts.with(snapshot, weighted ? .weight : .hops) { costs in
                    let context = UnsafeSendable((rows, mask, isUnfiltered, costs))
                    return nodes.withUnsafeBufferPointer { list in
                        let list = UnsafeSendable(list)
                        return OrderedParallelSum.sum(
                            itemCount: nodes.count, length: 2 * n, threads: threads,
                            makeWorker: { DistanceWorker(nodeCount: n) },
                            accumulate: { worker, item, vector in
                                let node = Int(list.value[item])
                                let (rows, mask, unfiltered, costs) = context.value
                                let summary = unfiltered
                                    ? worker.distances(from: node, rows: rows, filter: OpenFilter(), costs: weighted ? costs : nil)
                                    : worker.distances(from: node, rows: rows, filter: mask, costs: weighted ? costs : nil)
                                let reached = Double(summary.reached)
                                if summary.total > 0 && count > 1 {
                                    vector[node] = (reached - 1) / summary.total * ((reached - 1) / (count - 1))
                                }
                                vector[n + node] = summary.harmonic
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

/// One thread's scratch space for single-source distances.
struct DistanceWorker {
    private var distance: [Double]
    private var settled: [Bool]
    private var queue: [Int32]
    private var heap = Heap<DijkstraEntry>()

    init(nodeCount n: Int) {
        distance = [Double](repeating: .infinity, count: n)
        settled = [Bool](repeating: false, count: n)
        queue = [Int32](repeating: 0, count: max(n, 1))
    }

    struct Summary {
        var reached: Int
        var total: Double
        var harmonic: Double
    }

    /// Distances from `source` over `rows`: how many nodes are reached (the source included), the sum of
    /// their distances, and the sum of their reciprocals.
    mutating func distances<Filter: SlotFilter>(from source: Int, rows: Rows, filter: Filter, costs: EdgeCosts?) -> Summary {
        var summary = Summary(reached: 0, total: 0, harmonic: 0)
        var tail = 0
        distance.withUnsafeMutableBufferPointer { distance in
          settled.withUnsafeMutableBufferPointer { settled in
            queue.withUnsafeMutableBufferPointer { queue in
                distance[source] = 0
                queue[0] = Int32(source)
                tail = 1
                if let costs {
                    heap.insert(DijkstraEntry(cost: 0, hops: 0, node: Int32(source)))
                    tail = 0
                    while let entry = heap.popMin() {
                        let v = Int(entry.node)
                        if settled[v] || entry.cost > distance[v] { continue }
                        settled[v] = true
                        queue[tail] = Int32(v)
                        tail += 1
                        for slot in rows.range(of: v) {
                            let w = Int(rows.neighbours[slot])
                            let edge = Int(rows.edges[slot])
                            guard filter.allows(edge: edge, from: v, to: w) else { continue }
                            let candidate = entry.cost + costs.cost(slot: slot, edge: edge, in: rows)
                            if candidate < distance[w] {
                                distance[w] = candidate
                                heap.insert(DijkstraEntry(cost: candidate, hops: 0, node: Int32(w)))
                            }
                        }
                    }
                } else {
                    var head = 0
                    while head < tail {
                        let v = Int(queue[head])
                        head += 1
                        let next = distance[v] + 1
                        for slot in rows.range(of: v) {
                            let w = Int(rows.neighbours[slot])
                            guard distance[w] == .infinity,
                                  filter.allows(edge: Int(rows.edges[slot]), from: v, to: w) else { continue }
                            distance[w] = next
                            queue[tail] = Int32(w)
                            tail += 1
                        }
                    }
                }
                for index in 0..<tail {
                    let node = Int(queue[index])
                    let d = distance[node]
                    summary.total += d
                    if d > 0 { summary.harmonic += 1 / d }
                    distance[node] = .infinity
                    settled[node] = false
                }
            }
          }
        }
        summary.reached = tail
        return summary
    }
}
