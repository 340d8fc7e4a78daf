import ChannelsCore
import ChannelsModel
import Foundation
import Testing

/// `shortestDistances` keeps its labels in its own result arrays, not in the stamped scratch space that
/// single-pair searches use: hand-checked values, and agreement with the single-pair search everywhere.
struct ShortestDistancesTests {
    /// a→b (2), b→c (2), a→c (4), c→d (1); e has no channel. c costs 4 either way: the one-hop route wins.
    static let graph = TestGraphs.graph(["a", "b", "c", "d", "e"], [
        e("a", "b", .message, weight: 2), e("b", "c", .message, weight: 2),
        e("a", "c", .message, weight: 4), e("c", "d", .message, weight: 1),
    ])

    @Test func forwardCostsAndHopsByHand() {
        let distances = GraphView(GraphSnapshot(Self.graph)).shortestDistances(from: 0, cost: .weight)
        #expect(distances.cost == [0, 2, 4, 5, .infinity])
        #expect(distances.hops == [0, 1, 1, 2, -1])
    }

    @Test func backwardCostsAndHopsByHand() {
        let distances = GraphView(GraphSnapshot(Self.graph)).shortestDistances(from: 3, cost: .weight, direction: .backward)
        #expect(distances.cost == [5, 3, 1, 0, .infinity])
        #expect(distances.hops == [2, 2, 1, 0, -1])
    }

    @Test func hopCostsCountChannels() {
        let distances = GraphView(GraphSnapshot(Self.graph)).shortestDistances(from: 0, cost: .hops)
        #expect(distances.cost == [0, 1, 1, 2, .infinity])
        #expect(distances.hops == [0, 1, 1, 2, -1])
    }

    /// v is first reached at cost 4 in three hops (a→b→c→v), then at cost 4 in two (a→d→v), which wins.
    @Test func anEqualCostWithFewerHopsReplacesTheLabel() {
        let graph = TestGraphs.graph(["a", "b", "c", "d", "v"], [
            e("a", "b", .message, weight: 1), e("b", "c", .message, weight: 1), e("c", "v", .message, weight: 2),
            e("a", "d", .message, weight: 3), e("d", "v", .message, weight: 1),
        ])
        let distances = GraphView(GraphSnapshot(graph)).shortestDistances(from: 0, cost: .weight)
        #expect(distances.cost == [0, 1, 2, 3, 4])
        #expect(distances.hops == [0, 1, 2, 1, 2])
    }

    /// A route whose cost overflows to infinity still reaches its node, as in the single-pair search.
    @Test func aCostThatOverflowsStillReaches() {
        let graph = TestGraphs.graph(["a", "b", "c"], [
            e("a", "b", .message, weight: .greatestFiniteMagnitude), e("b", "c", .message, weight: .greatestFiniteMagnitude),
        ])
        let distances = GraphView(GraphSnapshot(graph)).shortestDistances(from: 0, cost: .weight)
        #expect(distances.cost == [0, .greatestFiniteMagnitude, .infinity])
        #expect(distances.hops == [0, 1, 2])
    }

    /// Confidence costs (−log c, read by edge id) against the same values given as weights (read from
    /// the rows in slot order): the two ways of reading a cost agree.
    @Test func confidenceCostsEqualTheSameValuesAsWeights() throws {
        let edges = GraphGenerators.rmat(scale: 9, edgeFactor: 6, seed: 4, directed: true)
        let confidences = edges.sources.indices.map { 1 / Double($0 % 5 + 2) }
        let byConfidence = try Self.snapshot(edges, weights: [], confidences: confidences)
        let byWeight = try Self.snapshot(edges, weights: confidences.map { -log($0) }, confidences: [])
        for source in [0, 3, 100] {
            let expected = GraphView(byWeight).shortestDistances(from: source, cost: .weight)
            let found = GraphView(byConfidence).shortestDistances(from: source, cost: .confidence)
            #expect(found.cost == expected.cost && found.hops == expected.hops)
            #expect(found.hops.filter { $0 > 1 }.count > 50)
        }
    }

    @Test(arguments: [PathCost.weight, .confidence, .hops])
    func agreesWithTheSinglePairSearch(model: PathCost) throws {
        let edges = GraphGenerators.rmat(scale: 9, edgeFactor: 6, seed: 11, directed: true).withIntegerWeights(upTo: 9, seed: 5)
        let snapshot = try Self.snapshot(edges, weights: edges.weights ?? [],
                                         confidences: edges.sources.indices.map { 1 / Double($0 % 4 + 1) })
        let filtered = TestGraphs.thinned(snapshot, nodesFrom: 5, every: 13, channelsEvery: 7)
        let finder = PathFinder(snapshot)
        var reached = 0
        for view in [GraphView(snapshot), filtered] {
            for source in [0, 1, 17] where view.allowsNode(source) {
                let distances = view.shortestDistances(from: source, cost: model)
                for target in 0..<snapshot.nodeCount {
                    let route = finder.cheapestRoute(from: source, to: target, cost: model, in: view)
                    #expect(distances.cost[target] == (route?.cost ?? .infinity), "\(source) → \(target)")
                    #expect(distances.hops[target] == Int32(route?.hops ?? -1), "\(source) → \(target)")
                    if route != nil { reached += 1 }
                }
            }
        }
        #expect(reached > 500)
    }

    /// The directed graph of `edges` with the given weights and confidences.
    static func snapshot(_ edges: GraphGenerators.Edges, weights: [Double], confidences: [Double]) throws -> GraphSnapshot {
        var attributes = EdgeAttributes()
        attributes.weights = weights
        attributes.confidences = confidences
        return try GraphSnapshot(nodeCount: edges.nodeCount, sources: edges.sources, targets: edges.targets,
                                 directions: .allDirected, attributes: attributes)
    }
}
