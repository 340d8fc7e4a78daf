/// How PageRank weighs an arc: by its channel's weight or as one.
protocol ArcWeighting {
    func weight(slot: Int) -> Double
}

/// Every arc counts once.
struct UnitWeighting: ArcWeighting {
    @inline(__always) func weight(slot: Int) -> Double { 1 }
}

/// Each arc counts its channel's weight, read from the rows' slot weights.
struct SlotWeighting: ArcWeighting {
    let weights: UnsafeBufferPointer<Double>
    @inline(__always) func weight(slot: Int) -> Double { weights[slot] }
}

/// PageRank's iteration step, one pass over the nodes: each node pulls the shares of its in-neighbours
/// (x[u] / out-weight(u)) along the reverse rows, takes its teleport and dangling parts, and writes its
/// new rank, its new share, and the parts of the next step's dangling rank and of the change Σ|x′ − x|
/// that its block owns. Fusing the four loops of the textbook step into one reads the rows once and
/// every per-node array once per iteration, as GAP's `pr` does.
///
/// Nodes are cut into fixed blocks (``ParallelBlocks``); each block writes only its own nodes and its
/// own partial sums, and the sums are added in block order, so ranks do not depend on the thread count.
///
/// - Complexity: O(*n* + *m*) per step, divided over the threads.
struct PageRankSweep<Filter: SlotFilter, Weighting: ArcWeighting> {
    let rows: Rows
    let filter: Filter
    let weighting: Weighting
    let alpha: Double
    let teleport: UnsafeBufferPointer<Double>
    let outWeight: UnsafeBufferPointer<Double>
    let blocks: ParallelBlocks
    /// Per-block partial sums: the change and the next dangling rank.
    let changes: UnsafeMutableBufferPointer<Double>
    let danglings: UnsafeMutableBufferPointer<Double>

    /// One step from `x` (whose shares are `share` and whose dangling nodes hold `dangling`) into `next`
    /// and `nextShare`; returns Σ|next − x| and the dangling rank of `next`.
    func step(x: UnsafeBufferPointer<Double>, share: UnsafeBufferPointer<Double>, dangling: Double,
              next: UnsafeMutableBufferPointer<Double>, nextShare: UnsafeMutableBufferPointer<Double>,
              threads: Int) -> (change: Double, dangling: Double) {
        blocks.forEach(threads: threads) { nodes in
            var change = 0.0, nextDangling = 0.0
            for v in nodes where filter.allows(node: v) {
                let sum = pulled(into: v, share)
                let rank = alpha * (sum + dangling * teleport[v]) + (1 - alpha) * teleport[v]
                change += abs(rank - x[v])
                next[v] = rank
                let out = outWeight[v]
                if out > 0 {
                    nextShare[v] = rank / out
                } else {
                    nextShare[v] = 0
                    nextDangling += rank
                }
            }
            let block = nodes.lowerBound / blocks.blockSize
            changes[block] = change
            danglings[block] = nextDangling
        }
        return (changes.reduce(0, +), danglings.reduce(0, +))
    }

    /// Σ weight × share over the allowed arcs into `v`, added in row order, the same on any thread count
    /// (four running sums, which reorder the additions, measured no faster).
    @inline(__always)
    private func pulled(into v: Int, _ share: UnsafeBufferPointer<Double>) -> Double {
        var sum = 0.0
        for slot in rows.range(of: v) { sum += term(v, slot, share) }
        return sum
    }

    @inline(__always)
    private func term(_ v: Int, _ slot: Int, _ share: UnsafeBufferPointer<Double>) -> Double {
        let u = Int(rows.neighbours[slot])
        guard filter.allows(edge: Filter.readsEdges ? Int(rows.edges[slot]) : 0, from: v, to: u) else { return 0 }
        return weighting.weight(slot: slot) * share[u]
    }
}
