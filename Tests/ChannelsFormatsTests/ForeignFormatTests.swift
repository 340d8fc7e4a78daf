import ChannelsCore
import ChannelsFormats
import ChannelsModel
import ChannelsRender
import Foundation
import OrderedCollections
import Testing

/// Files that NetworkX, Gephi, yEd, SNAP and hand-written DOT produce, read as `Fixtures/expected.json`
/// says they should be (values checked against NetworkX, pydot, Python's csv and ElementTree; see
/// `Fixtures/README.md`).
struct ForeignFormatTests {
    static let files = [
        "networkx_directed.graphml", "networkx_undirected.graphml", "networkx_nodelink_edges.json",
        "networkx_nodelink_links.json", "networkx.gexf", "gephi.gexf", "yed.graphml", "gephi_edges.csv",
        "contacts.tsv", "snap.txt", "snap_weighted.txt", "graph.dot",
    ]

    static func fixturePath(_ name: String) throws -> String {
        let root = try #require(Bundle.module.resourceURL)
        return root.appending(path: "Fixtures/\(name)").path
    }

    static func expectations(for file: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: try fixturePath("expected.json")))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let files = try #require(root["files"] as? [String: Any])
        return try #require(files[file] as? [String: Any])
    }

    /// Reads a fixture as `channels --graph FILE [options]` would, failing on any error.
    static func read(_ file: String, options arguments: [String] = []) throws -> ChannelGraph {
        var options = GraphReadOptions(dotParser: GraphvizDOTParser())
        if let index = arguments.firstIndex(of: "--nodes"), index + 1 < arguments.count {
            let nodes = arguments[index + 1]
            options.nodes = (Array(try Data(contentsOf: URL(fileURLWithPath: try fixturePath(nodes)))), nodes)
        }
        let result = try GraphFile.read(.file(try fixturePath(file)), options: options)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors)")
        switch try #require(result.content) {
        case .typed(let graph): return graph
        case .plain(let plain): return plain.typedGraph()
        }
    }

    @Test(arguments: files)
    func readsWhatTheFileSays(file: String) throws {
        let expected = try Self.expectations(for: file)
        let graph = try Self.read(file, options: expected["options"] as? [String] ?? [])
        #expect(graph.actors.count == expected["nodes"] as? Int)
        #expect(graph.channels.count == expected["edges"] as? Int)
        #expect(graph.hasDirectedChannels == expected["directed"] as? Bool)
        #expect(graph.channels.filter { !$0.directed }.count == expected["undirected_edges"] as? Int)
        if let ids = expected["node_ids"] as? [String] {
            #expect(Set(graph.actors.map(\.id)) == Set(ids))
        }
        for check in expected["node_checks"] as? [[String: Any]] ?? [] {
            try Self.checkNode(check, in: graph)
        }
        for check in expected["edge_checks"] as? [[String: Any]] ?? [] {
            try Self.checkEdge(check, in: graph)
        }
        try Self.checkExtras(expected, in: graph, file: file)
    }

    @Test func aNodesFileAddsAttributesAndIsolatedNodes() throws {
        let expected = try Self.expectations(for: "gephi_edges.csv")
        let without = try #require(expected["without_nodes_file"] as? [String: Int])
        let graph = try Self.read("gephi_edges.csv")
        #expect(graph.actors.count == without["nodes"])
        #expect(graph.channels.count == without["edges"])
    }

    static func actor(_ id: String, in graph: ChannelGraph) throws -> Actor {
        try #require(graph.actors.first { $0.id == id }, "no actor '\(id)'")
    }

    static func checkNode(_ check: [String: Any], in graph: ChannelGraph) throws {
        let actor = try actor(try #require(check["id"] as? String), in: graph)
        if let name = check["name"] as? String { #expect(actor.name == name, "\(actor.id)") }
        if let kind = check["kind"] as? String { #expect(actor.kind.rawValue == kind, "\(actor.id)") }
        if let side = check["side"] as? String { #expect(actor.side == side, "\(actor.id)") }
        if let aliases = check["aliases"] as? [String] { #expect(actor.aliases == aliases, "\(actor.id)") }
        for (name, spec) in check["attributes"] as? [String: [String: Any]] ?? [:] {
            #expect(actor.attributes[name] == attributeValue(spec), "\(actor.id).\(name)")
        }
    }

    static func attributeValue(_ spec: [String: Any]) -> AttributeValue? {
        switch spec["type"] as? String {
        case "int": (spec["value"] as? Int).map(AttributeValue.int)
        case "double": (spec["value"] as? NSNumber).map { .double($0.doubleValue) }
        case "bool": (spec["value"] as? Bool).map(AttributeValue.bool)
        default: (spec["value"] as? String).map(AttributeValue.string)
        }
    }

    /// Whether `channel` has every value `check` lists (`NSNull` meaning "not set").
    static func matches(_ channel: Channel, _ check: [String: Any]) -> Bool {
        for (key, value) in check {
            let isNull = value is NSNull
            switch key {
            case "source", "target", "networkx_key", "notes", "cites", "attributes": continue
            case "id": if channel.id != value as? String { return false }
            case "directed": if channel.directed != value as? Bool { return false }
            case "kind": if channel.kind.rawValue != value as? String { return false }
            case "name": if isNull ? channel.name != nil : channel.name != value as? String { return false }
            case "date": if isNull ? channel.date != nil : channel.date?.description != value as? String { return false }
            case "from": if isNull ? channel.from != nil : channel.from?.description != value as? String { return false }
            case "until": if isNull ? channel.until != nil : channel.until?.description != value as? String { return false }
            case "weight": if isNull ? channel.weight != nil : channel.weight != (value as? NSNumber)?.doubleValue { return false }
            case "confidence": if isNull ? channel.confidence != nil : channel.confidence != (value as? NSNumber)?.doubleValue { return false }
            default: return false
            }
        }
        if let cites = check["cites"] as? [[String: String]] {
            guard channel.cites.map(\.doc) == cites.map({ $0["doc"] ?? "" }),
                  channel.cites.map({ $0.quote ?? "" }) == cites.map({ $0["quote"] ?? "" }) else { return false }
        }
        for (name, spec) in check["attributes"] as? [String: [String: Any]] ?? [:] where channel.attributes[name] != attributeValue(spec) {
            return false
        }
        return true
    }

    static func channels(from source: String, to target: String, in graph: ChannelGraph) -> [Channel] {
        graph.channels.filter { channel in
            let s = graph.actors[channel.source].id, t = graph.actors[channel.target].id
            return (s == source && t == target) || (!channel.directed && s == target && t == source)
        }
    }

    static func checkEdge(_ check: [String: Any], in graph: ChannelGraph) throws {
        let source = try #require(check["source"] as? String), target = try #require(check["target"] as? String)
        let candidates = channels(from: source, to: target, in: graph)
        #expect(candidates.contains { matches($0, check) }, "no channel \(source) → \(target) with \(check); found \(candidates)")
    }

    static func checkExtras(_ expected: [String: Any], in graph: ChannelGraph, file: String) throws {
        for parallel in expected["parallel_edges"] as? [[String: Any]] ?? [] {
            let source = try #require(parallel["source"] as? String), target = try #require(parallel["target"] as? String)
            #expect(channels(from: source, to: target, in: graph).count == parallel["count"] as? Int, "\(source) → \(target)")
        }
        for absent in expected["absent_edges"] as? [[String: String]] ?? [] {
            #expect(channels(from: absent["source"] ?? "", to: absent["target"] ?? "", in: graph).isEmpty)
        }
        for (id, degrees) in expected["degrees"] as? [String: [String: Int]] ?? [:] {
            let node = try #require(graph.actors.firstIndex { $0.id == id })
            #expect(graph.channels.filter { $0.source == node }.count == degrees["out"], "\(id) out")
            #expect(graph.channels.filter { $0.target == node }.count == degrees["in"], "\(id) in")
        }
        if let total = expected["total_weight"] as? Double {
            #expect(graph.channels.reduce(0) { $0 + ($1.weight ?? 1) } == total)
        }
        for id in expected["isolated_nodes"] as? [String] ?? [] {
            let node = try #require(graph.actors.firstIndex { $0.id == id })
            #expect(!graph.channels.contains { $0.source == node || $0.target == node })
        }
        if let attributes = expected["graph_attributes"] as? [String: String] {
            #expect(graph.title == attributes["label"] ?? attributes["name"], "title of \(file)")
        }
        for name in expected["no_attributes"] as? [String] ?? [] {
            #expect(!graph.actors.contains { $0.attributes[name] != nil }, "node attribute \(name)")
            #expect(!graph.channels.contains { $0.attributes[name] != nil }, "edge attribute \(name)")
        }
    }
}

/// Files whose extension promises a table but whose rows are bare node pairs.
struct HeaderlessEdgeListTests {
    @Test func aHeaderlessTSVOfIntegersIsReadAsAnEdgeList() throws {
        let bytes = Array("# a comment\n1\t2\n2\t3\t0.5\n3\t1\n".utf8)
        let result = GraphFile.read(bytes, file: "pairs.tsv", options: GraphReadOptions())
        #expect(result.diagnostics.isEmpty)
        guard case .plain(let graph)? = result.content else {
            Issue.record("expected an edge list, got \(String(describing: result.content))")
            return
        }
        #expect(graph.snapshot.nodeCount == 3 && graph.snapshot.edgeCount == 3)
    }

    @Test func aTSVWithAHeaderIsStillATable() throws {
        let bytes = Array("source\ttarget\n1\t2\n".utf8)
        guard case .typed(let graph)? = GraphFile.read(bytes, file: "pairs.tsv", options: GraphReadOptions()).content else {
            Issue.record("expected a typed graph")
            return
        }
        #expect(graph.channels.count == 1)
    }

    @Test func aHeaderlessCSVSaysWhatToDo() {
        let result = GraphFile.read(Array("1,2\n2,3\n".utf8), file: "pairs.csv", options: GraphReadOptions())
        #expect(result.content == nil)
        #expect(result.diagnostics.map(\.description) == [
            "pairs.csv:1:1: error: the first row holds node ids, not column names: a CSV or TSV edges file starts with a header naming 'source' and 'target'; a headerless list of node pairs separated by spaces or tabs is an edge list (--input-format edgelist)",
        ])
    }
}
