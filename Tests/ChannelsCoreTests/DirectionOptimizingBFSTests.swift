import ChannelsCore
import Testing

/// Direction-optimising BFS against the plain one: the same distances on random graphs, directed and
/// undirected, whole and filtered, in both directions, top-down only, bottom-up as soon as possible and
/// with GAP's switching rule; every parent one hop nearer the source over an allowed channel.
struct DirectionOptimizingBFSTests {
    static let graphs: [(name: String, edges: GraphGenerators.Edges)] = [
        ("rmat directed", GraphGenerators.rmat(scale: 10, edgeFactor: 8, seed: 1)),
        ("rmat undirected", GraphGenerators.rmat(scale: 10, edgeFactor: 8, seed: 2, directed: false)),
        ("sparse gnp directed", GraphGenerators.gnp(nodes: 600, probability: 0.004, seed: 3, directed: true)),
        ("sparse gnp undirected", GraphGenerators.gnp(nodes: 600, probability: 0.003, seed: 4)),
        ("barabasi-albert", GraphGenerators.barabasiAlbert(nodes: 500, edgesPerNode: 3, seed: 5)),
    ]

    /// (alpha, beta): top-down only, bottom-up from the first level, and GAP's defaults.
    static let rules = [(1, 1), (1 << 40, 1), (15, 18)]

    @Test(arguments: graphs.indices)
    func sameDistancesAsThePlainSearch(graph index: Int) throws {
        let snapshot = try Self.graphs[index].edges.plainGraph().snapshot
        let whole = GraphView(snapshot)
        var random = SplitMix64(seed: UInt64(index))
        let removedNodes = (0..<snapshot.nodeCount).filter { _ in random.next() % 10 == 0 }.map(Int32.init)
        let removedEdges = (0..<snapshot.edgeCount).filter { _ in random.next() % 5 == 0 }.map(Int32.init)
        let filtered = whole.removing(nodes: removedNodes, edges: removedEdges)
        for view in [whole, filtered] {
            let sources = (0..<8).map { _ in Int(random.next() % UInt64(snapshot.nodeCount)) }.filter(view.allowsNode)
            for source in sources {
                for direction in [TraversalDirection.forward, .backward] {
                    let expected = view.breadthFirst(from: source, direction: direction).distance
                    for (alpha, beta) in Self.rules {
                        let found = view.run(DirectionOptimizingBFS(source: source, direction: direction, alpha: alpha, beta: beta))
                        #expect(found.distance == expected, "\(Self.graphs[index].name), source \(source), \(direction), alpha \(alpha)")
                        try Self.checkParents(found, in: view, direction: direction)
                    }
                }
            }
        }
    }

    @Test func theRulesChooseTheSteps() throws {
        let view = GraphView(try GraphGenerators.rmat(scale: 12, edgeFactor: 16, seed: 7, directed: false).plainGraph().snapshot)
        let source = (0..<view.snapshot.nodeCount).max { view.snapshot.outDegree($0) < view.snapshot.outDegree($1) } ?? 0
        let topDown = view.run(DirectionOptimizingBFS(source: source, alpha: 1, beta: 1))
        #expect(topDown.bottomUpSteps == 0 && topDown.topDownSteps > 1)
        let gap = view.hopDistances(from: source)
        #expect(gap.bottomUpSteps > 0, "a hub of a small-world graph soon has a frontier worth turning around for")
        #expect(gap.topDownSteps > 0)
    }

    @Test func aLoneNodeReachesOnlyItself() throws {
        let snapshot = try GraphSnapshot(nodeCount: 3, sources: [1], targets: [2], directions: .allDirected, attributes: EdgeAttributes())
        let found = GraphView(snapshot).hopDistances(from: 0)
        #expect(found.distance == [0, -1, -1])
        #expect(found.parent == [0, -1, -1])
    }

    /// Every reached node but the source has a parent one hop nearer, joined by a channel the view allows.
    static func checkParents(_ found: BreadthFirstLevels, in view: GraphView, direction: TraversalDirection) throws {
        let snapshot = view.snapshot
        for node in 0..<snapshot.nodeCount where found.distance[node] > 0 {
            let parent = Int(found.parent[node])
            try #require(parent >= 0 && found.distance[parent] == found.distance[node] - 1, "node \(node)'s parent \(parent)")
            let offsets = direction == .forward ? snapshot.outOffsets : snapshot.inOffsets
            let neighbours = direction == .forward ? snapshot.outTargets : snapshot.inSources
            let edges = direction == .forward ? snapshot.outEdges : snapshot.inEdges
            let joined = (Int(offsets[parent])..<Int(offsets[parent + 1])).contains {
                Int(neighbours[$0]) == node && view.allowsEdge(Int(edges[$0]))
            }
            #expect(joined, "no allowed channel from \(parent) to \(node)")
        }
    }
}
