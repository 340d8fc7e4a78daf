@testable import ChannelsCore
import Testing

/// Articulation points and bridges against their definitions, checked by brute force: a node is an
/// articulation point when removing it leaves more components than before, a channel is a bridge when
/// removing it does. Random graphs of every direction mix, with loops, parallel channels, long chains and
/// nodes or channels filtered out.
struct CutStructureTests {
    /// The number of components among the nodes `view` allows, channels taken as undirected, without
    /// `removedNode` and `removedEdge`.
    static func componentCount(_ view: GraphView, removedNode: Int = -1, removedEdge: Int = -1) -> Int {
        let snapshot = view.snapshot
        var parent = Array(0..<snapshot.nodeCount)
        func root(_ node: Int) -> Int {
            var x = node
            while parent[x] != x { x = parent[x] }
            return x
        }
        for edge in 0..<snapshot.edgeCount where edge != removedEdge && view.allowsEdge(edge) {
            let a = Int(snapshot.edgeSources[edge]), b = Int(snapshot.edgeTargets[edge])
            guard a != removedNode, b != removedNode, view.allowsNode(a), view.allowsNode(b) else { continue }
            parent[root(a)] = root(b)
        }
        return (0..<snapshot.nodeCount).filter { $0 != removedNode && view.allowsNode($0) && root($0) == $0 }.count
    }

    static func reference(_ view: GraphView) -> (articulationPoints: [Int32], bridges: [Int32]) {
        let snapshot = view.snapshot
        let components = componentCount(view)
        let points = (0..<snapshot.nodeCount).filter {
            view.allowsNode($0) && componentCount(view, removedNode: $0) > components
        }
        let bridges = (0..<snapshot.edgeCount).filter {
            view.allowsEdge($0) && componentCount(view, removedEdge: $0) > components
        }
        return (points.map(Int32.init), bridges.map(Int32.init))
    }

    static func randomGraph(seed: UInt64, mix: DirectionMix) throws -> GraphSnapshot {
        var random = CSRBuilderTests.Sequence(state: seed)
        let n = 120
        var sources: [Int32] = [], targets: [Int32] = []
        // Sparse enough to have many cut vertices and bridges; a chain, a few loops and repeated channels.
        for _ in 0..<110 {
            let source = Int32(random.next(below: n))
            sources.append(source)
            targets.append(random.next(below: 30) == 0 ? source : Int32(random.next(below: n)))
            if random.next(below: 15) == 0 {
                sources.append(targets[targets.count - 1])
                targets.append(source)
            }
        }
        for node in 60..<90 {
            sources.append(Int32(node))
            targets.append(Int32(node + 1))
        }
        return try GraphSnapshot(nodeCount: n, sources: sources, targets: targets, directions: mix.directions(edgeCount: sources.count))
    }

    enum DirectionMix: CaseIterable, Sendable {
        case directed, twoWay, mixed

        /// Mixed: every third channel directed.
        func directions(edgeCount: Int) -> EdgeDirections {
            switch self {
            case .directed: return .allDirected
            case .twoWay: return .allTwoWay
            case .mixed:
                var mask = Bitmask(count: edgeCount)
                for edge in stride(from: 0, to: edgeCount, by: 3) { mask.insert(edge) }
                return .mixed(mask)
            }
        }
    }

    @Test(arguments: DirectionMix.allCases, [UInt64(1), 2, 3])
    func agreesWithRemovingEachNodeAndChannel(mix: DirectionMix, seed: UInt64) throws {
        let name = "\(mix)"
        let snapshot = try Self.randomGraph(seed: seed, mix: mix)
        let whole = GraphView(snapshot)
        let views = [
            whole,
            whole.removingNodes([0, 5, 70, 71]),
            whole.removingEdges((0..<Int32(snapshot.edgeCount)).filter { $0 % 4 == 1 }),
        ]
        for (index, view) in views.enumerated() {
            let expected = Self.reference(view)
            #expect(!expected.articulationPoints.isEmpty && !expected.bridges.isEmpty, "a graph worth checking")
            let actual = view.cutStructure()
            #expect(actual.articulationPoints == expected.articulationPoints, "\(name) seed \(seed) view \(index): articulation points")
            #expect(actual.bridges == expected.bridges, "\(name) seed \(seed) view \(index): bridges")
        }
    }

    /// A hand-checked case: two triangles joined through node 2 by a doubled channel 2–3 and a pendant
    /// 3–6; node 3 and 2 cut, only the pendant channel is a bridge.
    @Test func parallelChannelsAreNotBridges() throws {
        let snapshot = try GraphSnapshot(
            nodeCount: 7, sources: [0, 1, 2, 2, 3, 3, 4, 5, 6], targets: [1, 2, 0, 3, 2, 4, 5, 3, 3],
            directions: .allDirected)
        let cuts = GraphView(snapshot).cutStructure()
        #expect(cuts.articulationPoints == [2, 3])
        #expect(cuts.bridges == [8])
    }

    /// A path of 200,000 nodes: every inner node cuts, every channel is a bridge, and no recursion
    /// limit is hit.
    @Test func deepPathsNeedNoRecursion() throws {
        let n = 200_000
        let snapshot = try GraphSnapshot(
            nodeCount: n, sources: (0..<Int32(n - 1)).map { $0 }, targets: (1..<Int32(n)).map { $0 },
            directions: .allTwoWay)
        let cuts = GraphView(snapshot).cutStructure()
        #expect(cuts.articulationPoints == (1..<Int32(n - 1)).map { $0 })
        #expect(cuts.bridges == (0..<Int32(n - 1)).map { $0 })
    }
}
