/// Burt's structural-hole measures of every node.
public struct StructuralHoles: Sendable {
    /// Constraint: how much a node's contacts are invested in each other; NaN for nodes without contacts.
    public let constraint: [Double]
    /// Effective size: the non-redundant part of a node's contacts; NaN for nodes without contacts.
    public let effectiveSize: [Double]
}

extension GraphView {
    /// Burt's constraint and effective size, as NetworkX defines them.
    ///
    /// A node's contacts N(u) are its neighbours in either direction. The mutual weight of u and v is the
    /// weight (or count) of arcs u → v plus that of arcs v → u, so a two-way channel counts twice, as an
    /// undirected edge does in NetworkX. With p(u, v) the mutual weight of u and v over u's total, and
    /// m(v, w) the mutual weight of v and w over v's largest:
    ///
    /// - constraint(u) = Σ over v with p(u, v) > 0 of (p(u, v) + Σ_w p(u, w) p(w, v))²
    /// - effective size(u) = Σ over v in N(u) of (1 − Σ_{w in N(u)} p(u, w) m(v, w))
    ///
    /// Both are NaN for a node with no contact but itself. (NetworkX's `effective_size(G, nodes=…)` also
    /// gives NaN for a node of a directed graph with incoming channels only, because it tests successors;
    /// its formula, used here, is defined for such a node.)
    ///
    /// - Complexity: O(Σ_u d(u)² log d) for degrees d(u) in either direction.
    public func structuralHoles(weighted: Bool = false) -> StructuralHoles {
        let n = snapshot.nodeCount
        let contacts = mutualWeights(weighted: weighted)
        var constraint = [Double](repeating: .nan, count: n)
        var effectiveSize = [Double](repeating: .nan, count: n)
        let totals = contacts.map { $0.reduce(0) { $0 + $1.weight } }
        let maxima = contacts.map { $0.reduce(0) { max($0, $1.weight) } }
        func proportion(_ u: Int, _ v: Int) -> Double {
            guard totals[u] > 0, let weight = Self.weight(of: Int32(v), in: contacts[u]) else { return 0 }
            return weight / totals[u]
        }
        for u in 0..<n where allowsNode(u) {
            let own = contacts[u]
            guard own.contains(where: { Int($0.node) != u }) else { continue }
            var c = 0.0
            for contact in own {
                let v = Int(contact.node)
                let direct = contact.weight / totals[u]
                guard direct > 0 else { continue }
                var indirect = 0.0
                for middle in own {
                    let w = Int(middle.node)
                    indirect += (middle.weight / totals[u]) * proportion(w, v)
                }
                c += (direct + indirect) * (direct + indirect)
            }
            constraint[u] = c
            var size = 0.0
            for contact in own {
                let v = Int(contact.node)
                var redundancy = 0.0
                for middle in own {
                    guard maxima[v] > 0, let shared = Self.weight(of: middle.node, in: contacts[v]) else { continue }
                    redundancy += (middle.weight / totals[u]) * (shared / maxima[v])
                }
                size += 1 - redundancy
            }
            effectiveSize[u] = size
        }
        return StructuralHoles(constraint: constraint, effectiveSize: effectiveSize)
    }

    /// For each node, its contacts in either direction with their mutual weights, sorted by node.
    func mutualWeights(weighted: Bool) -> [[(node: Int32, weight: Double)]] {
        let n = snapshot.nodeCount
        var contacts = [[(node: Int32, weight: Double)]](repeating: [], count: n)
        for edge in 0..<snapshot.edgeCount where allowsEdge(edge) {
            let source = Int(snapshot.edgeSources[edge]), target = Int(snapshot.edgeTargets[edge])
            guard allowsNode(source), allowsNode(target) else { continue }
            // A two-way channel is an arc each way; a loop is both ends of one arc, so it counts twice too.
            let arcs: Double = snapshot.isEdgeDirected(edge) && source != target ? 1 : 2
            let amount = (weighted ? snapshot.weight(ofEdge: edge) : 1) * arcs
            contacts[source].append((Int32(target), amount))
            if source != target { contacts[target].append((Int32(source), amount)) }
        }
        return contacts.map { list in
            var merged: [(node: Int32, weight: Double)] = []
            for item in list.sorted(by: { $0.node < $1.node }) {
                if let last = merged.last, last.node == item.node {
                    merged[merged.count - 1].weight += item.weight
                } else {
                    merged.append(item)
                }
            }
            return merged
        }
    }

    /// The mutual weight recorded for `node` in a sorted contact list, by binary search.
    static func weight(of node: Int32, in contacts: [(node: Int32, weight: Double)]) -> Double? {
        var low = 0, high = contacts.count
        while low < high {
            let middle = (low + high) / 2
            if contacts[middle].node < node { low = middle + 1 } else { high = middle }
        }
        return low < contacts.count && contacts[low].node == node ? contacts[low].weight : nil
    }
}
