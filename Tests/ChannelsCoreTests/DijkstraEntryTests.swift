@testable import ChannelsCore
import Testing

/// Dijkstra's queue entries compare by one 128-bit key: the order must be (cost, hops, node), and the
/// parts must read back as written, for every cost a search can produce.
struct DijkstraEntryTests {
    static let costs: [Double] = [
        0, -0.0, .leastNonzeroMagnitude, .leastNormalMagnitude, 1e-300, 0.5, 1, 1.0000000000000002, 2, 3, 1e300,
        .greatestFiniteMagnitude, .infinity,
    ]
    static let hops: [Int32] = [0, 1, 2, 255, 256, 65_536, .max - 1, .max]
    static let nodes: [Int32] = [0, 1, 7, 65_535, 1 << 24, .max]

    @Test func ordersByCostThenHopsThenNode() {
        var disagreements: [String] = []
        let triples = Self.costs.flatMap { cost in Self.hops.flatMap { hops in Self.nodes.map { (cost, hops, $0) } } }
        for a in triples {
            let left = DijkstraEntry(cost: a.0, hops: a.1, node: a.2)
            for b in triples {
                let expected = a.0 < b.0 || (a.0 == b.0 && (a.1 < b.1 || (a.1 == b.1 && a.2 < b.2)))
                if (left < DijkstraEntry(cost: b.0, hops: b.1, node: b.2)) != expected { disagreements.append("\(a) < \(b)") }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    @Test func partsReadBackAsWritten() {
        for cost in Self.costs {
            for hops in Self.hops {
                for node in Self.nodes {
                    let entry = DijkstraEntry(cost: cost, hops: hops, node: node)
                    #expect(entry.cost == cost && entry.hops == hops && entry.node == node)
                }
            }
        }
        #expect(DijkstraEntry(cost: -0.0, hops: 0, node: 0).cost.sign == .plus)
    }
}
