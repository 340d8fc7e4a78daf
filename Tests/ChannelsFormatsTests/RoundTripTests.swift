import ChannelsBuiltin
import ChannelsCore
import ChannelsFormats
import ChannelsModel
import Foundation
import OrderedCollections
import Testing

/// Writing and reading back: YAML is canonical, GraphML and node-link JSON keep every attribute, the
/// other formats keep what they can carry.
struct RoundTripTests {
    static let curated = ["hostage-deal-2023", "ceasefire-talks-2024"]

    static func canonicalYAML(_ name: String) throws -> (graph: ChannelGraph, text: String) {
        let graph = try CuratedGraphTests.load(name)
        return (graph, try YAMLGraphWriter.write(graph))
    }

    static func read(_ text: String, as file: String, options: GraphReadOptions = GraphReadOptions()) throws -> ChannelGraph {
        let result = GraphFile.read(Array(text.utf8), file: file, options: options)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics)")
        guard case .typed(let graph) = try #require(result.content) else {
            Issue.record("\(file) read as a plain graph")
            throw CancellationError()
        }
        return graph
    }

    @Test(arguments: curated)
    func yamlIsCanonicalSoWritingItAgainChangesNoByte(name: String) throws {
        let (_, text) = try Self.canonicalYAML(name)
        #expect(try YAMLGraphWriter.write(try Self.read(text, as: "g.yaml")) == text)
    }

    @Test(arguments: curated)
    func graphMLAndJSONLoseNothing(name: String) throws {
        let (graph, text) = try Self.canonicalYAML(name)
        let viaGraphML = try Self.read(GraphMLWriter.write(graph), as: "g.graphml")
        let viaJSON = try Self.read(NodeLinkJSON.write(graph), as: "g.json")
        #expect(try YAMLGraphWriter.write(viaGraphML) == text)
        #expect(try YAMLGraphWriter.write(viaJSON) == text)
        #expect(viaGraphML.actors == graph.actors && viaGraphML.channels == graph.channels)
    }

    @Test(arguments: curated)
    func gexfAndCSVKeepActorsAndChannels(name: String) throws {
        let (graph, _) = try Self.canonicalYAML(name)
        let viaGEXF = try Self.read(GEXF.write(graph), as: "g.gexf")
        var options = GraphReadOptions()
        options.nodes = (Array(CSVGraph.writeNodes(graph).utf8), "g.nodes.csv")
        let viaCSV = try Self.read(CSVGraph.writeEdges(graph), as: "g.csv", options: options)
        options.nodes = (Array(CSVGraph.writeNodes(graph, delimiter: "\t").utf8), "g.nodes.tsv")
        let viaTSV = try Self.read(CSVGraph.writeEdges(graph, delimiter: "\t"), as: "g.tsv", options: options)
        for copy in [viaGEXF, viaCSV, viaTSV] {
            #expect(copy.actors.map(\.id) == graph.actors.map(\.id))
            #expect(copy.actors.map(\.name) == graph.actors.map(\.name))
            #expect(copy.actors.map(\.kind) == graph.actors.map(\.kind))
            #expect(copy.actors.map(\.side) == graph.actors.map(\.side))
            #expect(copy.channels.map(\.id) == graph.channels.map(\.id))
            #expect(copy.channels.map(\.kind) == graph.channels.map(\.kind))
            #expect(copy.channels.map(\.directed) == graph.channels.map(\.directed))
            #expect(copy.channels.map(\.date) == graph.channels.map(\.date))
            #expect(copy.channels.map(\.from) == graph.channels.map(\.from))
            #expect(copy.channels.map(\.until) == graph.channels.map(\.until))
            #expect(copy.channels.map(\.source) == graph.channels.map(\.source))
            #expect(copy.channels.map(\.target) == graph.channels.map(\.target))
        }
        #expect(viaCSV.channels.map(\.cites) == graph.channels.map(\.cites))
        #expect(viaTSV.channels.map(\.cites) == graph.channels.map(\.cites))
        #expect(viaGEXF.title == graph.title)
    }

    /// Texts that a YAML reader would take for a number or a boolean are quoted, so they stay texts.
    @Test func attributeTextsThatLookLikeNumbersStayTexts() throws {
        let values: [AttributeValue] = [.string("00.5"), .string("0.15"), .string("true"), .string("12"), .double(0.5), .int(12), .bool(true)]
        let actor = Actor(id: "a", name: "A", kind: .person,
                          attributes: OrderedDictionary(uniqueKeysWithValues: values.enumerated().map { ("v\($0)", $1) }))
        let graph = ChannelGraph(actors: [actor], channels: [])
        let again = try Self.read(try YAMLGraphWriter.write(graph), as: "g.yaml")
        #expect(again.actors.first?.attributes.values.elements == values)
    }

    @Test func edgeListsKeepLabelsWeightsAndDirection() throws {
        let text = "# comment\n10 20 1.5\n20 30 2\n30 10 0.25\n7 10 1\n"
        let graph = try Array(text.utf8).withUnsafeBytes { try EdgeList.read($0, file: "g.txt", directed: true) }
        let written = EdgeList.write(graph)
        let again = try written.withUnsafeBytes { try EdgeList.read($0, file: "g.txt", directed: true) }
        #expect(again.snapshot.edgeSources == graph.snapshot.edgeSources)
        #expect(again.snapshot.edgeTargets == graph.snapshot.edgeTargets)
        #expect(again.snapshot.edgeWeights == [1.5, 2, 0.25, 1])
        #expect((0..<4).map { again.labels.label(of: $0) } == ["7", "10", "20", "30"])
    }

    @Test func binarySnapshotsGiveBackTheSameArrays() throws {
        let edges = GraphGenerators.rmat(scale: 10, edgeFactor: 8, seed: 3)
        let graph = try edges.plainGraph()
        let path = FileManager.default.temporaryDirectory.appending(path: "roundtrip-\(UUID()).chsnap").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try BinarySnapshot.write(graph, to: path)
        let loaded = try BinarySnapshot.read(path: path)
        #expect(loaded.snapshot.nodeCount == graph.snapshot.nodeCount)
        #expect(loaded.snapshot.outOffsets == graph.snapshot.outOffsets)
        #expect(loaded.snapshot.outTargets == graph.snapshot.outTargets)
        #expect(loaded.snapshot.outEdges == graph.snapshot.outEdges)
        #expect(loaded.snapshot.inOffsets == graph.snapshot.inOffsets)
        #expect(loaded.snapshot.inSources == graph.snapshot.inSources)
        #expect(loaded.snapshot.edgeSources == graph.snapshot.edgeSources)
        #expect(loaded.snapshot.edgeTargets == graph.snapshot.edgeTargets)
        #expect(loaded.snapshot.directions == graph.snapshot.directions)
    }
}
