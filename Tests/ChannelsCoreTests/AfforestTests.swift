import ChannelsCore
import Testing

/// Afforest's weak components against a plain union–find over the channel list, on random graphs with
/// and without a giant component, directed and undirected, whole and filtered.
struct AfforestTests {
    static let graphs: [(name: String, edges: GraphGenerators.Edges)] = [
        ("rmat directed", GraphGenerators.rmat(scale: 11, edgeFactor: 8, seed: 11)),
        ("rmat undirected", GraphGenerators.rmat(scale: 11, edgeFactor: 4, seed: 12, directed: false)),
        ("many small components", GraphGenerators.gnp(nodes: 2_000, probability: 0.0004, seed: 13)),
        ("sparse directed", GraphGenerators.gnm(nodes: 1_500, edges: 1_200, seed: 14, directed: true)),
        ("barabasi-albert", GraphGenerators.barabasiAlbert(nodes: 800, edgesPerNode: 2, seed: 15)),
    ]

    @Test(arguments: graphs.indices)
    func sameComponentsAsUnionFind(graph index: Int) throws {
        let snapshot = try Self.graphs[index].edges.plainGraph().snapshot
        var random = SplitMix64(seed: UInt64(100 + index))
        let whole = GraphView(snapshot)
        let removedNodes = (0..<snapshot.nodeCount).filter { _ in random.next() % 7 == 0 }.map(Int32.init)
        let removedEdges = (0..<snapshot.edgeCount).filter { _ in random.next() % 3 == 0 }.map(Int32.init)
        for view in [whole, whole.removing(nodes: removedNodes, edges: removedEdges)] {
            let found = view.weakComponents()
            #expect(found.membership == Self.unionFind(view), "\(Self.graphs[index].name)")
        }
    }

    /// Blocks of 4,096 nodes hook on several threads at once: large enough graphs, directed and
    /// undirected, whole and filtered, give union–find's components on any number of threads.
    @Test(arguments: [true, false])
    func sameComponentsOnAnyNumberOfThreads(directed: Bool) throws {
        let snapshot = try GraphGenerators.rmat(scale: 14, edgeFactor: 2, seed: 21, directed: directed).plainGraph().snapshot
        var random = SplitMix64(seed: 22)
        let whole = GraphView(snapshot)
        let removedNodes = (0..<snapshot.nodeCount).filter { _ in random.next() % 5 == 0 }.map(Int32.init)
        let removedEdges = (0..<snapshot.edgeCount).filter { _ in random.next() % 2 == 0 }.map(Int32.init)
        for view in [whole, whole.removing(nodes: removedNodes, edges: removedEdges)] {
            let expected = Self.unionFind(view)
            for threads in [1, 2, 3] {
                #expect(view.weakComponents(threads: threads).membership == expected, "\(threads) threads")
            }
        }
    }

    @Test func componentsAreNumberedByTheirSmallestNode() throws {
        let snapshot = try GraphSnapshot(nodeCount: 6, sources: [5, 3, 4], targets: [4, 1, 0], directions: .allDirected)
        let found = GraphView(snapshot).weakComponents()
        #expect(found.membership == [0, 1, 2, 1, 0, 0])
        #expect(found.groups == [[0, 4, 5], [1, 3], [2]])
    }

    /// The reference: union–find over the allowed channels, then components numbered by smallest node.
    static func unionFind(_ view: GraphView) -> [Int32] {
        let snapshot = view.snapshot
        var parent = Array(0..<snapshot.nodeCount)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        for edge in 0..<snapshot.edgeCount where view.allowsEdge(edge) {
            let a = Int(snapshot.edgeSources[edge]), b = Int(snapshot.edgeTargets[edge])
            guard view.allowsNode(a), view.allowsNode(b) else { continue }
            let (ra, rb) = (root(a), root(b))
            parent[max(ra, rb)] = min(ra, rb)
        }
        var number: [Int: Int32] = [:]
        return (0..<snapshot.nodeCount).map { node -> Int32 in
            guard view.allowsNode(node) else { return -1 }
            let r = root(node)
            if let known = number[r] { return known }
            number[r] = Int32(number.count)
            return number[r] ?? -1
        }
    }
}
