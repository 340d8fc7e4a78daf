@testable import ChannelsCore
import Testing

/// Closeness counting hops, where 64 sources share each sweep, against one plain breadth-first search
/// per node written out here: several batches of sources, directed and undirected channels, unreachable
/// nodes, loops and parallel channels, and views with nodes and channels filtered out.
struct ClosenessSweepTests {
    /// Closeness and harmonic centrality by definition: distances *to* each node, over what the view allows.
    static func reference(_ view: GraphView) -> (closeness: [Double], harmonic: [Double]) {
        let snapshot = view.snapshot
        let n = snapshot.nodeCount
        let allowed = (0..<n).filter { view.allowsNode($0) }
        var closeness = [Double](repeating: 0, count: n), harmonic = [Double](repeating: 0, count: n)
        for node in allowed {
            var distance = [Int](repeating: -1, count: n)
            distance[node] = 0
            var queue = [node], head = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                for slot in Int(snapshot.inOffsets[v])..<Int(snapshot.inOffsets[v + 1]) {
                    let w = Int(snapshot.inSources[slot])
                    guard distance[w] < 0, view.allowsNode(w), view.allowsEdge(Int(snapshot.inEdges[slot])) else { continue }
                    distance[w] = distance[v] + 1
                    queue.append(w)
                }
            }
            let reached = queue.dropFirst().map { distance[$0] }
            let total = reached.reduce(0, +)
            if total > 0 && allowed.count > 1 {
                let r = Double(reached.count)
                closeness[node] = r / Double(total) * (r / Double(allowed.count - 1))
            }
            harmonic[node] = reached.reduce(0) { $0 + 1 / Double($1) }
        }
        return (closeness, harmonic)
    }

    @Test(arguments: [EdgeDirections.allDirected, .allTwoWay])
    func sweepsAgreeWithOneSearchPerNode(directions: EdgeDirections) throws {
        var random = CSRBuilderTests.Sequence(state: 11)
        let n = 300
        var sources: [Int32] = [], targets: [Int32] = []
        // A sparse random graph (several components, long chains) plus a few hubs, loops and repeats.
        for _ in 0..<420 {
            let hub = random.next(below: 6) == 0
            sources.append(Int32(hub ? random.next(below: 3) : random.next(below: n)))
            targets.append(random.next(below: 40) == 0 ? sources.last ?? 0 : Int32(random.next(below: n)))
        }
        for node in 100..<160 {
            sources.append(Int32(node))
            targets.append(Int32(node + 1))
        }
        let snapshot = try GraphSnapshot(nodeCount: n, sources: sources, targets: targets, directions: directions)
        let whole = GraphView(snapshot)
        let views = [
            whole,
            whole.removingNodes([0, 1, 130]),
            whole.removingEdges((0..<Int32(sources.count)).filter { $0 % 5 == 0 }),
        ]
        for view in views {
            let expected = Self.reference(view)
            for threads in [1, 2] {
                let actual = try #require(view.closeness(threads: threads))
                for node in 0..<n {
                    #expect(abs(actual.closeness[node] - expected.closeness[node]) <= 1e-12, "closeness of \(node)")
                    #expect(abs(actual.harmonic[node] - expected.harmonic[node]) <= 1e-9 * max(1, expected.harmonic[node]), "harmonic of \(node)")
                }
            }
        }
    }
}
