/// Answers ``PathQuery``s on one snapshot, reusing its scratch space across queries.
///
/// Not thread-safe: give each thread its own finder.
///
/// Every entry point checks its node numbers against the snapshot, and that a view it is given is a view
/// of the finder's snapshot, and traps (a precondition) when they are not: the searches behind read their
/// arrays unchecked.
///
///     let finder = PathFinder(snapshot)
///     var query = PathQuery(source: biden, target: hamas)
///     query.filter.avoidedSides = ["qatar"]
///     let answer = finder.answer(query)   // the Cairo route
public final class PathFinder {
    public let snapshot: GraphSnapshot
    private let scratch: SearchScratch

    public init(_ snapshot: GraphSnapshot) {
        self.snapshot = snapshot
        scratch = SearchScratch(nodeCount: snapshot.nodeCount)
    }

    /// Answers `query`; when no route exists, says why.
    ///
    /// - Complexity: that of the algorithm the mode selects (see each), plus, when nothing is found, one
    ///   search per part of the filter to find which part cut the last route.
    public func answer(_ query: PathQuery) -> PathAnswer {
        snapshot.checkNodes(query.source, query.target)
        for node in query.via { snapshot.checkNode(Int(node), "a via node") }
        let view = snapshot.view(query.filter)
        for endpoint in [query.source, query.target] where !view.allowsNode(endpoint) {
            return PathAnswer(routes: [], reason: .endpointExcluded(Int32(endpoint)))
        }
        var answer = search(query, in: view)
        if answer.routes.isEmpty && answer.reason == nil && !answer.truncated {
            answer.reason = explainAbsence(of: query, in: view)
        }
        return answer
    }

    /// The fewest-hops route between two nodes, by bidirectional search. As for every search here, the
    /// view's masks do not apply to the source, but a target the view removes is not reached.
    ///
    /// - Complexity: see ``BidirectionalSearch``.
    public func shortestRoute(from source: Int, to target: Int, in view: GraphView) -> Route? {
        check(source, target, view)
        guard Self.canReach(target, from: source, in: view) else { return nil }
        var search = BidirectionalSearch(source: source, target: target, scratch: scratch)
        search.sidesAgree = view.allowsNode(source)
        return view.run(search)
    }

    /// A shortest route between two nodes by hops, from a search from `source` alone that stops at the
    /// target (see ``PairBreadthFirstSearch``); ``shortestRoute(from:to:in:)`` is usually faster.
    public func shortestRouteSearchingForward(from source: Int, to target: Int, in view: GraphView) -> Route? {
        check(source, target, view)
        return view.run(PairBreadthFirstSearch(source: source, target: target, scratch: scratch))
    }

    /// The cheapest route between two nodes under `model`, by Dijkstra stopping at the target.
    public func cheapestRoute(from source: Int, to target: Int, cost model: PathCost, in view: GraphView) -> Route? {
        check(source, target, view)
        if model == .hops { return shortestRoute(from: source, to: target, in: view) }
        return EdgeCosts.with(snapshot, model) { costs in
            view.run(CheapestRouteSearch(source: source, target: target, costs: costs, scratch: scratch))
        }
    }

    /// The `k` cheapest loopless routes under `model` (Yen), optionally through every node of `via`; none
    /// to a target the view removes.
    public func kShortestRoutes(
        from source: Int, to target: Int, k: Int, cost model: PathCost, via: [Int32] = [], in view: GraphView
    ) -> (routes: [Route], truncated: Bool) {
        check(source, target, view)
        for node in via { snapshot.checkNode(Int(node), "a via node") }
        guard Self.canReach(target, from: source, in: view) else { return ([], false) }
        let output = EdgeCosts.with(snapshot, model) { costs in
            view.run(KShortestRoutes(source: source, target: target, k: k, costs: costs, scratch: scratch, required: via,
                                     endsAllowed: view.allowsNode(source) && view.allowsNode(target)))
        }
        return (output.routes, output.budgetExhausted)
    }

    /// The route the default query (`channels path A B`) gives: fewest hops, and among equally short
    /// routes on a graph with confidences or citations, the most credible, then the best documented;
    /// each hop's channel chosen by the documented rule, with the alternatives. `nil` when there is none.
    ///
    /// - Complexity: one bidirectional search; on a documented graph, the listing of up to
    ///   ``tieBreakLimit`` equally short routes (see ``AllShortestRoutes``).
    public func preferredRoute(from source: Int, to target: Int, in view: GraphView) -> FoundRoute? {
        check(source, target, view)
        if !snapshot.edgeConfidences.isEmpty || !snapshot.edgeCitations.isEmpty {
            guard Self.canReach(target, from: source, in: view) else { return nil }
            return bestDocumentedShortestRoute(from: source, to: target, in: view)
        }
        return shortestRoute(from: source, to: target, in: view).map { annotate($0, cost: .hops, in: view) }
    }

    /// A fewest-hops route from any allowed node of `sources` to any allowed node of `targets` (one
    /// multi-source search, see ``GroupBreadthFirstSearch``), its hops' channels chosen as for
    /// ``preferredRoute(from:to:in:)``; `nil` when no source reaches a target.
    ///
    /// - Complexity: O(*n* + *m*).
    public func shortestRoute(fromAnyOf sources: [Int32], toAnyOf targets: [Int32], in view: GraphView) -> FoundRoute? {
        checkView(view)
        var wanted = Bitmask(count: snapshot.nodeCount)
        for node in sources { snapshot.checkNode(Int(node)) }
        for node in targets {
            snapshot.checkNode(Int(node))
            if view.allowsNode(Int(node)) { wanted.insert(Int(node)) }
        }
        let route = view.run(GroupBreadthFirstSearch(sources: sources, targets: wanted, sourcesAllowed: view.allowsNode))
        return route.map { annotate($0, cost: .hops, in: view) }
    }

    /// Traps unless `source` and `target` are nodes of the finder's snapshot and `view` is a view of it
    /// (its scratch space is sized for this snapshot).
    private func check(_ source: Int, _ target: Int, _ view: GraphView) {
        snapshot.checkNodes(source, target)
        checkView(view)
    }

    private func checkView(_ view: GraphView) {
        precondition(view.snapshot.nodeCount == snapshot.nodeCount && view.snapshot.edgeCount == snapshot.edgeCount,
                     "the view is of another graph (\(view.snapshot.nodeCount) nodes) than the finder's (\(snapshot.nodeCount) nodes)")
    }

    /// Whether a route can end at `target`: searches start from both ends, and the view's masks do not
    /// apply where a search starts, so a removed target is refused here, once for every search.
    private static func canReach(_ target: Int, from source: Int, in view: GraphView) -> Bool {
        source == target || view.allowsNode(target)
    }

    private func search(_ query: PathQuery, in view: GraphView) -> PathAnswer {
        switch query.mode {
        case .shortest:
            if query.k == 1 && query.via.isEmpty {
                if query.cost == .hops {
                    return PathAnswer(routes: preferredRoute(from: query.source, to: query.target, in: view).map { [$0] } ?? [])
                }
                let route = cheapestRoute(from: query.source, to: query.target, cost: query.cost, in: view)
                return PathAnswer(routes: route.map { [annotate($0, cost: query.cost, in: view)] } ?? [])
            }
            let (routes, truncated) = kShortestRoutes(
                from: query.source, to: query.target, k: query.k, cost: query.cost, via: query.via, in: view)
            let ranked = query.cost == .hops ? bestDocumentedFirst(routes) : routes
            var answer = PathAnswer(routes: ranked.map { annotate($0, cost: query.cost, in: view) }, truncated: truncated)
            if routes.isEmpty && !query.via.isEmpty && !truncated,
               cheapestRoute(from: query.source, to: query.target, cost: query.cost, in: view) != nil {
                answer.reason = .viaImpossible(query.via)
            }
            return answer
        case .allShortest(let limit):
            let output = EdgeCosts.with(snapshot, query.cost) { costs in
                view.run(AllShortestRoutes(source: query.source, target: query.target, costs: costs, limit: limit))
            }
            guard let output else { return PathAnswer(routes: []) }
            let routes = output.routes.map { annotate(nodes: $0, cost: query.cost, in: view) }
            return PathAnswer(routes: routes, cheapestCount: output.count, truncated: Double(routes.count) < output.count)
        case .allSimple(let maximumHops, let limit, let budget):
            let output = view.run(SimpleRoutes(
                source: query.source, target: query.target, maximumHops: maximumHops, limit: limit, budget: budget))
            let routes = output.routes.map { annotate(nodes: $0, cost: query.cost, in: view) }
            return PathAnswer(routes: routes, truncated: output.truncated, timedOut: output.timedOut)
        case .earliestArrival(let after, let before):
            let route = withDays { first, last in
                view.run(EarliestArrival(
                    source: query.source, target: query.target, start: after, deadline: before ?? .max,
                    policy: query.filter.undated, firstDays: first, lastDays: last))
            }
            return timeRespectingAnswer(route, query: query, in: view)
        case .latestDeparture(let before):
            let route = withDays { first, last in
                view.run(LatestDeparture(
                    source: query.source, target: query.target, deadline: before,
                    policy: query.filter.undated, firstDays: first, lastDays: last))
            }
            return timeRespectingAnswer(route, query: query, in: view)
        }
    }

    /// Among the fewest-hop routes (the first ``tieBreakLimit`` of them in node order), the most credible,
    /// then the best documented: the highest product of confidences, then the most citations.
    private func bestDocumentedShortestRoute(from source: Int, to target: Int, in view: GraphView) -> FoundRoute? {
        let listing = EdgeCosts.with(snapshot, .hops) { costs in
            view.run(AllShortestRoutes(source: source, target: target, costs: costs, limit: Self.tieBreakLimit))
        }
        guard let listing else { return nil }
        var best: (route: FoundRoute, confidence: Double, citations: Int)?
        for nodes in listing.routes {
            let found = annotate(nodes: nodes, cost: .hops, in: view)
            let confidence = found.route.edges.reduce(1.0) { $0 * snapshot.confidence(ofEdge: Int($1)) }
            let citations = found.route.edges.reduce(0) { $0 + snapshot.citations(ofEdge: Int($1)) }
            if let current = best, (current.confidence, current.citations) >= (confidence, citations) { continue }
            best = (found, confidence, citations)
        }
        return best?.route
    }

    /// Routes of equal length reordered as the default query picks among them: the most confident
    /// first, then the best cited, then in their given order.
    private func bestDocumentedFirst(_ routes: [Route]) -> [Route] {
        let keyed = routes.enumerated().map { index, route in
            (route: route, index: index,
             confidence: route.edges.reduce(1.0) { $0 * snapshot.confidence(ofEdge: Int($1)) },
             citations: route.edges.reduce(0) { $0 + snapshot.citations(ofEdge: Int($1)) })
        }
        return keyed.sorted { a, b in
            if a.route.hops != b.route.hops { return a.route.hops < b.route.hops }
            if a.confidence != b.confidence { return a.confidence > b.confidence }
            if a.citations != b.citations { return a.citations > b.citations }
            return a.index < b.index
        }.map(\.route)
    }

    /// How many equally short routes the default query weighs against each other.
    static let tieBreakLimit = 1_000

    private func timeRespectingAnswer(_ route: Route?, query: PathQuery, in view: GraphView) -> PathAnswer {
        guard let route else {
            let staticRoute = shortestRoute(from: query.source, to: query.target, in: view)
            return PathAnswer(routes: [], reason: staticRoute == nil ? nil : .noTimeRespectingRoute)
        }
        let parallel = route.edges.indices.map { hop in
            otherChannels(from: Int(route.nodes[hop]), to: Int(route.nodes[hop + 1]), besides: route.edges[hop], in: view)
                .filter { isUsable($0, on: route.days[hop], policy: query.filter.undated) }
        }
        return PathAnswer(routes: [FoundRoute(route: route, parallel: parallel)])
    }

    private func withDays<R>(_ body: (UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int32>) -> R) -> R {
        snapshot.edgeFirstDays.withUnsafeBufferPointer { first in
            snapshot.edgeLastDays.withUnsafeBufferPointer { last in body(first, last) }
        }
    }

    private func isUsable(_ edge: Int32, on day: Int32, policy: UndatedPolicy) -> Bool {
        snapshot.isEdgeActive(Int(edge), in: DayRange(first: day, last: day), undated: policy)
    }

    // MARK: Choosing channels for hops

    /// Re-chooses each hop's channel by the documented rule and lists the alternatives.
    private func annotate(_ route: Route, cost model: PathCost, in view: GraphView) -> FoundRoute {
        annotate(nodes: route.nodes, cost: model, in: view)
    }

    /// The route along `nodes` with, for each hop, the cheapest allowed channel; ties go to the more
    /// credible channel, then the better documented, then the earlier, then the lower id.
    private func annotate(nodes: [Int32], cost model: PathCost, in view: GraphView) -> FoundRoute {
        var edges: [Int32] = []
        var parallel: [[Int32]] = []
        var total = 0.0
        for hop in 0..<max(nodes.count - 1, 0) {
            let candidates = channels(from: Int(nodes[hop]), to: Int(nodes[hop + 1]), in: view)
            let best = candidates.min { preferred($0, over: $1, model) } ?? -1
            edges.append(best)
            parallel.append(candidates.filter { $0 != best })
            if best >= 0 { total += snapshot.cost(ofEdge: Int(best), model) }
        }
        return FoundRoute(route: Route(nodes: nodes, edges: edges, cost: total), parallel: parallel)
    }

    private func preferred(_ a: Int32, over b: Int32, _ model: PathCost) -> Bool {
        let (x, y) = (Int(a), Int(b))
        let costA = snapshot.cost(ofEdge: x, model), costB = snapshot.cost(ofEdge: y, model)
        if costA != costB { return costA < costB }
        let confidenceA = snapshot.confidence(ofEdge: x), confidenceB = snapshot.confidence(ofEdge: y)
        if confidenceA != confidenceB { return confidenceA > confidenceB }
        let citationsA = snapshot.citations(ofEdge: x), citationsB = snapshot.citations(ofEdge: y)
        if citationsA != citationsB { return citationsA > citationsB }
        if !snapshot.edgeFirstDays.isEmpty {
            let firstA = snapshot.isEdgeDated(x) ? snapshot.edgeFirstDays[x] : .max
            let firstB = snapshot.isEdgeDated(y) ? snapshot.edgeFirstDays[y] : .max
            if firstA != firstB { return firstA < firstB }
        }
        return a < b
    }

    private func channels(from u: Int, to v: Int, in view: GraphView) -> [Int32] {
        view.withRows(.forward) { rows in
            if view.isUnfiltered { return HopChannels.edges(from: u, to: v, rows: rows, filter: OpenFilter()) }
            return view.withMaskFilter { HopChannels.edges(from: u, to: v, rows: rows, filter: $0) }
        }
    }

    private func otherChannels(from u: Int, to v: Int, besides edge: Int32, in view: GraphView) -> [Int32] {
        channels(from: u, to: v, in: view).filter { $0 != edge }
    }

    // MARK: Explaining an absence

    private func explainAbsence(of query: PathQuery, in view: GraphView) -> NoRouteReason {
        if !query.filter.isEmpty {
            let unfiltered = snapshot.view(.none)
            if shortestRoute(from: query.source, to: query.target, in: unfiltered) != nil {
                let cuts = query.filter.components.filter { component in
                    let relaxed = snapshot.view(query.filter.removing(component))
                    return shortestRoute(from: query.source, to: query.target, in: relaxed) != nil
                }
                if !cuts.isEmpty { return .filterCut(cuts) }
            }
        }
        let forward = view.breadthFirst(from: query.source)
        let backward = view.breadthFirst(from: query.target, direction: .backward)
        return .disconnected(sourceReach: forward.order.count - 1, targetReach: backward.order.count - 1)
    }
}
