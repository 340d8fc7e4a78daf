import ChannelsCore
import ChannelsModel
import Testing

/// Every search by cost is one Dijkstra with a caller's own recorder: weighted betweenness and closeness,
/// all cheapest routes and distances must agree with each other and with hand-checked values.
struct DijkstraCallersTests {
    /// The square a — b — d — c — a (weight 1 each; a = b twice, the second dearer), and a — d directly at
    /// weight 5. By weight, a → d has two cheapest routes (through b, through c) and b → c two (through a,
    /// through d); by hops, a — d is direct.
    static let square = TestGraphs.graph(["a", "b", "c", "d"], [
        e("a", "b", weight: 1, directed: false), e("a", "b", weight: 3, directed: false),
        e("b", "d", weight: 1, directed: false), e("a", "c", weight: 1, directed: false),
        e("c", "d", weight: 1, directed: false), e("a", "d", weight: 5, directed: false),
    ])

    @Test func weightedBetweennessCountsEachCheapestRouteOnce() throws {
        let view = GraphView(GraphSnapshot(Self.square))
        var options = BetweennessOptions()
        options.weighted = true
        #expect(try #require(view.betweenness(options)).nodes == [0.5, 0.5, 0.5, 0.5])
        options.weighted = false
        #expect(try #require(view.betweenness(options)).nodes == [0.5, 0, 0, 0.5])
    }

    @Test func weightedClosenessSumsCheapestCosts() throws {
        let closeness = try #require(GraphView(GraphSnapshot(Self.square)).closeness(weighted: true))
        // Each node: costs 1, 1, 2 to the others, so 3 / 4.
        #expect(closeness.closeness == [0.75, 0.75, 0.75, 0.75])
        #expect(closeness.harmonic == [2.5, 2.5, 2.5, 2.5])
    }

    /// a → b → c at the largest finite weight each: a's route to c overflows, so closeness counts c as
    /// reached from b alone (distances report it reached at infinity, betweenness unreached).
    @Test func aRouteWhoseCostOverflowsDoesNotCountForCloseness() throws {
        let big = Double.greatestFiniteMagnitude
        let graph = TestGraphs.graph(["a", "b", "c"], [
            e("a", "b", .message, weight: big), e("b", "c", .message, weight: big),
        ])
        let closeness = try #require(GraphView(GraphSnapshot(graph)).closeness(weighted: true))
        #expect(closeness.closeness == [0, 1 / big / 2, 1 / big / 2])
        #expect(closeness.harmonic == [0, 1 / big, 1 / big])
    }

    @Test func allCheapestRoutesAreListedOncePerSequenceOfActors() throws {
        var query = PathQuery(source: 0, target: 3)
        query.cost = .weight
        query.mode = .allShortest(limit: 10)
        let answer = PathFinder(GraphSnapshot(Self.square)).answer(query)
        #expect(answer.routes.map(\.route.nodes) == [[0, 1, 3], [0, 2, 3]])
        #expect(answer.routes.allSatisfy { $0.route.cost == 2 })
    }

    /// On random weighted graphs, directed and not, whole and filtered: weighted closeness equals what the
    /// distances of each node give, and every cheapest route costs its distance.
    @Test(arguments: [true, false])
    func closenessAndRoutesAgreeWithDistances(directed: Bool) throws {
        let edges = GraphGenerators.rmat(scale: 7, edgeFactor: 4, seed: directed ? 3 : 8, directed: directed).withIntegerWeights(upTo: 7, seed: 2)
        var attributes = EdgeAttributes()
        attributes.weights = edges.weights ?? []
        let snapshot = try GraphSnapshot(nodeCount: edges.nodeCount, sources: edges.sources, targets: edges.targets,
                                         directions: directed ? .allDirected : .allTwoWay, attributes: attributes)
        let finder = PathFinder(snapshot)
        for view in [GraphView(snapshot), TestGraphs.thinned(snapshot, nodesFrom: 2, every: 9, channelsEvery: 5)] {
            let closeness = try #require(view.closeness(weighted: true, threads: 2))
            let allowed = (0..<snapshot.nodeCount).filter { view.allowsNode($0) }
            for node in allowed {
                // Closeness measures distances to the node.
                let distances = view.shortestDistances(from: node, cost: .weight, direction: .backward)
                let reaching = allowed.filter { distances.cost[$0].isFinite }
                let total = reaching.reduce(0) { $0 + distances.cost[$1] }
                let reached = Double(reaching.count), count = Double(allowed.count)
                let expected = total > 0 ? (reached - 1) / total * ((reached - 1) / (count - 1)) : 0
                #expect(abs(closeness.closeness[node] - expected) <= 1e-12 * max(1, expected), "closeness of \(node)")
                let harmonic = reaching.reduce(0.0) { $0 + (distances.cost[$1] > 0 ? 1 / distances.cost[$1] : 0) }
                #expect(abs(closeness.harmonic[node] - harmonic) <= 1e-9 * max(1, harmonic), "harmonic of \(node)")
            }
            for source in allowed.prefix(5) {
                let distances = view.shortestDistances(from: source, cost: .weight)
                for target in allowed {
                    let route = finder.cheapestRoute(from: source, to: target, cost: .weight, in: view)
                    #expect((route?.cost ?? .infinity) == distances.cost[target], "\(source) → \(target)")
                }
            }
        }
    }
}
