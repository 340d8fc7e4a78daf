@testable import ChannelsCore
import Testing

/// The generators give simple graphs of the promised sizes, the same for the same seed.
struct GraphGeneratorTests {
    static func isSimple(_ edges: GraphGenerators.Edges) -> Bool {
        var seen = Set<Int64>()
        for (s, t) in zip(edges.sources, edges.targets) {
            if s == t { return false }
            let (a, b) = edges.directed ? (s, t) : (min(s, t), max(s, t))
            if !seen.insert(Int64(a) << 32 | Int64(b)).inserted { return false }
        }
        return true
    }

    @Test func theSameSeedGivesTheSameGraphAndAnotherSeedAnother() {
        let first = GraphGenerators.rmat(scale: 9, edgeFactor: 8, seed: 42)
        let again = GraphGenerators.rmat(scale: 9, edgeFactor: 8, seed: 42)
        let other = GraphGenerators.rmat(scale: 9, edgeFactor: 8, seed: 43)
        #expect(first.sources == again.sources && first.targets == again.targets)
        #expect(first.sources != other.sources)
        let ba = GraphGenerators.barabasiAlbert(nodes: 500, edgesPerNode: 3, seed: 5)
        #expect(ba.sources == GraphGenerators.barabasiAlbert(nodes: 500, edgesPerNode: 3, seed: 5).sources)
    }

    @Test func rmatIsSimpleAndSkewed() throws {
        let edges = GraphGenerators.rmat(scale: 12, edgeFactor: 16, seed: 1)
        #expect(edges.nodeCount == 4096)
        #expect(Self.isSimple(edges))
        // Duplicates and loops are dropped, so a little under 16 × 4096.
        #expect(edges.sources.count > 50_000 && edges.sources.count <= 16 * 4096)
        let snapshot = try edges.plainGraph().snapshot
        let degrees = (0..<snapshot.nodeCount).map { snapshot.outDegree($0) }.sorted()
        #expect(degrees.last ?? 0 > 20 * (snapshot.edgeCount / snapshot.nodeCount))
    }

    @Test func barabasiAlbertHasMEdgesPerNewNode() {
        let edges = GraphGenerators.barabasiAlbert(nodes: 1000, edgesPerNode: 4, seed: 9)
        #expect(!edges.directed && Self.isSimple(edges))
        #expect(edges.sources.count == 4 * (1000 - 4))
    }

    @Test func erdosRenyiGraphsHaveTheirSizes() {
        let gnm = GraphGenerators.gnm(nodes: 2000, edges: 7000, seed: 3)
        #expect(gnm.sources.count == 7000 && Self.isSimple(gnm))
        let gnp = GraphGenerators.gnp(nodes: 2000, probability: 0.005, seed: 3)
        let expected = 0.005 * 2000 * 1999 / 2
        #expect(Self.isSimple(gnp))
        #expect(abs(Double(gnp.sources.count) - expected) < 5 * expected.squareRoot())
        let directed = GraphGenerators.gnp(nodes: 300, probability: 0.02, seed: 4, directed: true)
        #expect(directed.directed && Self.isSimple(directed))
    }
}
