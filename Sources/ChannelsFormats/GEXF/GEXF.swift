public import ChannelsModel
import Foundation
import OrderedCollections
#if canImport(FoundationXML)
import FoundationXML
#endif

/// GEXF 1.2/1.3, as Gephi writes and reads it: typed node and edge attributes, per-edge direction
/// (directed, undirected, mutual), labels, weights, and edge spells (`start`/`end`) as date intervals.
public enum GEXF {
    /// The GEXF text of `graph`. The registries (documents, sides, kinds) do not travel in GEXF; the
    /// title and description do, in `<meta>`.
    ///
    /// - Complexity: O(*n* + *m*).
    public static func write(_ graph: ChannelGraph) -> String {
        var nodeKeys = GraphMLWriter.KeyTable(), edgeKeys = GraphMLWriter.KeyTable()
        let nodePairs = graph.actors.map { Array(GraphRecords.nodeAttributes($0).dropFirst()) }
        let edgePairs = graph.channels.map { channel in
            GraphRecords.edgeAttributes(channel).filter { !["id", "name", "weight", "directed"].contains($0.0) }
        }
        for pairs in nodePairs { for (name, value) in pairs { nodeKeys.note(name, value, for: "node") } }
        for pairs in edgePairs { for (name, value) in pairs { edgeKeys.note(name, value, for: "edge") } }
        let directed = graph.hasDirectedChannels
        let mixed = directed && graph.channels.contains { !$0.directed }
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">",
            "  <meta>",
            "    <creator>channels</creator>",
        ]
        if let title = graph.title { lines.append("    <title>\(XMLText.escape(title))</title>") }
        if let description = graph.description { lines.append("    <description>\(XMLText.escape(description))</description>") }
        lines.append("  </meta>")
        // GEXF has no "mixed" default (its schema allows directed, undirected and mutual, and NetworkX refuses
        // anything else): a graph with both kinds is directed by default, its two-way channels "mutual",
        // which Gephi and NetworkX both read as an edge walked both ways.
        lines.append("  <graph mode=\"static\" defaultedgetype=\"\(directed ? "directed" : "undirected")\">")
        for (domain, keys) in [("node", nodeKeys), ("edge", edgeKeys)] where !keys.all.isEmpty {
            lines.append("    <attributes class=\"\(domain)\">")
            for key in keys.all {
                lines.append("      <attribute id=\"\(key.id)\" title=\"\(XMLText.escape(key.name))\" type=\"\(key.type == "long" ? "long" : key.type)\"/>")
            }
            lines.append("    </attributes>")
        }
        lines.append("    <nodes>")
        for (actor, pairs) in zip(graph.actors, nodePairs) {
            lines.append("      <node id=\"\(XMLText.escape(actor.id))\" label=\"\(XMLText.escape(actor.name))\">")
            lines.append(contentsOf: attributeValues(pairs, keys: nodeKeys, domain: "node"))
            lines.append("      </node>")
        }
        lines.append("    </nodes>")
        lines.append("    <edges>")
        for (channel, pairs) in zip(graph.channels, edgePairs) {
            var opening = "      <edge id=\"\(XMLText.escape(channel.id))\" source=\"\(XMLText.escape(graph.actors[channel.source].id))\" target=\"\(XMLText.escape(graph.actors[channel.target].id))\""
            opening += " type=\"\(channel.directed ? "directed" : mixed ? "mutual" : "undirected")\""
            if let name = channel.name { opening += " label=\"\(XMLText.escape(name))\"" }
            if let weight = channel.weight { opening += " weight=\"\(weight)\"" }
            lines.append(opening + ">")
            lines.append(contentsOf: attributeValues(pairs, keys: edgeKeys, domain: "edge"))
            lines.append("      </edge>")
        }
        lines.append("    </edges>")
        lines.append("  </graph>")
        lines.append("</gexf>")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func attributeValues(_ pairs: [(String, AttributeValue)], keys: GraphMLWriter.KeyTable, domain: String) -> [String] {
        guard !pairs.isEmpty else { return [] }
        var lines = ["        <attvalues>"]
        for (name, value) in pairs {
            let data = keys.data(name, value, for: domain)
            // Reuse the key table's id and text: <data key="n0">text</data> → <attvalue for="n0" value="text"/>.
            let id = data.dropFirst("<data key=\"".count).prefix { $0 != "\"" }
            let text = data.drop { $0 != ">" }.dropFirst().dropLast("</data>".count)
            lines.append("          <attvalue for=\"\(id)\" value=\"\(text)\"/>")
        }
        lines.append("        </attvalues>")
        return lines
    }

    /// The graph in a GEXF document, or every problem found, located by line and column.
    ///
    /// - Complexity: O(*n*) in the size of the file.
    public static func read(_ bytes: [UInt8], file: String) -> (graph: ChannelGraph?, diagnostics: [Diagnostic]) {
        let prepared: [UInt8]
        switch XMLInput.prepare(bytes, file: file) {
        case .success(let text): prepared = text
        case .failure(let problem): return (nil, [problem])
        }
        let handler = GEXFHandler(file: file)
        let parser = XMLParser(data: Data(prepared))
        parser.delegate = handler
        parser.shouldResolveExternalEntities = false
        if !parser.parse() && !handler.assembler.hasErrors {
            let error = parser.parserError.map { XMLReadError.describe($0) } ?? "not valid XML"
            handler.assembler.error("not valid XML: \(error)", at: .init(line: parser.lineNumber, column: parser.columnNumber))
        }
        if !handler.sawGEXF && !handler.assembler.hasErrors {
            handler.assembler.error("not a GEXF file: no <gexf> element", at: .init(line: 1, column: 1))
        }
        let graph = handler.assembler.hasErrors ? nil : handler.assembler.build()
        return (graph, handler.assembler.diagnostics)
    }
}

private final class GEXFHandler: NSObject, XMLParserDelegate {
    var assembler: GraphAssembler
    var sawGEXF = false
    private var attributeClass = ""
    private var declarations: [String: (name: String, type: String)] = [:]
    private var current: (isNode: Bool, id: String, source: String?, target: String?, directed: Bool?, record: GraphAssembler.Record)?
    private var inMeta = false
    private var text = ""
    /// Edges held until the graph ends: GEXF's default weight is 1.0 and Gephi leaves such weights out,
    /// so when any edge has a weight, those without one get 1.0.
    private var edges: [(source: String, target: String, directed: Bool?, record: GraphAssembler.Record)] = []

    init(file: String) {
        assembler = GraphAssembler(file: file)
    }

    private func location(_ parser: XMLParser) -> GraphAssembler.Location {
        .init(line: parser.lineNumber, column: parser.columnNumber)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        let at = location(parser)
        switch name {
        case "gexf": sawGEXF = true
        case "meta": inMeta = true
        case "description", "title": text = ""
        case "graph":
            assembler.directedByDefault = attributes["defaultedgetype"] == "directed"
        case "attributes":
            attributeClass = attributes["class"] ?? "node"
        case "attribute":
            guard let id = attributes["id"] else { return }
            declarations[attributeClass + ":" + id] = (attributes["title"] ?? id, attributes["type"] ?? "string")
        case "node":
            guard let id = attributes["id"] else {
                assembler.error("a <node> has no id", at: at)
                return
            }
            var record = GraphAssembler.Record(attributes: [], location: at)
            if let label = attributes["label"] { record.attributes.append(("name", .string(label), at)) }
            current = (true, id, nil, nil, nil, record)
        case "edge":
            guard let source = attributes["source"], let target = attributes["target"] else {
                assembler.error("an <edge> needs both source and target", at: at)
                return
            }
            var record = GraphAssembler.Record(attributes: [], location: at)
            if let id = attributes["id"] { record.attributes.append(("id", .string(id), at)) }
            if let label = attributes["label"] { record.attributes.append(("name", .string(label), at)) }
            if let weight = attributes["weight"] { record.attributes.append(("weight", .string(weight), at)) }
            if let start = attributes["start"] { record.attributes.append(("from", .string(start), at)) }
            if let end = attributes["end"] { record.attributes.append(("until", .string(end), at)) }
            let type = attributes["type"]
            let directed: Bool? = type.map { $0 == "directed" }
            current = (false, attributes["id"] ?? "", source, target, directed, record)
        case "attvalue":
            guard var entry = current, let key = attributes["for"] ?? attributes["id"], let value = attributes["value"] else { return }
            guard let declaration = declarations[(entry.isNode ? "node" : "edge") + ":" + key] else {
                assembler.error("attvalue refers to attribute '\(key)', which is not declared", at: at)
                return
            }
            guard let typed = convert(value, declaration: declaration, at: at) else { return }
            entry.record.attributes.append((declaration.name, typed, at))
            current = entry
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        text += String(decoding: block, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "meta": inMeta = false
        case "title" where inMeta, "description" where inMeta:
            let value = text.trimmingWhitespace()
            if !value.isEmpty { assembler.graphAttributes.append((name, .string(value), .init())) }
        case "node":
            if let entry = current, entry.isNode { assembler.addNode(id: entry.id, record: entry.record) }
            current = nil
        case "edge":
            if let entry = current, !entry.isNode, let source = entry.source, let target = entry.target {
                edges.append((source, target, entry.directed, entry.record))
            }
            current = nil
        case "graph":
            let weighted = edges.contains { $0.record.value("weight") != nil }
            for var edge in edges {
                if weighted && edge.record.value("weight") == nil {
                    edge.record.attributes.append(("weight", .double(1), edge.record.location))
                }
                assembler.addEdge(source: edge.source, target: edge.target, directed: edge.directed, record: edge.record)
            }
            edges = []
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        assembler.error("not valid XML: \(XMLReadError.describe(parseError))", at: location(parser))
    }

    private func convert(_ text: String, declaration: (name: String, type: String), at location: GraphAssembler.Location) -> AttributeValue? {
        switch declaration.type {
        case "integer", "long", "int":
            if let number = Int(text) { return .int(number) }
        case "float", "double":
            if let number = Double(text) { return .double(number) }
        case "boolean":
            if text == "true" || text == "false" { return .bool(text == "true") }
        default:
            return .string(text)
        }
        assembler.error("attribute '\(declaration.name)' is declared \(declaration.type), but its value is '\(text)'", at: location)
        return nil
    }
}
