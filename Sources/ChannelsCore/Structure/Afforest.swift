import Synchronization

/// Weakly connected components by Afforest (Sutton, Ben-Nun and Besta, SC 2018), as GAP's `cc` computes
/// them: every node first hooks onto its first two neighbours, which on real graphs already gathers most
/// nodes into one giant component; that component is found by sampling, and only nodes outside it look
/// at the rest of their neighbours.
///
/// Hooking always points a larger root at a smaller one (by compare-and-swap, so blocks of nodes can
/// hook on several threads at once) and compression flattens the trees, so every label ends as its
/// component's smallest node, whatever the number of threads and the order of the hooks. The sample is
/// taken after the neighbour rounds, whose components (and so labels) are the same on any thread count.
///
/// - Complexity: O(*n* + *m*) time in practice (each hook walks short trees), divided over the threads;
///   O(*n*) extra space.
struct AfforestComponents {
    /// Neighbour rounds before sampling, as in GAP.
    static let neighbourRounds = 2
    /// Nodes sampled to find the largest intermediate component.
    static let samples = 1024

    let threads: Int

    /// The label (smallest node) of each allowed node's component, and -1 for excluded nodes.
    func labels<Filter: SlotFilter>(forward: Rows, backward: Rows, directed: Bool, filter: Filter) -> [Int32] {
        let n = forward.offsets.count - 1
        let storage = UnsafeMutablePointer<Atomic<Int32>>.allocate(capacity: max(n, 1))
        for node in 0..<n { (storage + node).initialize(to: Atomic(Int32(node))) }
        defer {
            storage.deinitialize(count: n)
            storage.deallocate()
        }
        let parent = AtomicArray(base: storage)
        let blocks = ParallelBlocks(count: n, blockSize: 4096)
        for round in 0..<Self.neighbourRounds {
            blocks.forEach(threads: threads) { nodes in
                for v in nodes where filter.allows(node: v) {
                    var seen = 0
                    for slot in forward.range(of: v) {
                        let u = Int(forward.neighbours[slot])
                        guard filter.allows(edge: Filter.readsEdges ? Int(forward.edges[slot]) : 0, from: v, to: u) else { continue }
                        if seen == round {
                            parent.hook(v, u)
                            break
                        }
                        seen += 1
                    }
                }
            }
            compress(parent, blocks)
        }
        let giant = largestSampledLabel(parent, n: n, filter: filter)
        blocks.forEach(threads: threads) { nodes in
            for v in nodes where filter.allows(node: v) && parent[v] != giant {
                var seen = 0
                for slot in forward.range(of: v) {
                    let u = Int(forward.neighbours[slot])
                    guard filter.allows(edge: Filter.readsEdges ? Int(forward.edges[slot]) : 0, from: v, to: u) else { continue }
                    seen += 1
                    if seen > Self.neighbourRounds { parent.hook(v, u) }
                }
                // A directed graph's rows hold only out-neighbours: weak components need the in-ones too.
                guard directed else { continue }
                for slot in backward.range(of: v) {
                    let u = Int(backward.neighbours[slot])
                    guard filter.allows(edge: Filter.readsEdges ? Int(backward.edges[slot]) : 0, from: v, to: u) else { continue }
                    parent.hook(v, u)
                }
            }
        }
        compress(parent, blocks)
        return (0..<n).map { filter.allows(node: $0) ? parent[$0] : -1 }
    }

    /// Points every node straight at its tree's root. Roots do not move while this runs (nothing hooks),
    /// so every node ends at its root.
    private func compress(_ parent: AtomicArray<Int32>, _ blocks: ParallelBlocks) {
        blocks.forEach(threads: threads) { nodes in
            for v in nodes {
                while parent[v] != parent[Int(parent[v])] { parent[v] = parent[Int(parent[v])] }
            }
        }
    }

    /// The most frequent label among a fixed sample of allowed nodes (the smallest label on ties): the
    /// giant component, if there is one. The sample is sorted and its longest run taken, with no table.
    private func largestSampledLabel<Filter: SlotFilter>(_ parent: AtomicArray<Int32>, n: Int, filter: Filter) -> Int32 {
        var random = SplitMix64(seed: 0x5EED)
        var sample: [Int32] = []
        sample.reserveCapacity(Self.samples)
        for _ in 0..<(n > 0 ? 4 * Self.samples : 0) where sample.count < Self.samples {
            let node = Int(random.next() % UInt64(n))
            if filter.allows(node: node) { sample.append(parent[node]) }
        }
        guard !sample.isEmpty else { return -1 }
        sample.sort()
        var best = sample[0], bestRun = 0, start = 0
        for index in 1...sample.count where index == sample.count || sample[index] != sample[start] {
            if index - start > bestRun { (best, bestRun) = (sample[start], index - start) }
            start = index
        }
        return best
    }
}

/// Afforest's parent array: one atomic label per node, joined by compare-and-swap.
private extension AtomicArray<Int32> {
    /// Joins the trees of `u` and `v`, pointing the root with the larger label at the smaller one; a
    /// lost race re-reads the roots and tries again.
    @inline(__always)
    func hook(_ u: Int, _ v: Int) {
        var a = Int(self[u]), b = Int(self[v])
        while a != b {
            let high = max(a, b), low = min(a, b)
            let above = Int(self[high])
            if above == low { return }
            if above == high && compareExchange(high, expected: Int32(high), desired: Int32(low)).exchanged {
                return
            }
            a = Int(self[Int(self[high])])
            b = Int(self[low])
        }
    }
}

extension GraphView {
    /// Weakly connected components: channels joined whatever their direction (for an undirected view,
    /// the connected components), by ``AfforestComponents`` on `threads` threads (the result does not
    /// depend on it).
    ///
    /// - Complexity: O(*n* + *m*) in practice.
    public func weakComponents(threads: Int = 1) -> Components {
        Components(labels: run(WeakComponentsKernel(threads: max(1, threads), directed: snapshot.isDirected)))
    }
}

private struct WeakComponentsKernel: Kernel {
    let threads: Int
    let directed: Bool

    func run<Filter: SlotFilter>(_ graph: Adjacency, filter: Filter) -> [Int32] {
        AfforestComponents(threads: threads).labels(forward: graph.forward, backward: graph.backward,
                                                    directed: directed, filter: filter)
    }
}
