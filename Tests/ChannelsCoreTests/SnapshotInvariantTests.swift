@testable import ChannelsCore
import ChannelsModel
import Testing

/// ``GraphSnapshot/invariantViolations()``: silent on every snapshot the builders make, and naming what is
/// wrong in one that breaks a rule. (Debug builds, and so every test, check each snapshot they make.)
struct SnapshotInvariantTests {
    @Test(arguments: [0, 1, 2], [UInt64(1), 2, 3])
    func builtSnapshotsAreSound(mix: Int, seed: UInt64) throws {
        let edges = GraphGenerators.gnm(nodes: 60, edges: 300, seed: seed, directed: mix == 0)
        var directed = Bitmask(count: edges.sources.count)
        for edge in stride(from: 0, to: edges.sources.count, by: 3) { directed.insert(edge) }
        let directions: EdgeDirections = mix == 0 ? .allDirected : mix == 1 ? .allTwoWay : .mixed(directed)
        let weights = edges.sources.indices.map { Double($0 % 7 + 1) }
        let snapshot = try GraphSnapshot(nodeCount: 60, sources: edges.sources, targets: edges.targets, directions: directions,
                                         attributes: EdgeAttributes(weights: weights))
        #expect(snapshot.invariantViolations() == [])
    }

    @Test func typedGraphsWithLoopsAndParallelChannelsAreSound() throws {
        let graph = ChannelGraph(
            actors: [Actor(id: "a"), Actor(id: "b"), Actor(id: "c")],
            channels: [
                Channel(id: "ab", kind: .call, source: 0, target: 1, directed: false),
                Channel(id: "ab2", kind: .message, source: 0, target: 1, directed: true),
                Channel(id: "cc", kind: .meeting, source: 2, target: 2, directed: false),
                Channel(id: "ba", kind: .message, source: 1, target: 0, directed: true, weight: 2),
            ])
        #expect(GraphSnapshot(graph).invariantViolations() == [])
    }

    /// Rows that break one rule each, wrapped without the debug check. Edge 0 is 0 → 1, edge 1 the loop
    /// 0 → 0; sound out-rows are offsets [0, 2, 2], neighbours [0, 1], edges [1, 0].
    @Test(arguments: [
        ("unsorted", [0, 2, 2], [1, 0], [0, 1], "out-row 0 is not sorted by neighbour and edge at slot 1"),
        ("wrong arc", [0, 2, 2], [0, 1], [0, 1], "out-row slot 0 holds edge 0, which does not join 0 to 0"),
        ("short offsets", [0, 2], [0, 1], [1, 0], "out-row offsets do not run from 0 to the slot count over 2 nodes"),
        ("missing slot", [0, 1, 1], [1], [0], "edge 1 has 0 out-row slots, not 1"),
    ])
    func brokenRowsAreNamed(name: String, offsets: [Int32], targets: [Int32], edges: [Int32], problem: String) {
        let rows = CSRRows(outOffsets: offsets, outTargets: targets, outEdges: edges, inOffsets: [0, 1, 2], inSources: [0, 0], inEdges: [1, 0])
        let snapshot = GraphSnapshot(
            nodeCount: 2, rows: rows, edgeSources: [0, 0], edgeTargets: [1, 0], directions: .allDirected,
            attributes: EdgeAttributes(), nodeAttributes: NodeAttributes(), checkingInvariants: false)
        #expect(snapshot.invariantViolations().first == problem)
    }

    @Test func soundRowsWrappedByHandAreSound() {
        let rows = CSRRows(outOffsets: [0, 2, 2], outTargets: [0, 1], outEdges: [1, 0], inOffsets: [0, 1, 2], inSources: [0, 0], inEdges: [1, 0])
        let snapshot = GraphSnapshot(
            nodeCount: 2, rows: rows, edgeSources: [0, 0], edgeTargets: [1, 0], directions: .allDirected,
            attributes: EdgeAttributes(), nodeAttributes: NodeAttributes(), checkingInvariants: false)
        #expect(snapshot.invariantViolations() == [])
    }

    @Test func attributesOutOfRangeAreNamed() {
        let rows = CSRRows(outOffsets: [0, 1, 1], outTargets: [1], outEdges: [0], inOffsets: [0, 0, 1], inSources: [0], inEdges: [0])
        let snapshot = GraphSnapshot(
            nodeCount: 2, rows: rows, edgeSources: [0], edgeTargets: [1], directions: .allDirected,
            attributes: EdgeAttributes(weights: [-1]), nodeAttributes: NodeAttributes(), checkingInvariants: false)
        #expect(snapshot.invariantViolations().contains("edge 0 has weight -1.0"))
    }
}
