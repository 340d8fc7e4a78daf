/// A node's label in Dijkstra's search: the cost and hops of the cheapest route found so far, valid only
/// where `stamp` is the search's generation (16 bytes: four labels to a cache line).
struct DijkstraLabel {
    var cost: Double
    var hops: Int32
    var stamp: UInt32
}

/// Where Dijkstra's search keeps each node's label: the cost and hops of the cheapest route found so far.
protocol DijkstraLabels {
    /// The cost of `node`'s label; infinity when it has none.
    func cost(of node: Int) -> Double
    /// The hops of `node`'s label; `Int32.max` when it has none.
    func hops(of node: Int) -> Int32
    /// Whether the search has labelled `node` (it is queued or settled).
    func hasLabel(_ node: Int) -> Bool
    func setLabel(_ node: Int, cost: Double, hops: Int32)
}

/// Labels in a reusable scratch space, valid where stamped with the search's generation: O(1) set-up,
/// and 16 bytes per node read on each relaxation.
struct StampedLabels: DijkstraLabels {
    let labels: UnsafeMutablePointer<DijkstraLabel>
    let generation: UInt32

    @inline(__always)
    func cost(of node: Int) -> Double {
        let label = labels[node]
        return label.stamp == generation ? label.cost : .infinity
    }

    @inline(__always)
    func hops(of node: Int) -> Int32 {
        let label = labels[node]
        return label.stamp == generation ? label.hops : .max
    }

    @inline(__always)
    func hasLabel(_ node: Int) -> Bool { labels[node].stamp == generation }

    @inline(__always)
    func setLabel(_ node: Int, cost: Double, hops: Int32) {
        labels[node] = DijkstraLabel(cost: cost, hops: hops, stamp: generation)
    }
}

/// Labels in two arrays that the caller presets, costs to infinity and hops to -1 (which reads as
/// `Int32.max`): O(*n*) set-up, and only the 8-byte cost read on most relaxations (the hops only on a tie
/// or an improvement), which halves the bytes a search over a large graph scatters its reads across. For
/// ``ShortestDistances`` the arrays are the answer, unreached nodes included; whole-graph searches from
/// many sources (betweenness, closeness) reset the nodes they reached after each.
struct ArrayLabels: DijkstraLabels {
    let costs: UnsafeMutablePointer<Double>
    let hops: UnsafeMutablePointer<Int32>

    @inline(__always)
    func cost(of node: Int) -> Double { costs[node] }

    @inline(__always)
    func hops(of node: Int) -> Int32 {
        let count = hops[node]
        return count < 0 ? .max : count
    }

    @inline(__always)
    func hasLabel(_ node: Int) -> Bool { hops[node] >= 0 }

    @inline(__always)
    func setLabel(_ node: Int, cost: Double, hops: Int32) {
        costs[node] = cost
        self.hops[node] = hops
    }
}
