/// Weakly connected components by Afforest (Sutton, Ben-Nun and Besta, SC 2018), as GAP's `cc` computes
/// them: every node first hooks onto its first two neighbours, which on real graphs already gathers most
/// nodes into one giant component; that component is found by sampling, and only nodes outside it look
/// at the rest of their neighbours. Hooking always points a larger label at a smaller one and
/// compression flattens the trees, so the labels end as each component's smallest node.
///
/// - Complexity: O(*n* + *m*) time in practice (each hook walks short trees), O(*n*) extra space.
struct AfforestComponents {
    /// Neighbour rounds before sampling, as in GAP.
    static let neighbourRounds = 2
    /// Nodes sampled to find the largest intermediate component.
    static let samples = 1024

    /// The label (smallest node) of each allowed node's component, and -1 for excluded nodes.
    func labels<Filter: SlotFilter>(forward: Rows, backward: Rows, directed: Bool, filter: Filter,
                                    allowsNode: (Int) -> Bool) -> [Int32] {
        let n = forward.offsets.count - 1
        var parent = (0..<n).map { Int32($0) }
        parent.withUnsafeMutableBufferPointer { parent in
            let nodes = (0..<n).filter(allowsNode)
            for round in 0..<Self.neighbourRounds {
                for v in nodes {
                    var seen = 0
                    for slot in forward.range(of: v) {
                        let u = Int(forward.neighbours[slot])
                        guard filter.allows(edge: Filter.readsEdges ? Int(forward.edges[slot]) : 0, from: v, to: u) else { continue }
                        if seen == round {
                            Self.hook(v, u, parent)
                            break
                        }
                        seen += 1
                    }
                }
                Self.compress(parent, nodes)
            }
            let giant = Self.largestSampledLabel(parent, nodes)
            for v in nodes where parent[v] != giant {
                var seen = 0
                for slot in forward.range(of: v) {
                    let u = Int(forward.neighbours[slot])
                    guard filter.allows(edge: Filter.readsEdges ? Int(forward.edges[slot]) : 0, from: v, to: u) else { continue }
                    seen += 1
                    if seen > Self.neighbourRounds { Self.hook(v, u, parent) }
                }
                // A directed graph's rows hold only out-neighbours: weak components need the in-ones too.
                guard directed else { continue }
                for slot in backward.range(of: v) {
                    let u = Int(backward.neighbours[slot])
                    guard filter.allows(edge: Filter.readsEdges ? Int(backward.edges[slot]) : 0, from: v, to: u) else { continue }
                    Self.hook(v, u, parent)
                }
            }
            Self.compress(parent, nodes)
        }
        return (0..<n).map { allowsNode($0) ? parent[$0] : -1 }
    }

    /// Joins the trees of `u` and `v`, pointing the root with the larger label at the smaller one.
    @inline(__always)
    static func hook(_ u: Int, _ v: Int, _ parent: UnsafeMutableBufferPointer<Int32>) {
        var a = Int(parent[u]), b = Int(parent[v])
        while a != b {
            let high = max(a, b), low = min(a, b)
            let above = Int(parent[high])
            if above == low { return }
            if above == high {
                parent[high] = Int32(low)
                return
            }
            a = Int(parent[above])
            b = Int(parent[low])
        }
    }

    /// Points every node straight at its tree's root.
    static func compress(_ parent: UnsafeMutableBufferPointer<Int32>, _ nodes: [Int]) {
        for v in nodes {
            while parent[v] != parent[Int(parent[v])] { parent[v] = parent[Int(parent[v])] }
        }
    }

    /// The most frequent label among a fixed sample of nodes: the giant component, if there is one.
    static func largestSampledLabel(_ parent: UnsafeMutableBufferPointer<Int32>, _ nodes: [Int]) -> Int32 {
        guard !nodes.isEmpty else { return -1 }
        var random = SplitMix64(seed: 0x5EED)
        var counts: [Int32: Int] = [:]
        for _ in 0..<Self.samples { counts[parent[nodes[Int(random.next() % UInt64(nodes.count))]], default: 0] += 1 }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? -1
    }
}

extension GraphView {
    /// Weakly connected components: channels joined whatever their direction (for an undirected view,
    /// the connected components), by ``AfforestComponents``.
    ///
    /// - Complexity: O(*n* + *m*) in practice.
    public func weakComponents() -> Components {
        let labels = withRows(.forward) { forward in
            withRows(.backward) { backward in
                if isUnfiltered {
                    return AfforestComponents().labels(forward: forward, backward: backward, directed: snapshot.isDirected,
                                                      filter: OpenFilter(), allowsNode: { _ in true })
                }
                return withMaskFilter { filter in
                    AfforestComponents().labels(forward: forward, backward: backward, directed: snapshot.isDirected,
                                                filter: filter, allowsNode: allowsNode)
                }
            }
        }
        return Components(labels: labels)
    }
}
