public import ChannelsModel

/// Writes GraphML that NetworkX, Gephi and yEd read, and that ``GraphMLReader`` reads back without loss.
///
/// Every attribute of the model becomes a typed `<key>`; lists and records are JSON text. A graph that
/// mixes directed and two-way channels is written directed, each two-way channel as two opposite edges
/// (the second marked `twin-of`), so other tools see the same routes channels walks; reading it back
/// merges each pair into one channel again.
public enum GraphMLWriter {
    /// The GraphML text of `graph`.
    ///
    /// - Complexity: O(*n* + *m*) times the number of attributes.
    public static func write(_ graph: ChannelGraph) -> String {
        let layout = EdgeLayout(graph)
        var keys = KeyTable()
        let graphPairs = GraphRecords.graphAttributes(graph)
        let nodePairs = graph.actors.map(GraphRecords.nodeAttributes)
        let edgePairs = graph.channels.map { Array(GraphRecords.edgeAttributes($0).dropFirst()) }
        for (name, value) in graphPairs { keys.note(name, value, for: "graph") }
        for pairs in nodePairs { for (name, value) in pairs { keys.note(name, value, for: "node") } }
        for pairs in edgePairs { for (name, value) in pairs { keys.note(name, value, for: "edge") } }
        if layout.hasTwins { keys.note("twin-of", .string(""), for: "edge") }

        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">",
        ]
        for key in keys.all {
            lines.append("  <key id=\"\(key.id)\" for=\"\(key.domain)\" attr.name=\"\(XMLText.escape(key.name))\" attr.type=\"\(key.type)\"/>")
        }
        lines.append("  <graph id=\"G\" edgedefault=\"\(layout.directed ? "directed" : "undirected")\">")
        for (name, value) in graphPairs { lines.append("    " + keys.data(name, value, for: "graph")) }
        for (actor, pairs) in zip(graph.actors, nodePairs) {
            lines.append("    <node id=\"\(XMLText.escape(actor.id))\">")
            for (name, value) in pairs { lines.append("      " + keys.data(name, value, for: "node")) }
            lines.append("    </node>")
        }
        for (channel, pairs) in zip(graph.channels, edgePairs) {
            let source = graph.actors[channel.source].id, target = graph.actors[channel.target].id
            lines.append("    <edge id=\"\(XMLText.escape(channel.id))\" source=\"\(XMLText.escape(source))\" target=\"\(XMLText.escape(target))\">")
            for (name, value) in pairs { lines.append("      " + keys.data(name, value, for: "edge")) }
            lines.append("    </edge>")
            if layout.needsTwin(channel) {
                lines.append("    <edge id=\"\(XMLText.escape(channel.id + "~reverse"))\" source=\"\(XMLText.escape(target))\" target=\"\(XMLText.escape(source))\">")
                for (name, value) in pairs { lines.append("      " + keys.data(name, value, for: "edge")) }
                lines.append("      " + keys.data("twin-of", .string(channel.id), for: "edge"))
                lines.append("    </edge>")
            }
        }
        lines.append("  </graph>")
        lines.append("</graphml>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The `<key>` declarations: one per attribute name and domain, in order of first use, with one type
    /// that fits every value (integers and reals become reals; anything else mixed becomes text).
    struct KeyTable {
        struct Key {
            var id: String
            var domain: String
            var name: String
            var type: String
        }

        private(set) var all: [Key] = []
        private var position: [String: Int] = [:]

        mutating func note(_ name: String, _ value: AttributeValue, for domain: String) {
            let type = GraphRecords.typeName(value)
            let lookup = domain + "\u{0}" + name
            if let index = position[lookup] {
                let current = all[index].type
                if current != type {
                    all[index].type = Set([current, type]) == ["long", "double"] ? "double" : "string"
                }
                return
            }
            position[lookup] = all.count
            all.append(Key(id: "\(domain.prefix(1))\(all.filter { $0.domain == domain }.count)", domain: domain, name: name, type: type))
        }

        func data(_ name: String, _ value: AttributeValue, for domain: String) -> String {
            let key = all[position[domain + "\u{0}" + name] ?? 0]
            return "<data key=\"\(key.id)\">\(XMLText.escape(Self.text(value, as: key.type)))</data>"
        }

        static func text(_ value: AttributeValue, as type: String) -> String {
            switch (value, type) {
            case (.int(let number), "double"): return String(Double(number))
            case (.double(let number), _): return number == number.rounded() && abs(number) < 1e15 && type == "double" ? String(number) : "\(number)"
            default: return value.description
            }
        }
    }
}

/// How channels become edges in formats with one direction per graph.
struct EdgeLayout {
    /// Whether the exported graph is directed: when any channel is.
    let directed: Bool
    /// Whether some two-way channels need a reverse twin (a mixed graph).
    let hasTwins: Bool

    init(_ graph: ChannelGraph) {
        directed = graph.hasDirectedChannels
        hasTwins = directed && graph.channels.contains { !$0.directed }
    }

    func needsTwin(_ channel: Channel) -> Bool {
        hasTwins && !channel.directed
    }
}
