@testable import ChannelsCore
import ChannelsModel
import Testing

struct GraphSnapshotTests {
    /// 0 → 1 (directed), 1 — 2 (two-way), 1 — 2 again (parallel), 2 — 2 (two-way loop), 3 → 0 (directed).
    func mixedSnapshot() throws -> GraphSnapshot {
        var directed = Bitmask(count: 5)
        directed.insert(0)
        directed.insert(4)
        return try GraphSnapshot(
            nodeCount: 5, sources: [0, 1, 2, 2, 3], targets: [1, 2, 1, 2, 0], directions: .mixed(directed))
    }

    @Test func rowsHoldOneSlotPerDirectionSortedByNeighbourThenEdge() throws {
        let snapshot = try mixedSnapshot()
        #expect(snapshot.isDirected)
        #expect(snapshot.slotCount == 7)
        func outRow(_ node: Int) -> [(Int32, Int32)] {
            (Int(snapshot.outOffsets[node])..<Int(snapshot.outOffsets[node + 1])).map { (snapshot.outTargets[$0], snapshot.outEdges[$0]) }
        }
        func inRow(_ node: Int) -> [(Int32, Int32)] {
            (Int(snapshot.inOffsets[node])..<Int(snapshot.inOffsets[node + 1])).map { (snapshot.inSources[$0], snapshot.inEdges[$0]) }
        }
        #expect(outRow(0).map(\.0) == [1] && outRow(0).map(\.1) == [0])
        #expect(outRow(1).map(\.0) == [2, 2] && outRow(1).map(\.1) == [1, 2])
        #expect(outRow(2).map(\.0) == [1, 1, 2] && outRow(2).map(\.1) == [1, 2, 3])
        #expect(outRow(3).map(\.0) == [0] && outRow(3).map(\.1) == [4])
        #expect(outRow(4).isEmpty)
        #expect(inRow(0).map(\.0) == [3])
        #expect(inRow(1).map(\.0) == [0, 2, 2] && inRow(1).map(\.1) == [0, 1, 2])
        #expect(inRow(2).map(\.0) == [1, 1, 2])
        #expect(snapshot.outDegree(2) == 3 && snapshot.inDegree(1) == 3)
    }

    @Test func undirectedSnapshotsShareOneSetOfRows() throws {
        let snapshot = try GraphSnapshot(nodeCount: 3, sources: [0, 1], targets: [1, 2], directions: .allTwoWay)
        #expect(!snapshot.isDirected)
        #expect(snapshot.outTargets == snapshot.inSources && snapshot.outOffsets == snapshot.inOffsets)
        #expect(snapshot.outTargets == [1, 0, 2, 1])
        #expect(snapshot.memoryFootprint == (4 + 4 + 4) * 4 + 2 * 4 * 2)
    }

    @Test func endpointsOutOfRangeAreRejected() {
        #expect(throws: SnapshotError.endpointOutOfRange(edge: 1, node: 7, nodeCount: 3)) {
            try GraphSnapshot(nodeCount: 3, sources: [0, 7], targets: [1, 2], directions: .allDirected)
        }
    }

    /// Searches rely on costs never being negative, so a snapshot refuses weights and confidences that
    /// would make one.
    @Test func weightsAndConfidencesOutOfRangeAreRejected() {
        var attributes = EdgeAttributes()
        attributes.weights = [1, -2]
        #expect(throws: SnapshotError.attributeOutOfRange("weight", edge: 1, value: -2)) {
            try GraphSnapshot(nodeCount: 3, sources: [0, 1], targets: [1, 2], directions: .allDirected, attributes: attributes)
        }
        attributes.weights = []
        attributes.confidences = [1.5, 0.5]
        #expect(throws: SnapshotError.attributeOutOfRange("confidence", edge: 0, value: 1.5)) {
            try GraphSnapshot(nodeCount: 3, sources: [0, 1], targets: [1, 2], directions: .allDirected, attributes: attributes)
        }
    }

    /// Weighted searches read weights in row order: the snapshot keeps a copy per direction.
    @Test func weightsAreKeptInSlotOrderForEachDirection() throws {
        var attributes = EdgeAttributes()
        attributes.weights = [5, 7, 3]
        // Edges 2→0, 0→1, 0→2: out-rows 0: [1 (edge 1), 2 (edge 2)], 2: [0 (edge 0)].
        let snapshot = try GraphSnapshot(nodeCount: 3, sources: [2, 0, 0], targets: [0, 1, 2], directions: .allDirected, attributes: attributes)
        #expect(snapshot.outEdges == [1, 2, 0])
        #expect(snapshot.outWeights == [7, 3, 5])
        #expect(snapshot.inEdges == [0, 1, 2])
        #expect(snapshot.inWeights == [5, 7, 3])
    }

    @Test func typedGraphsCarryKindsDatesAndDirections() throws {
        let graph = ChannelGraph(
            actors: [Actor(id: "a", kind: .person, side: "x"), Actor(id: "b", kind: .state), Actor(id: "c", kind: .forum, side: "y")],
            channels: [
                Channel(id: "m", kind: .message, source: 0, target: 1, directed: true, date: PartialDate("2023-11")),
                Channel(id: "s", kind: .standingChannel, source: 1, target: 2, directed: false, from: PartialDate("2023-10-20")),
                Channel(id: "u", kind: .meeting, source: 0, target: 2, directed: false, confidence: 0.5),
            ])
        let snapshot = GraphSnapshot(graph)
        #expect(snapshot.isDirected)
        #expect(snapshot.isEdgeDirected(0) && !snapshot.isEdgeDirected(1))
        #expect(snapshot.channelKindNames[Int(snapshot.edgeKinds[0])] == "message")
        #expect(snapshot.edgeFirstDays[0] == PartialDate("2023-11-01")?.firstDay.rawValue)
        #expect(snapshot.edgeLastDays[0] == PartialDate("2023-11-30")?.firstDay.rawValue)
        #expect(snapshot.edgeLastDays[1] == Int32.max)
        #expect(!snapshot.isEdgeDated(2))
        #expect(snapshot.confidence(ofEdge: 2) == 0.5 && snapshot.confidence(ofEdge: 0) == 1)
        #expect(snapshot.sideNames == ["x", "y"])
        #expect(snapshot.nodeSides == [0, GraphSnapshot.noCode, 1])
    }
}
