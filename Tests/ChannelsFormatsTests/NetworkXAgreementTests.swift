import ChannelsBuiltin
import ChannelsCore
import ChannelsFormats
import ChannelsModel
import Foundation
import Testing

/// NetworkX 3.6.1 read our GraphML, node-link JSON and GEXF exports of the curated graph and computed their
/// betweenness (`Fixtures/networkx_betweenness.py`); reading the same files, channels must agree, and the
/// files must still be what our writers produce.
struct NetworkXAgreementTests {
    static func reference() throws -> [String: Any] {
        let path = try ForeignFormatTests.fixturePath("networkx_betweenness.json")
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
    }

    @Test(arguments: ["graphml", "json", "gexf"])
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
        let gexf = try String(contentsOfFile: try ForeignFormatTests.fixturePath("hostage-deal-2023.gexf"), encoding: .utf8)
        #expect(GEXF.write(graph) == gexf)
    }

    /// NetworkX builds the same multigraph from each file: every channel an arc, every two-way channel a
    /// second, opposite arc (GraphML and JSON write it twice, GEXF once as "mutual").
    @Test(arguments: ["graphml", "json", "gexf"])
    func networkXReadsEveryChannelAndBothWaysOfTheTwoWayOnes(format: String) throws {
        let expected = try #require(try Self.reference()[format] as? [String: Any])
        let graph = try CuratedGraphTests.load("hostage-deal-2023")
        let arcs = graph.channels.count + graph.channels.filter { !$0.directed }.count
        #expect(expected["graph_type"] as? String == "MultiDiGraph")
        #expect(expected["nodes"] as? Int == graph.actors.count)
        #expect(expected["edges"] as? Int == arcs)
    }

    /// GEXF's schema (1.2 and 1.3) allows `directed`, `undirected` and `mutual` as the default and as an
    /// edge's type; NetworkX refuses any other default, and a directed edge in an undirected graph.
    @Test(arguments: ["hostage-deal-2023", "ceasefire-talks-2024"])
    func gexfDirectionsAreWhatTheSchemaAllows(name: String) throws {
        let text = GEXF.write(try CuratedGraphTests.load(name))
        let defaults = Self.values(of: "defaultedgetype", in: text)
        #expect(defaults.count == 1 && ["directed", "undirected"].contains(defaults.first))
        let types = Set(Self.values(of: " type", in: text).filter { ["directed", "undirected", "mutual", "mixed"].contains($0) })
        #expect(types.isSubset(of: ["directed", "undirected", "mutual"]))
        if defaults.first == "undirected" { #expect(!types.contains("directed")) }
    }

    static func values(of attribute: String, in text: String) -> [String] {
        text.components(separatedBy: attribute + "=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }
}
