import ChannelsBuiltin
import ChannelsCore
import ChannelsFormats
import ChannelsModel
import Foundation
import Testing

/// NetworkX 3.6.1 read our GraphML and node-link JSON exports of the curated graph and computed their
/// betweenness (`Fixtures/networkx_betweenness.py`); reading the same files, channels must agree, and the
/// files must still be what our writers produce.
struct NetworkXAgreementTests {
    static func reference() throws -> [String: Any] {
        let path = try ForeignFormatTests.fixturePath("networkx_betweenness.json")
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
    }

    @Test(arguments: ["graphml", "json"])
    func betweennessMatchesNetworkX(format: String) throws {
        let expected = try #require(try Self.reference()[format] as? [String: Any])
        let graph = try ForeignFormatTests.read("hostage-deal-2023.\(format)")
        #expect(graph.actors.count == expected["nodes"] as? Int)
        let view = GraphView(GraphSnapshot(graph))
        for normalized in [false, true] {
            var options = BetweennessOptions()
            options.normalized = normalized
            let values = try #require(view.betweenness(options)).nodes
            let reference = try #require(expected[normalized ? "normalized" : "raw"] as? [String: Double])
            #expect(reference.count == graph.actors.count)
            for (index, actor) in graph.actors.enumerated() {
                let want = try #require(reference[actor.id])
                #expect(abs(values[index] - want) <= 1e-12 * max(1, abs(want)), "\(actor.id): \(values[index]) vs NetworkX \(want)")
            }
        }
    }

    @Test func theFixturesAreWhatTheWritersWriteToday() throws {
        let graph = try CuratedGraphTests.load("hostage-deal-2023")
        let graphML = try String(contentsOfFile: try ForeignFormatTests.fixturePath("hostage-deal-2023.graphml"), encoding: .utf8)
        let json = try String(contentsOfFile: try ForeignFormatTests.fixturePath("hostage-deal-2023.json"), encoding: .utf8)
        #expect(GraphMLWriter.write(graph) == graphML, "re-export with `channels convert hostage-deal-2023 ….graphml` and rerun networkx_betweenness.py")
        #expect(NodeLinkJSON.write(graph) == json)
    }
}
