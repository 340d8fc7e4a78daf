public import ChannelsModel

/// NetworkX's node-link JSON (`networkx.node_link_data`): `{"directed", "multigraph", "graph", "nodes",
/// "edges"}` (or `"links"`, as NetworkX before 3.4 wrote), read and written without loss.
///
/// Lists (aliases, citations, the document and side registries) are real JSON arrays here. A mixed graph
/// is written directed, two-way channels as two opposite edges (the second with `twin-of`), as in GraphML.
public enum NodeLinkJSON {
    /// The node-link JSON text of `graph`.
    ///
    /// - Complexity: O(*n* + *m*).
    public static func write(_ graph: ChannelGraph) -> String {
        let layout = EdgeLayout(graph)
        var graphMembers: [(String, JSON)] = []
        for (key, value) in GraphRecords.graphAttributes(graph) { graphMembers.append((key, json(value, key: key))) }
        let nodes: [JSON] = graph.actors.map { actor in
            .object([("id", .string(actor.id))] + GraphRecords.nodeAttributes(actor).map { ($0.0, json($0.1, key: $0.0)) })
        }
        var edges: [JSON] = []
        for channel in graph.channels {
            let pairs = GraphRecords.edgeAttributes(channel).dropFirst().map { ($0.0, json($0.1, key: $0.0)) }
            let source = graph.actors[channel.source].id, target = graph.actors[channel.target].id
            edges.append(.object([("source", .string(source)), ("target", .string(target)), ("key", .string(channel.id))] + pairs))
            if layout.needsTwin(channel) {
                edges.append(.object([("source", .string(target)), ("target", .string(source)), ("key", .string(channel.id + "~reverse"))]
                    + pairs + [("twin-of", .string(channel.id))]))
            }
        }
        return JSON.object([
            ("directed", .bool(layout.directed)), ("multigraph", .bool(true)), ("graph", .object(graphMembers)),
            ("nodes", .array(nodes)), ("edges", .array(edges)),
        ]).rendered() + "\n"
    }

    /// Lists and records travel as JSON values; everything else as it is.
    private static func json(_ value: AttributeValue, key: String) -> JSON {
        switch value {
        case .string(let text):
            if ["aliases", "default-for", "cites", "documents", "sides", "kinds"].contains(key),
               let parsed = try? JSONParser.parse(Array(text.utf8)) {
                return convert(parsed)
            }
            return .string(text)
        case .int(let number): return .int(number)
        case .double(let number): return .double(number)
        case .bool(let flag): return .bool(flag)
        }
    }

    private static func convert(_ node: JSONNode) -> JSON {
        switch node.value {
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .number(let number, let text): text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) ? .double(number) : .int(Int(number))
        case .string(let text): .string(text)
        case .array(let items): .array(items.map(convert))
        case .object(let members): .object(members.map { ($0.key, convert($0.value)) })
        }
    }

    /// The graph in a node-link document, or every problem found, located by line and column.
    ///
    /// - Complexity: O(*n*) in the size of the file.
    public static func read(_ bytes: [UInt8], file: String) -> (graph: ChannelGraph?, diagnostics: [Diagnostic]) {
        var assembler = GraphAssembler(file: file)
        func at(_ node: JSONNode) -> GraphAssembler.Location { .init(line: node.line, column: node.column(in: bytes)) }
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            return (nil, [Diagnostic(file: file, line: error.line, column: error.column, message: "not valid JSON: \(error.message)")])
        }
        guard root.members != nil else {
            return (nil, [Diagnostic(file: file, line: root.line, column: root.column(in: bytes), message: "expected a node-link object with \"nodes\" and \"edges\", found \(root.kindDescription)")])
        }
        assembler.directedByDefault = root["directed"]?.bool ?? false
        if let graph = root["graph"]?.members {
            assembler.graphAttributes = graph.map { ($0.key, value($0.value), at($0.value)) }
        }
        guard let nodes = root["nodes"]?.array else {
            assembler.error("a node-link document needs a \"nodes\" array", at: at(root))
            return (nil, assembler.diagnostics)
        }
        for node in nodes {
            guard let members = node.members else {
                assembler.error("each node must be an object, found \(node.kindDescription)", at: at(node))
                continue
            }
            guard let id = node["id"]?.scalarText else {
                assembler.error("a node has no \"id\"", at: at(node))
                continue
            }
            let attributes = members.filter { $0.key != "id" }.map { ($0.key, value($0.value), at($0.value)) }
            assembler.addNode(id: id, record: .init(attributes: attributes, location: at(node)))
        }
        let edges = root["edges"]?.array ?? root["links"]?.array ?? []
        if root["edges"] == nil && root["links"] == nil {
            assembler.error("a node-link document needs an \"edges\" (or \"links\") array", at: at(root))
        }
        // NetworkX's multigraph keys number the edges between each pair (0, 1, …); only keys unique across
        // the file can serve as channel ids.
        let keys = edges.compactMap { $0["twin-of"] == nil ? $0["key"]?.scalarText : nil }
        let keysAreIDs = Set(keys).count == keys.count
        for edge in edges {
            guard let members = edge.members else {
                assembler.error("each edge must be an object, found \(edge.kindDescription)", at: at(edge))
                continue
            }
            guard let source = edge["source"]?.scalarText, let target = edge["target"]?.scalarText else {
                assembler.error("an edge needs \"source\" and \"target\"", at: at(edge))
                continue
            }
            if edge["twin-of"] != nil { continue }
            var attributes = members.filter { !["source", "target", "key"].contains($0.key) }.map { ($0.key, value($0.value), at($0.value)) }
            if keysAreIDs, let key = edge["key"]?.scalarText, !attributes.contains(where: { $0.0 == "id" }) {
                attributes.insert(("id", .string(key), at(edge)), at: 0)
            }
            assembler.addEdge(source: source, target: target, directed: nil, record: .init(attributes: attributes, location: at(edge)))
        }
        let graph = assembler.hasErrors ? nil : assembler.build()
        return (graph, assembler.diagnostics)
    }

    /// A JSON value as an attribute: scalars keep their type, arrays and objects become JSON text.
    private static func value(_ node: JSONNode) -> AttributeValue {
        switch node.value {
        case .null: .string("")
        case .bool(let flag): .bool(flag)
        case .number(let number, let text):
            text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) || !number.isFinite || abs(number) >= 9e18 ? .double(number) : .int(Int(number))
        case .string(let text): .string(text)
        case .array, .object: .string(convert(node).rendered(indent: nil))
        }
    }
}
