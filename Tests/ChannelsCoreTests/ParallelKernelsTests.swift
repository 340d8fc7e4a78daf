@testable import ChannelsCore
import Testing

/// The kernels that take `threads` give the same answers on any number of them: delta-stepping the
/// costs of Dijkstra, direction-optimising BFS the distances of the plain BFS, PageRank the same ranks
/// to the last bit. Graphs are large enough (16k–32k nodes) that several blocks run at once.
struct ParallelKernelsTests {
    static let threadCounts = [1, 2, 3, 8]

    static func weighted(_ edges: GraphGenerators.Edges, fractional: Bool) throws -> GraphView {
        var edges = edges.withIntegerWeights(upTo: 255, seed: 5)
        if fractional, let weights = edges.weights {
            edges.weights = weights.enumerated().map { $1 / 7 + (($0 % 3 == 0) ? 0 : 1e-3 * Double($0 % 11)) }
        }
        return GraphView(try edges.plainGraph().snapshot)
    }

    static func filtered(_ view: GraphView, seed: UInt64) -> GraphView {
        var random = SplitMix64(seed: seed)
        let snapshot = view.snapshot
        let nodes = (0..<snapshot.nodeCount).filter { _ in random.next() % 9 == 0 }.map(Int32.init)
        let edges = (0..<snapshot.edgeCount).filter { _ in random.next() % 4 == 0 }.map(Int32.init)
        return view.removing(nodes: nodes, edges: edges)
    }

    @Test(arguments: [true, false])
    func deltaSteppingFindsDijkstrasCosts(directed: Bool) throws {
        let whole = try Self.weighted(GraphGenerators.rmat(scale: 13, edgeFactor: 4, seed: 31, directed: directed), fractional: !directed)
        for view in [whole, Self.filtered(whole, seed: 32)] {
            for source in [0, 17] where view.allowsNode(source) {
                for direction in [TraversalDirection.forward, .backward] {
                    let expected = view.shortestDistances(from: source, cost: .weight, direction: direction).cost
                    if source == 0 && direction == .forward { #expect(expected.filter(\.isFinite).count > 500) }
                    // The default width, one much narrower (many bins, some past the bin limit), one wide
                    // enough for a single bin (all relaxing inside it).
                    for delta in [nil, 0.01, 1e9] as [Double?] {
                        for threads in Self.threadCounts {
                            let found = view.deltaSteppingCosts(from: source, cost: .weight, direction: direction,
                                                                delta: delta, workers: threads)
                            #expect(found == expected, "source \(source), \(direction), delta \(delta ?? 0), \(threads) threads")
                        }
                    }
                }
            }
        }
    }

    @Test func deltaSteppingWithConfidenceAndHopCosts() throws {
        let edges = GraphGenerators.gnm(nodes: 6_000, edges: 24_000, seed: 33, directed: true)
        let confidences = edges.sources.indices.map { 1 / Double($0 % 7 + 1) }
        var attributes = EdgeAttributes()
        attributes.confidences = confidences
        let snapshot = try GraphSnapshot(nodeCount: edges.nodeCount, sources: edges.sources, targets: edges.targets,
                                         directions: .allDirected, attributes: attributes)
        let view = GraphView(snapshot)
        for model in [PathCost.confidence, .hops] {
            let expected = view.shortestDistances(from: 5, cost: model).cost
            for threads in Self.threadCounts {
                #expect(view.deltaSteppingCosts(from: 5, cost: model, threads: threads) == expected, "\(model), \(threads) threads")
                #expect(view.cheapestCosts(from: 5, cost: model, threads: threads) == expected, "\(model), \(threads) threads")
            }
        }
    }

    @Test func theDefaultWidthFollowsTheCosts() throws {
        let view = try Self.weighted(GraphGenerators.rmat(scale: 12, edgeFactor: 16, seed: 34, directed: false), fractional: false)
        let degree = Double(view.snapshot.slotCount) / Double(view.snapshot.nodeCount)
        let delta = view.defaultDelta(cost: .weight)
        #expect(abs(delta - 128 / degree) < 0.15 * 128 / degree, "about the mean cost (128) over the mean degree")
        #expect(view.defaultDelta(cost: .hops) == 1, "equal costs: one bin per level")
    }

    @Test(arguments: [true, false])
    func breadthFirstOnThreadsFindsThePlainDistances(directed: Bool) throws {
        let whole = GraphView(try GraphGenerators.rmat(scale: 14, edgeFactor: 4, seed: 35, directed: directed).plainGraph().snapshot)
        for view in [whole, Self.filtered(whole, seed: 36)] {
            let hub = (0..<view.snapshot.nodeCount).filter(view.allowsNode).max {
                view.snapshot.outDegree($0) < view.snapshot.outDegree($1)
            } ?? 0
            for source in [hub, 3] where view.allowsNode(source) {
                for direction in [TraversalDirection.forward, .backward] {
                    let expected = view.breadthFirst(from: source, direction: direction).distance
                    for threads in Self.threadCounts {
                        for (alpha, beta) in [(1, 1), (15, 18)] {
                            let found = view.run(DirectionOptimizingBFS(source: source, direction: direction, alpha: alpha,
                                                                        beta: beta, threads: threads))
                            #expect(found.distance == expected, "source \(source), \(direction), \(threads) threads, alpha \(alpha)")
                            if threads == 3 && alpha == 1 {
                                try DirectionOptimizingBFSTests.checkParents(found, in: view, direction: direction)
                            }
                        }
                    }
                }
            }
        }
    }

    @Test(arguments: [false, true])
    func pageRankIsTheSameOnAnyNumberOfThreads(weighted: Bool) throws {
        let whole = try Self.weighted(GraphGenerators.rmat(scale: 13, edgeFactor: 4, seed: 37, directed: true), fractional: true)
        for view in [whole, Self.filtered(whole, seed: 38)] {
            let single = try view.pageRank(alpha: 0.85, PowerIterationOptions(weighted: weighted, tolerance: 1e-10))
            #expect(abs(single.reduce(0, +) - 1) < 1e-9)
            for threads in Self.threadCounts.dropFirst() {
                let options = PowerIterationOptions(weighted: weighted, tolerance: 1e-10, threads: threads)
                #expect(try view.pageRank(alpha: 0.85, options) == single, "\(threads) threads")
            }
            let steps = view.pageRank(steps: 3, threads: 1)
            #expect(view.pageRank(steps: 3, threads: 2) == steps)
            #expect(steps != single, "three steps are not yet the fixed point")
        }
    }
}
