@testable import ChannelsCore
import Testing

/// The bucketed counting sorts against the definition: every row holds its arcs sorted by neighbour,
/// then edge, on graphs large enough to span many buckets (more than 1024 nodes, so buckets hold several
/// rows) with loops, parallel edges and every mix of directions.
struct CSRBuilderTests {
    /// A reproducible pseudo-random sequence (SplitMix64).
    struct Sequence {
        var state: UInt64
        mutating func next(below bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    /// The rows by definition: for each node, (neighbour, edge) pairs sorted.
    static func expectedRows(nodeCount: Int, sources: [Int32], targets: [Int32], directed: (Int) -> Bool) -> (out: [[Int64]], in: [[Int64]]) {
        var out = [[Int64]](repeating: [], count: nodeCount), into = [[Int64]](repeating: [], count: nodeCount)
        for edge in sources.indices {
            let s = Int(sources[edge]), t = Int(targets[edge])
            out[s].append(Int64(t) << 32 | Int64(edge))
            into[t].append(Int64(s) << 32 | Int64(edge))
            if !directed(edge) && s != t {
                out[t].append(Int64(s) << 32 | Int64(edge))
                into[s].append(Int64(t) << 32 | Int64(edge))
            }
        }
        return (out.map { $0.sorted() }, into.map { $0.sorted() })
    }

    static func rows(_ offsets: [Int32], _ neighbours: [Int32], _ edges: [Int32]) -> [[Int64]] {
        (0..<(offsets.count - 1)).map { node in
            (Int(offsets[node])..<Int(offsets[node + 1])).map { Int64(neighbours[$0]) << 32 | Int64(edges[$0]) }
        }
    }

    @Test(arguments: [(1, 0), (7, 40), (1500, 9000), (70_000, 200_000)])
    func rowsMatchTheDefinitionForEveryDirectionMix(nodeCount: Int, edgeCount: Int) throws {
        var random = Sequence(state: UInt64(nodeCount * 31 + edgeCount))
        // Skewed endpoints (a few hubs), loops and repeated pairs.
        func node() -> Int32 {
            Int32(random.next(below: 4) == 0 ? random.next(below: min(nodeCount, 5)) : random.next(below: nodeCount))
        }
        var sources: [Int32] = [], targets: [Int32] = []
        for _ in 0..<edgeCount {
            sources.append(node())
            targets.append(random.next(below: 50) == 0 ? sources.last ?? 0 : node())
        }
        var mask = Bitmask(count: edgeCount)
        for edge in 0..<edgeCount where random.next(below: 2) == 0 { mask.insert(edge) }
        let cases: [(EdgeDirections, (Int) -> Bool)] = [
            (.allDirected, { _ in true }), (.allTwoWay, { _ in false }), (.mixed(mask), { mask.contains($0) }),
        ]
        for (directions, directed) in cases {
            let snapshot = try GraphSnapshot(nodeCount: nodeCount, sources: sources, targets: targets, directions: directions)
            let expected = Self.expectedRows(nodeCount: nodeCount, sources: sources, targets: targets, directed: directed)
            #expect(Self.rows(snapshot.outOffsets, snapshot.outTargets, snapshot.outEdges) == expected.out)
            #expect(Self.rows(snapshot.inOffsets, snapshot.inSources, snapshot.inEdges) == expected.in)
        }
    }

    @Test func edgesSortedBySourceTakeTheShortcutAndGiveTheSameRows() throws {
        var random = Sequence(state: 7)
        var pairs: [(Int32, Int32)] = (0..<5000).map { _ in (Int32(random.next(below: 1200)), Int32(random.next(below: 1200))) }
        pairs.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        let sources = pairs.map(\.0), targets = pairs.map(\.1)
        let snapshot = try GraphSnapshot(nodeCount: 1200, sources: sources, targets: targets, directions: .allDirected)
        let expected = Self.expectedRows(nodeCount: 1200, sources: sources, targets: targets, directed: { _ in true })
        #expect(Self.rows(snapshot.outOffsets, snapshot.outTargets, snapshot.outEdges) == expected.out)
        #expect(Self.rows(snapshot.inOffsets, snapshot.inSources, snapshot.inEdges) == expected.in)
    }

    @Test func aboutAThousandBucketsWhenTheSlotFieldsFit() {
        #expect(SlotLayout(nodeCount: 1000, slotCount: 5000).rowBits == 0)
        #expect(SlotLayout(nodeCount: 1_000_000, slotCount: 16_000_000).rowBits == 10)
        #expect(SlotLayout(nodeCount: 1 << 24, slotCount: 1 << 28).rowBits == 64 - 24 - 28)
        // Both ids at their largest: every bit goes to them, and buckets hold 4 rows.
        #expect(SlotLayout(nodeCount: Int(Int32.max), slotCount: Int(Int32.max)).rowBits == 2)
    }

    @Test(arguments: [(1, 0), (1, 1), (1024, 1), (1_000_000, 16_000_000), (Int(Int32.max), Int(Int32.max) - 1)])
    func slotsCarryRowNeighbourAndEdgeWhole(nodeCount: Int, slotCount: Int) {
        let layout = SlotLayout(nodeCount: nodeCount, slotCount: slotCount)
        let rows = [0, (1 << layout.rowBits) - 1]
        let neighbours = [0, Int32(nodeCount - 1)]
        let edges = [0, Int32(max(0, slotCount - 1))]
        for row in rows {
            for neighbour in neighbours {
                for edge in edges {
                    let slot = layout.pack(row: row, neighbour: neighbour, edge: edge)
                    #expect(layout.row(slot) == row && layout.neighbour(slot) == neighbour && layout.edge(slot) == edge)
                }
            }
        }
    }

    @Test func aGraphWithoutEdgesHasEmptyRows() throws {
        for directions in [EdgeDirections.allDirected, .allTwoWay] {
            let snapshot = try GraphSnapshot(nodeCount: 3, sources: [], targets: [], directions: directions)
            #expect(snapshot.outOffsets == [0, 0, 0, 0] && snapshot.inOffsets == [0, 0, 0, 0] && snapshot.slotCount == 0)
        }
    }
}
