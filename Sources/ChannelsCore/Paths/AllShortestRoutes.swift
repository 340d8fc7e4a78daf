import HeapModule

/// Every cheapest route between two nodes: how many there are, and the routes themselves up to a limit.
///
/// Routes are sequences of actors (parallel channels count once, at their cheapest), as NetworkX counts
/// them on a simple graph. The search builds the shortest-route DAG from the source, stopping once every
/// node no dearer than the target is settled, then counts routes along it and lists them in order of node
/// ids by a depth-first walk back from the target.
///
/// - Complexity: O((*n* + *m*) log *n*) for the DAG, plus O(*l*) per route listed.
struct AllShortestRoutes: Kernel {
    let source: Int
    let target: Int
    let costs: EdgeCosts
    let limit: Int

    struct Listing {
        var cost: Double
        /// The number of cheapest routes (a floating-point count: it can exceed any integer type).
        var count: Double
        var routes: [[Int32]]
    }

    func run<Filter: SlotFilter>(_ graph: Adjacency, filter: Filter) -> Listing? {
        let n = graph.forward.offsets.count - 1
        let rows = graph.forward
        var cost = [Double](repeating: .infinity, count: n)
        var sigma = [Double](repeating: 0, count: n)
        var settled = [Bool](repeating: false, count: n)
        var predecessors = [[Int32]](repeating: [], count: n)
        var heap = Heap<DijkstraEntry>()
        cost[source] = 0
        sigma[source] = 1
        heap.insert(DijkstraEntry(cost: 0, hops: 0, node: Int32(source)))
        while let entry = heap.popMin() {
            let u = Int(entry.node)
            if settled[u] || entry.cost > cost[u] { continue }
            if entry.cost > cost[target] { break }
            settled[u] = true
            var slot = Int(rows.offsets[u])
            let end = Int(rows.offsets[u + 1])
            while slot < end {
                let v = Int(rows.neighbours[slot])
                // The cheapest allowed channel of the run of parallel slots to v.
                var hop = Double.infinity
                while slot < end && Int(rows.neighbours[slot]) == v {
                    let edge = Int(rows.edges[slot])
                    if filter.allows(edge: edge, from: u, to: v) { hop = min(hop, costs[edge]) }
                    slot += 1
                }
                guard hop.isFinite, !settled[v], v != u else { continue }
                let candidate = entry.cost + hop
                if candidate < cost[v] {
                    cost[v] = candidate
                    sigma[v] = sigma[u]
                    predecessors[v] = [Int32(u)]
                    heap.insert(DijkstraEntry(cost: candidate, hops: entry.hops + 1, node: Int32(v)))
                } else if candidate == cost[v] {
                    sigma[v] += sigma[u]
                    predecessors[v].append(Int32(u))
                }
            }
        }
        guard cost[target].isFinite else { return nil }
        var routes: [[Int32]] = []
        if limit > 0 {
            let successors = successorsTowardTarget(predecessors: predecessors, nodeCount: n)
            routes = collect(successors: successors)
        }
        return Listing(cost: cost[target], count: source == target ? 1 : sigma[target], routes: routes)
    }

    /// For each node on a cheapest route to the target, its next nodes on such routes, in id order.
    private func successorsTowardTarget(predecessors: [[Int32]], nodeCount n: Int) -> [[Int32]] {
        var successors = [[Int32]](repeating: [], count: n)
        var onRoute = [Bool](repeating: false, count: n)
        var stack = [target]
        onRoute[target] = true
        while let node = stack.popLast() {
            for predecessor in predecessors[node] {
                successors[Int(predecessor)].append(Int32(node))
                if !onRoute[Int(predecessor)] {
                    onRoute[Int(predecessor)] = true
                    stack.append(Int(predecessor))
                }
            }
        }
        return successors.map { $0.sorted() }
    }

    /// The routes from the source to the target along `successors`, in lexicographic order, up to the
    /// limit; iterative, so a route of any length is safe.
    private func collect(successors: [[Int32]]) -> [[Int32]] {
        var routes: [[Int32]] = []
        var path: [Int32] = [Int32(source)]
        var nextChoice: [Int] = [0]
        while let choice = nextChoice.last, let node = path.last {
            if Int(node) == target {
                routes.append(path)
                if routes.count >= limit { break }
            }
            let options = successors[Int(node)]
            if Int(node) != target && choice < options.count {
                nextChoice[nextChoice.count - 1] += 1
                path.append(options[choice])
                nextChoice.append(0)
            } else {
                path.removeLast()
                nextChoice.removeLast()
            }
        }
        return routes
    }
}
