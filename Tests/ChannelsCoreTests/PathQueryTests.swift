import ChannelsCore
import ChannelsModel
import Testing

/// Hand-checked path queries on small graphs.
struct PathQueryTests {
    /// A diamond with a tail:  a — b — d — t,  a — c — d,  c — t (weight 5), parallel calls b—d.
    let graph = TestGraphs.graph(["a", "b", "c", "d", "t"], [
        e("a", "b", weight: 1, id: "ab"), e("b", "d", weight: 1, id: "bd1"), e("b", "d", date: "2023-11-01", weight: 3, id: "bd2"),
        e("a", "c", weight: 1, id: "ac"), e("c", "d", weight: 1, id: "cd"), e("d", "t", weight: 1, id: "dt"),
        e("c", "t", weight: 5, confidence: 0.5, id: "ct"),
    ])

    func answer(_ configure: (inout PathQuery) -> Void) -> PathAnswer {
        var query = PathQuery(source: 0, target: 4)
        configure(&query)
        return PathFinder(GraphSnapshot(graph)).answer(query)
    }

    func names(_ answer: PathAnswer) -> [[String]] {
        answer.routes.map { TestGraphs.names($0.route, in: graph) }
    }

    @Test func fewestHops() {
        #expect(names(answer { _ in }) == [["a", "c", "t"]])
    }

    @Test func cheapestByWeight() {
        let found = answer { $0.cost = .weight }
        #expect(found.routes.first?.route.cost == 3)
        #expect(found.routes.count == 1)
        #expect(Set(names(found).first ?? []).isSuperset(of: ["a", "d", "t"]))
    }

    @Test func mostCredibleByConfidence() {
        // a-c-t uses a 0.5-confidence channel; any 3-hop route through d is fully certain.
        let found = answer { $0.cost = .confidence }
        #expect(names(found).first?.contains("d") == true)
        #expect(found.routes.first?.route.cost == 0)
    }

    @Test func yenRanksLooplessRoutesByCost() {
        let found = answer { $0.cost = .weight; $0.k = 10 }
        let costs = found.routes.map(\.route.cost)
        // Every loopless route: a-b-d-t (3), a-c-d-t (3), a-c-t (6), a-b-d-c-t (8).
        #expect(costs == [3, 3, 6, 8])
        #expect(Set(names(found).map { $0.joined() }) == ["abdt", "acdt", "act", "abdct"])
        // Ties break by node ids: b (1) before c (2).
        #expect(names(found).first == ["a", "b", "d", "t"])
    }

    @Test func parallelChannelsAreNamedNotMerged() throws {
        let found = answer { $0.cost = .weight; $0.k = 2 }
        let viaB = try #require(found.routes.first { TestGraphs.names($0.route, in: graph).contains("b") })
        let hop = try #require(viaB.route.nodes.firstIndex(of: 1))
        #expect(graph.channels[Int(viaB.route.edges[hop])].id == "bd1")
        #expect(viaB.parallel[hop].map { graph.channels[Int($0)].id } == ["bd2"])
    }

    @Test func avoidingAnActorFindsTheOtherWay() {
        #expect(names(answer { $0.filter.avoidedNodes = [2] }) == [["a", "b", "d", "t"]])
    }

    @Test func theRouteMustPassThroughVia() {
        #expect(names(answer { $0.via = [1] }) == [["a", "b", "d", "t"]])
    }

    @Test func channelKindsCanBeExcluded() {
        let typed = TestGraphs.graph(["a", "m", "t"], [e("a", "m", .membership), e("m", "t", .membership), e("a", "t", .message)])
        var query = PathQuery(source: 0, target: 2)
        #expect(PathFinder(GraphSnapshot(typed)).answer(query).routes.first?.route.hops == 1)
        query.filter.exceptKinds = ["message"]
        #expect(PathFinder(GraphSnapshot(typed)).answer(query).routes.first?.route.hops == 2)
        query.filter.onlyKinds = ["call"]
        let none = PathFinder(GraphSnapshot(typed)).answer(query)
        #expect(none.routes.isEmpty)
        #expect(none.reason == .filterCut([.onlyKinds]))  // there is no call at all, so --except alone is not to blame
    }

    @Test func aTimeWindowKeepsOnlyActiveChannels() {
        // bd2 is dated Nov 1; under --at 2023-11-01 with undated channels ignored, only it and nothing else is active.
        let found = answer { $0.filter.window = DayRange(first: TestGraphs.day("2023-11-01"), last: TestGraphs.day("2023-11-01")); $0.filter.undated = .ignore }
        #expect(found.routes.isEmpty)
        guard case .filterCut(let cuts)? = found.reason else {
            Issue.record("expected a filter cut, got \(String(describing: found.reason))")
            return
        }
        #expect(cuts == [.window])
    }

    @Test func minimumConfidenceDropsDoubtfulChannels() {
        #expect(names(answer { $0.filter.minimumConfidence = 0.9 }).first?.contains("d") == true)
    }

    @Test func allShortestRoutesAreCountedAndListed() {
        let found = answer { $0.mode = .allShortest(limit: 10); $0.filter.avoidedNodes = [] }
        #expect(found.cheapestCount == 1)
        let fourHops = TestGraphs.graph(["s", "x", "y", "z", "w", "t"], [
            e("s", "x"), e("s", "y"), e("x", "z"), e("y", "z"), e("x", "w"), e("y", "w"), e("z", "t"), e("w", "t"), e("x", "t", .message, directed: false),
        ])
        var query = PathQuery(source: 0, target: 5)
        query.mode = .allShortest(limit: 10)
        let two = PathFinder(GraphSnapshot(fourHops)).answer(query)
        #expect(two.cheapestCount == 1)
        #expect(two.routes.map { TestGraphs.names($0.route, in: fourHops) } == [["s", "x", "t"]])
        var longer = query
        longer.filter.exceptKinds = ["message"]
        let four = PathFinder(GraphSnapshot(fourHops)).answer(longer)
        #expect(four.cheapestCount == 4)
        #expect(four.routes.map { TestGraphs.names($0.route, in: fourHops).joined() } == ["sxzt", "sxwt", "syzt", "sywt"])  // by node id: z (3) before w (4)
        longer.mode = .allShortest(limit: 2)
        let capped = PathFinder(GraphSnapshot(fourHops)).answer(longer)
        #expect(capped.routes.count == 2 && capped.truncated && capped.cheapestCount == 4)
    }

    @Test func allSimpleRoutesRespectTheHopLimitAndTheCap() {
        let found = answer { $0.mode = .allSimple(maximumHops: 3, limit: 100, budget: .seconds(5)) }
        #expect(Set(names(found).map { $0.joined() }) == ["act", "abdt", "acdt"])
        #expect(!found.truncated)
        let capped = answer { $0.mode = .allSimple(maximumHops: 6, limit: 2, budget: .seconds(5)) }
        #expect(capped.routes.count == 2 && capped.truncated && !capped.timedOut)
    }

    @Test func anAvoidedEndpointIsReportedAsSuch() {
        let found = answer { $0.filter.avoidedNodes = [4] }
        #expect(found.reason == .endpointExcluded(4))
    }

    @Test func disconnectedEndsReportWhatEachSideReaches() {
        let split = TestGraphs.graph(["a", "b", "c", "t"], [e("a", "b"), e("c", "t")])
        var query = PathQuery(source: 0, target: 3)
        query.k = 3
        let found = PathFinder(GraphSnapshot(split)).answer(query)
        #expect(found.reason == .disconnected(sourceReach: 1, targetReach: 1))
    }
}

/// The search from both ends stops a level at its first meeting; on random graphs, whole and filtered, its
/// routes are exactly as short as a one-sided breadth-first search says, and valid.
struct BidirectionalSearchAgreementTests {
    @Test(arguments: [false, true])
    func routesAreAsShortAsBreadthFirstSearchSays(directed: Bool) throws {
        let snapshot = try GraphGenerators.rmat(scale: 9, edgeFactor: 4, seed: 7, directed: directed).plainGraph().snapshot
        let filtered = TestGraphs.thinned(snapshot, nodesFrom: 3, every: 11, channelsEvery: 6)
        let finder = PathFinder(snapshot)
        var checked = 0
        for view in [GraphView(snapshot), filtered] {
            for pair in 0..<150 {
                let source = pair * 7_919 % snapshot.nodeCount
                let target = (pair * 104_729 + 13) % snapshot.nodeCount
                guard view.allowsNode(source), view.allowsNode(target) else { continue }
                let expected = view.breadthFirst(from: source).distance[target]
                let route = finder.shortestRoute(from: source, to: target, in: view)
                #expect(Int32(route?.hops ?? -1) == expected, "\(source) → \(target)")
                if let route {
                    for (hop, edge) in route.edges.enumerated() {
                        #expect(view.allowsEdge(Int(edge)) && route.nodes.allSatisfy { view.allowsNode(Int($0)) })
                        let (from, to) = (Int(route.nodes[hop]), Int(route.nodes[hop + 1]))
                        let ends = (Int(snapshot.edgeSources[Int(edge)]), Int(snapshot.edgeTargets[Int(edge)]))
                        #expect(ends == (from, to) || (!snapshot.isEdgeDirected(Int(edge)) && ends == (to, from)))
                    }
                }
                checked += 1
            }
        }
        #expect(checked > 200)
    }

    /// Searches do not end at a node the view removes (unless they start there), whichever kernel answers.
    @Test func noSearchReachesARemovedTarget() throws {
        let snapshot = try GraphGenerators.rmat(scale: 8, edgeFactor: 4, seed: 3, directed: true)
            .withIntegerWeights(upTo: 9, seed: 3).plainGraph().snapshot
        let finder = PathFinder(snapshot)
        let distance = GraphView(snapshot).breadthFirst(from: 0).distance
        let target = try #require(distance.indices.first { distance[$0] > 0 })
        let view = GraphView(snapshot).removingNodes([Int32(target)])
        #expect(finder.shortestRoute(from: 0, to: target, in: view) == nil)
        #expect(finder.shortestRouteSearchingForward(from: 0, to: target, in: view) == nil)
        #expect(finder.cheapestRoute(from: 0, to: target, cost: .weight, in: view) == nil)
        for cost in [PathCost.hops, .weight] {
            #expect(finder.kShortestRoutes(from: 0, to: target, k: 3, cost: cost, in: view).routes.isEmpty)
        }
        #expect(finder.shortestRoute(from: target, to: target, in: view)?.hops == 0)
    }

    /// One finder answers weighted and hop queries in turn: each route's cost is its own search's, never
    /// what an earlier search left in the shared scratch space.
    @Test func routesCostWhatTheirOwnSearchFound() throws {
        let snapshot = try GraphGenerators.rmat(scale: 8, edgeFactor: 4, seed: 3, directed: true)
            .withIntegerWeights(upTo: 50, seed: 3).plainGraph().snapshot
        let view = GraphView(snapshot)
        let finder = PathFinder(snapshot)
        var checked = 0
        for pair in 0..<60 {
            let (source, target) = (pair * 37 % snapshot.nodeCount, (pair * 101 + 5) % snapshot.nodeCount)
            guard let weighted = finder.cheapestRoute(from: source, to: target, cost: .weight, in: view) else { continue }
            let hops = try #require(finder.shortestRouteSearchingForward(from: source, to: target, in: view))
            #expect(weighted.cost == weighted.edges.reduce(0) { $0 + snapshot.edgeWeights[Int($1)] })
            #expect(hops.cost == Double(hops.hops) && Int32(hops.hops) == view.breadthFirst(from: source).distance[target])
            checked += 1
        }
        #expect(checked > 10)
    }
}
