@testable import ChannelsCore
import Foundation
import Testing

/// Every centrality, structural-hole and structure measure against NetworkX on seven graphs
/// (Fixtures/centrality, made by generate_centrality_fixtures.py). Exact algorithms agree to 1e-9.
struct CentralityFixtureTests {
    static let names = Fixture.names(in: "centrality")

    @Test func everyCentralityFixtureIsPresent() {
        #expect(Self.names.count == 7)
    }

    @Test(arguments: names)
    func degrees(name: String) throws {
        let fixture = try Fixture("centrality", name)
        let scale = 1 / Double(fixture.n - 1)
        let degrees = fixture.view.degrees()
        expectClose(degrees.total.map { $0 * scale }, try #require(fixture.values("degree")), "degree")
        if fixture.directed {
            expectClose(degrees.inDegree.map { $0 * scale }, try #require(fixture.values("in_degree")), "in-degree")
            expectClose(degrees.outDegree.map { $0 * scale }, try #require(fixture.values("out_degree")), "out-degree")
        }
        if fixture.weighted {
            expectClose(fixture.view.degrees(weighted: true).total, try #require(fixture.values("strength")), "strength")
        }
    }

    @Test(arguments: names)
    func betweenness(name: String) throws {
        let fixture = try Fixture("centrality", name)
        var options = BetweennessOptions()
        options.includeEdges = true
        options.normalized = true
        let normalized = try #require(fixture.view.betweenness(options))
        expectClose(normalized.nodes, try #require(fixture.values("betweenness")), "betweenness")
        try expectEdges(normalized.edges, fixture, "edge_betweenness")
        options.normalized = false
        expectClose(try #require(fixture.view.betweenness(options)).nodes, try #require(fixture.values("betweenness_raw")), "raw betweenness")
        options.normalized = true
        options.endpoints = true
        expectClose(try #require(fixture.view.betweenness(options)).nodes, try #require(fixture.values("betweenness_endpoints")), "betweenness with endpoints")
        if fixture.weighted {
            options.endpoints = false
            options.weighted = true
            let weighted = try #require(fixture.view.betweenness(options))
            expectClose(weighted.nodes, try #require(fixture.values("betweenness_weighted")), "weighted betweenness")
            try expectEdges(weighted.edges, fixture, "edge_betweenness_weighted")
        }
    }

    /// Node betweenness counting hops runs many sources per sweep (``BrandesSweepWorker``) unless told one
    /// at a time; both, with batches that do and do not divide the node count, agree with NetworkX.
    @Test(arguments: names)
    func nodeBetweennessAgreesWithNetworkXForAnySweepWidth(name: String) throws {
        let fixture = try Fixture("centrality", name)
        for width in [nil, 1, 3, 64] {
            var options = BetweennessOptions()
            options.sweepWidth = width
            options.normalized = true
            let label = "sources per sweep: \(width.map(String.init) ?? "automatic")"
            expectClose(try #require(fixture.view.betweenness(options)).nodes, try #require(fixture.values("betweenness")), "betweenness, \(label)")
            options.normalized = false
            expectClose(try #require(fixture.view.betweenness(options)).nodes, try #require(fixture.values("betweenness_raw")), "raw betweenness, \(label)")
            options.normalized = true
            options.endpoints = true
            expectClose(try #require(fixture.view.betweenness(options)).nodes, try #require(fixture.values("betweenness_endpoints")), "betweenness with endpoints, \(label)")
        }
    }

    /// Through a filter, sweeps agree with one search per source.
    @Test(arguments: names)
    func filteredSweepsAgreeWithSingleSourceSearches(name: String) throws {
        let fixture = try Fixture("centrality", name)
        let snapshot = fixture.snapshot
        let view = TestGraphs.thinned(snapshot, nodesFrom: 0, every: 7, channelsEvery: 5)
        for endpoints in [false, true] {
            var options = BetweennessOptions()
            options.endpoints = endpoints
            options.sweepWidth = 1
            let single = try #require(view.betweenness(options)).nodes
            options.sweepWidth = nil
            expectClose(try #require(view.betweenness(options)).nodes, single.map(Optional.some), "filtered, endpoints \(endpoints)")
        }
    }

    @Test(arguments: names)
    func betweennessDoesNotDependOnTheThreadCount(name: String) throws {
        let fixture = try Fixture("centrality", name)
        for includeEdges in [true, false] {
            var options = BetweennessOptions()
            options.includeEdges = includeEdges
            options.threads = 1
            let one = try #require(fixture.view.betweenness(options))
            for threads in [2, 3, 8] {
                options.threads = threads
                let many = try #require(fixture.view.betweenness(options))
                #expect(many.nodes == one.nodes && many.edges == one.edges, "\(threads) threads differ bit for bit, edges \(includeEdges)")
            }
        }
    }

    @Test(arguments: names)
    func closenessAndHarmonic(name: String) throws {
        let fixture = try Fixture("centrality", name)
        let plain = try #require(fixture.view.closeness())
        expectClose(plain.closeness, try #require(fixture.values("closeness")), "closeness")
        expectClose(plain.harmonic, try #require(fixture.values("harmonic")), "harmonic")
        if fixture.weighted {
            let weighted = try #require(fixture.view.closeness(weighted: true))
            expectClose(weighted.closeness, try #require(fixture.values("closeness_weighted")), "weighted closeness")
            expectClose(weighted.harmonic, try #require(fixture.values("harmonic_weighted")), "weighted harmonic")
        }
    }

    @Test(arguments: names)
    func powerIterations(name: String) throws {
        let fixture = try Fixture("centrality", name)
        let tight = PowerIterationOptions(tolerance: 1e-13, maximumIterations: 10_000)
        if let expected = fixture.values("eigenvector") {
            expectClose(try fixture.view.eigenvector(tight), expected, "eigenvector", tolerance: 1e-9)
        }
        expectClose(try fixture.view.pageRank(alpha: 0.85, tight), try #require(fixture.values("pagerank")), "PageRank")
        if fixture.weighted {
            var weighted = tight
            weighted.weighted = true
            expectClose(try fixture.view.pageRank(alpha: 0.85, weighted), try #require(fixture.values("pagerank_weighted")), "weighted PageRank")
        }
        let personalized = try #require(fixture.json["pagerank_personalized"] as? [String: Any])
        let vector = try #require(personalized["personalization"] as? [String: Double])
        let teleport = Dictionary(uniqueKeysWithValues: vector.map { (Int32($0.key) ?? -1, $0.value) })
        let expectedPersonalized = (personalized["values"] as? [Any] ?? []).map { ($0 as? NSNumber)?.doubleValue }
        expectClose(try fixture.view.pageRank(alpha: 0.85, personalization: teleport, tight), expectedPersonalized, "personalised PageRank")
        let katz = try #require(fixture.json["katz"] as? [String: Any])
        let alpha = try #require((katz["alpha"] as? NSNumber)?.doubleValue)
        let expectedKatz = (katz["values"] as? [Any] ?? []).map { ($0 as? NSNumber)?.doubleValue }
        expectClose(try fixture.view.katz(alpha: alpha, beta: 1, PowerIterationOptions(tolerance: 1e-13, maximumIterations: 100_000)), expectedKatz, "Katz")
    }

    @Test(arguments: names)
    func structuralHoles(name: String) throws {
        let fixture = try Fixture("centrality", name)
        for weighted in fixture.weighted ? [false, true] : [false] {
            let suffix = weighted ? "_weighted" : ""
            let holes = fixture.view.structuralHoles(weighted: weighted)
            expectClose(holes.constraint, try #require(fixture.values("constraint" + suffix)), "constraint" + suffix)
            // NetworkX gives NaN to a directed node without successors (it tests G[v]); its formula, which
            // this implementation follows, is defined there. Compare the other nodes exactly.
            var expected = try #require(fixture.values("effective_size" + suffix))
            let degrees = fixture.view.degrees()
            for node in 0..<fixture.n where fixture.directed && degrees.outDegree[node] == 0 && degrees.inDegree[node] > 0 {
                #expect(expected[node] == nil && holes.effectiveSize[node].isFinite)
                expected[node] = holes.effectiveSize[node]
            }
            expectClose(holes.effectiveSize, expected, "effective size" + suffix)
        }
    }

    @Test(arguments: names)
    func cutVerticesBridgesAndComponents(name: String) throws {
        let fixture = try Fixture("centrality", name)
        let cuts = fixture.view.cutStructure()
        #expect(cuts.articulationPoints.map(Int.init) == (fixture.json["articulation_points"] as? [Int]), "articulation points")
        let bridges = cuts.bridges.map { edge -> [Int] in
            let (a, b) = (Int(fixture.snapshot.edgeSources[Int(edge)]), Int(fixture.snapshot.edgeTargets[Int(edge)]))
            return [min(a, b), max(a, b)]
        }.sorted { $0.lexicographicallyPrecedes($1) }
        #expect(bridges == (fixture.json["bridges"] as? [[Int]]), "bridges")
        #expect(fixture.view.weakComponents().groups.map { $0.map(Int.init) } == (fixture.json["weak_components"] as? [[Int]]), "weak components")
        if let strong = fixture.json["strong_components"] as? [[Int]] {
            let groups = fixture.view.strongComponents().groups.map { $0.map(Int.init) }.sorted { $0[0] < $1[0] }
            #expect(groups == strong, "strong components")
        }
    }

    @Test(arguments: names)
    func minimumVertexCutsAndDominators(name: String) throws {
        let fixture = try Fixture("centrality", name)
        for cut in fixture.json["minimum_node_cuts"] as? [[String: Any]] ?? [] {
            let source = try #require(cut["source"] as? Int), target = try #require(cut["target"] as? Int)
            guard case .cut(let nodes) = fixture.view.minimumVertexCut(from: source, to: target) else {
                Issue.record("\(source)→\(target): expected a cut")
                continue
            }
            #expect(nodes.count == cut["size"] as? Int, "\(source)→\(target): cut size")
            let without = fixture.view.removingNodes(nodes)
            #expect(without.breadthFirst(from: source).distance[target] < 0, "\(source)→\(target): the cut separates")
        }
        if let dominators = fixture.json["immediate_dominators"] as? [String: Any] {
            let source = try #require(dominators["source"] as? Int)
            #expect(fixture.view.immediateDominators(from: source).map(Int.init) == (dominators["idom"] as? [Int]), "immediate dominators")
        }
    }

    private func expectEdges(_ actual: [Double]?, _ fixture: Fixture, _ key: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let rows = try #require(fixture.json[key] as? [[Double]])
        let values = try #require(actual)
        for (edge, row) in rows.enumerated() {
            #expect(Int32(row[0]) == fixture.snapshot.edgeSources[edge] && Int32(row[1]) == fixture.snapshot.edgeTargets[edge])
        }
        expectClose(values, rows.map { $0[2] }, key, sourceLocation: sourceLocation)
    }
}

/// The hand-checked case: the path 0-1-2-3-4.
struct HandCheckedCentralityTests {
    @Test func betweenessOfAPath() throws {
        let snapshot = try GraphSnapshot(nodeCount: 5, sources: [0, 1, 2, 3], targets: [1, 2, 3, 4], directions: .allTwoWay)
        let raw = try #require(GraphView(snapshot).betweenness())
        #expect(raw.nodes == [0, 3, 4, 3, 0])
        var options = BetweennessOptions()
        options.normalized = true
        #expect(try #require(GraphView(snapshot).betweenness(options)).nodes == [0, 0.5, 4.0 / 6, 0.5, 0])
    }

    @Test func parallelChannelsCountOnceInRoutes() throws {
        // 0 = 1 twice (parallel), 1 - 2: one route from 0 to 2, through 1.
        let snapshot = try GraphSnapshot(nodeCount: 3, sources: [0, 0, 1], targets: [1, 1, 2], directions: .allTwoWay)
        var options = BetweennessOptions()
        options.includeEdges = true
        let result = try #require(GraphView(snapshot).betweenness(options))
        #expect(result.nodes == [0, 1, 0])
        options.includeEdges = false
        for width in [nil, 1] {
            options.sweepWidth = width
            #expect(try #require(GraphView(snapshot).betweenness(options)).nodes == [0, 1, 0], "sources per sweep: \(String(describing: width))")
        }
        // The 0-1 hop's credit (0→1, 0→2, and back, halved for an undirected graph) is split between the two channels.
        #expect(result.edges == [1, 1, 2])
    }

    @Test func sampledBetweennessIsReproducibleAndScaledLikeNetworkX() throws {
        let snapshot = try GraphSnapshot(nodeCount: 5, sources: [0, 1, 2, 3], targets: [1, 2, 3, 4], directions: .allTwoWay)
        var options = BetweennessOptions()
        options.sampleSize = 5
        #expect(try #require(GraphView(snapshot).betweenness(options)).nodes == [0, 3, 4, 3, 0], "k = n is exact")
        options.sampleSize = 2
        options.seed = 42
        let first = try #require(GraphView(snapshot).betweenness(options))
        let second = try #require(GraphView(snapshot).betweenness(options))
        #expect(first.nodes == second.nodes && first.pivots == second.pivots)
        #expect(first.pivots?.count == 2)
    }

    @Test func eigenvectorFailsClearlyOnABipartiteGraph() throws {
        // A single edge: the power iteration on A + I converges, but a 2-cycle directed graph with a tail
        // and few iterations does not.
        let snapshot = try GraphSnapshot(nodeCount: 4, sources: [0, 1, 2], targets: [1, 2, 3], directions: .allTwoWay)
        #expect(throws: ConvergenceFailure.self) {
            try GraphView(snapshot).eigenvector(PowerIterationOptions(tolerance: 1e-15, maximumIterations: 3))
        }
    }
}
