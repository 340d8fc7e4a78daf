import HeapModule

/// Yen's *k* shortest loopless routes, ranked by cost, then hops, then node ids (so ties break the same
/// way on every run).
///
/// Routes are sequences of actors: parallel channels between the same two actors make one route, which
/// uses the cheapest of them. With `required` nodes, only routes through all of them are kept; the
/// enumeration goes on until *k* are kept, the routes run out, or `candidateBudget` routes were examined.
///
/// - Complexity: O(*k* × *l*) spur searches for routes of *l* hops: searches from both ends counting
///   hops, else Dijkstra stopping at the target.
struct KShortestRoutes: Kernel {
    let source: Int
    let target: Int
    let k: Int
    let costs: EdgeCosts
    let scratch: SearchScratch
    var required: [Int32] = []
    var candidateBudget = 100_000
    /// Whether the view allows the source and the target, so that searches from both ends see the same
    /// channels (see ``BidirectionalSearch/sidesAgree``): every other spur node lies on a route found.
    var endsAllowed = false

    struct Output {
        var routes: [Route]
        /// The enumeration stopped at the candidate budget, so more routes may exist.
        var budgetExhausted: Bool
    }

    func run<Filter: SlotFilter>(_ graph: Adjacency, filter: Filter) -> Output {
        guard let first = spurRoute(from: source, graph: graph, forward: filter, backward: filter) else {
            return Output(routes: [], budgetExhausted: false)
        }
        var accepted: [Route] = []
        var found: [Route] = [first]
        var seen: Set<[Int32]> = [first.nodes]
        var candidates = Heap<Candidate>()
        var examined = 1
        if passes(first) { accepted.append(first) }
        while accepted.count < k {
            guard let previous = found.last else { break }
            for index in 0..<(previous.nodes.count - 1) {
                let spur = Int(previous.nodes[index])
                let rootNodes = previous.nodes[0...index]
                let blockGeneration = scratch.nextBlockGeneration()
                for node in rootNodes.dropLast() { scratch.blocked[Int(node)] = blockGeneration }
                var blockedNext: [Int32] = []
                for route in found where route.nodes.count > index + 1 && route.nodes[0...index] == rootNodes {
                    blockedNext.append(route.nodes[index + 1])
                }
                let blocking = BlockingFilter(
                    base: filter, blocked: scratch.blocked, generation: blockGeneration,
                    spur: spur, blockedNext: blockedNext)
                guard let spurPart = spurRoute(from: spur, graph: graph, forward: blocking, backward: blocking.reversed()) else { continue }
                let rootEdges = previous.edges[0..<index]
                let rootCost = rootEdges.reduce(0) { $0 + costs[Int($1)] }
                let nodes = Array(rootNodes.dropLast()) + spurPart.nodes
                guard seen.insert(nodes).inserted else { continue }
                candidates.insert(Candidate(route: Route(
                    nodes: nodes, edges: Array(rootEdges) + spurPart.edges, cost: rootCost + spurPart.cost)))
            }
            guard let next = candidates.popMin() else { break }
            examined += 1
            found.append(next.route)
            if passes(next.route) { accepted.append(next.route) }
            if examined >= candidateBudget && accepted.count < k {
                return Output(routes: Self.ranked(accepted), budgetExhausted: true)
            }
        }
        return Output(routes: Self.ranked(accepted), budgetExhausted: false)
    }

    /// The routes in rank order. Yen's algorithm finds them by nondecreasing cost, but the order of
    /// equally cheap routes depends on which the searches met first; sorting makes it canonical.
    private static func ranked(_ routes: [Route]) -> [Route] {
        routes.sorted { Candidate(route: $0) < Candidate(route: $1) }
    }

    private func passes(_ route: Route) -> Bool {
        required.allSatisfy(route.nodes.contains)
    }

    /// The cheapest route from `start` to the target: by a search from both ends when every edge costs 1
    /// (`backward` is the filter as the search from the target sees it), else by Dijkstra under `forward`.
    private func spurRoute<Forward: SlotFilter, Backward: SlotFilter>(
        from start: Int, graph: Adjacency, forward: Forward, backward: Backward
    ) -> Route? {
        if costs.isUnit {
            var search = BidirectionalSearch(source: start, target: target, scratch: scratch)
            search.sidesAgree = endsAllowed
            return search.run(graph, forward: forward, backward: backward)
        }
        return CheapestRouteSearch(source: start, target: target, costs: costs, scratch: scratch).run(graph, filter: forward)
    }

    /// A route waiting in Yen's candidate queue.
    struct Candidate: Comparable {
        let route: Route

        static func < (lhs: Self, rhs: Self) -> Bool {
            if lhs.route.cost != rhs.route.cost { return lhs.route.cost < rhs.route.cost }
            if lhs.route.hops != rhs.route.hops { return lhs.route.hops < rhs.route.hops }
            return lhs.route.nodes.lexicographicallyPrecedes(rhs.route.nodes)
        }

        static func == (lhs: Self, rhs: Self) -> Bool { lhs.route.nodes == rhs.route.nodes }
    }
}

/// A filter that also blocks a set of nodes (stamped in a buffer) and some first hops out of the spur node.
///
/// Filters are asked about a slot as a search walks it, `from` the node it expands; a search walking
/// backwards from the target sees the hop spur → x as x → spur, which the `reversed` copy checks.
struct BlockingFilter<Base: SlotFilter>: SlotFilter {
    let base: Base
    let blocked: UnsafeMutableBufferPointer<UInt32>
    let generation: UInt32
    let spur: Int
    let blockedNext: [Int32]
    var isReversed = false

    static var readsEdges: Bool { Base.readsEdges }

    @inline(__always)
    func allows(node: Int) -> Bool { base.allows(node: node) }

    @inline(__always)
    func allows(edge: Int, from: Int, to: Int) -> Bool {
        if blocked[to] == generation { return false }
        let (tail, head) = isReversed ? (to, from) : (from, to)
        if tail == spur && blockedNext.contains(Int32(head)) { return false }
        return base.allows(edge: edge, from: from, to: to)
    }

    /// The same filter for a search walking backwards.
    func reversed() -> Self {
        var copy = self
        copy.isReversed.toggle()
        return copy
    }
}
