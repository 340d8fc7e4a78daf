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
        let buffers = ScratchBuffers()
        defer { withExtendedLifetime(buffers) {} }
        let cost = buffers.make(max(n, 1), filledWith: Double.infinity)
        let hops = buffers.make(max(n, 1), filledWith: Int32(-1))
        var recorder = Recorder(target: target, nodeCount: n)
        Dijkstra(rows: graph.forward, costs: costs).search(
            from: source, filter: filter, labels: ArrayLabels(costs: cost.baseAddress.unsafelyUnwrapped, hops: hops.baseAddress.unsafelyUnwrapped),
            queue: DijkstraQueue.Storage(count: max(n, 1), in: buffers), recorder: &recorder)
        guard cost[target].isFinite else { return nil }
        var routes: [[Int32]] = []
        if limit > 0 {
            let successors = successorsTowardTarget(predecessors: recorder.predecessors, nodeCount: n)
            routes = collect(successors: successors)
        }
        return Listing(cost: cost[target], count: source == target ? 1 : recorder.sigma[target], routes: routes)
    }

    /// Counts the cheapest routes to each node and keeps all their last hops, settling every node no
    /// dearer than the target.
    private struct Recorder: DijkstraRecorder {
        let target: Int
        var sigma: [Double]
        var predecessors: [[Int32]]
        var settled: [Bool]
        var targetCost = Double.infinity

        init(target: Int, nodeCount n: Int) {
            self.target = target
            sigma = [Double](repeating: 0, count: n)
            predecessors = [[Int32]](repeating: [], count: n)
            settled = [Bool](repeating: false, count: n)
        }

        static var countsTies: Bool { true }
        static var readsEdges: Bool { false }

        mutating func start(_ source: Int) {
            sigma[source] = 1
            if source == target { targetCost = 0 }
        }

        mutating func settle(_ node: Int, cost: Double) -> Bool {
            guard cost <= targetCost else { return false }
            settled[node] = true
            return true
        }

        mutating func improve(_ node: Int, from predecessor: Int, edge: Int, cost: Double) {
            sigma[node] = sigma[predecessor]
            predecessors[node] = [Int32(predecessor)]
            if node == target { targetCost = cost }
        }

        mutating func tie(_ node: Int, from predecessor: Int) {
            sigma[node] += sigma[predecessor]
            predecessors[node].append(Int32(predecessor))
        }

        func isSettled(_ node: Int) -> Bool { settled[node] }
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
