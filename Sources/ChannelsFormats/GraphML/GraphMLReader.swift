public import ChannelsModel
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads GraphML as NetworkX, Gephi and yEd write it: typed attributes through `<key>` (with defaults),
/// directed and undirected graphs, yEd's node labels, and nested graphs (flattened).
public enum GraphMLReader {
    /// The graph, or every problem found, each located by line and column.
    ///
    /// - Complexity: O(*n*) in the size of the file.
    public static func read(_ bytes: [UInt8], file: String) -> (graph: ChannelGraph?, diagnostics: [Diagnostic]) {
        let prepared: [UInt8]
        switch XMLInput.prepare(bytes, file: file) {
        case .success(let text): prepared = text
        case .failure(let problem): return (nil, [problem])
        }
        let handler = GraphMLHandler(file: file)
        let parser = XMLParser(data: Data(prepared))
        parser.delegate = handler
        parser.shouldResolveExternalEntities = false
        if !parser.parse() && handler.assembler.diagnostics.isEmpty {
            let error = parser.parserError.map { XMLReadError.describe($0) } ?? "not valid XML"
            handler.assembler.error("not valid XML: \(error)", at: .init(line: parser.lineNumber, column: parser.columnNumber))
        }
        if !handler.sawGraphML && !handler.assembler.hasErrors {
            handler.assembler.error("not a GraphML file: no <graphml> element", at: .init(line: 1, column: 1))
        }
        handler.finish()
        let graph = handler.assembler.hasErrors ? nil : handler.assembler.build()
        return (graph, handler.assembler.diagnostics)
    }
}

/// Turns libxml2's error codes into words.
enum XMLReadError {
    static func describe(_ error: any Error) -> String {
        let text = "\(error)"
        if let range = text.range(of: "Code=") {
            let code = text[range.upperBound...].prefix { $0.isNumber }
            switch code {
            case "4": return "the document is empty"
            case "5": return "the document ends too early"
            case "73", "76": return "an element is not closed properly"
            case "9": return "an invalid character"
            case "26": return "an undeclared entity"
            case "68", "41": return "a tag is malformed"
            default: return "parser error \(code)"
            }
        }
        return text
    }
}

private final class GraphMLHandler: NSObject, XMLParserDelegate {
    struct Key {
        var domain: String
        var name: String
        var type: String
        var defaultValue: String?
        /// A yEd key (`yfiles.type`) for drawing data: shapes, geometry, resources. Its labels name nodes
        /// and edges; the rest is not data.
        var isDrawing = false
    }

    var assembler: GraphAssembler
    var sawGraphML = false
    private var keys: [String: Key] = [:]
    private var keyBeingRead: String?
    private var readingDefault = false
    private var stack: [(domain: String, id: String?, record: GraphAssembler.Record, source: String?, target: String?, directed: Bool?)] = []
    private var dataKey: String?
    private var dataLocation = GraphAssembler.Location()
    private var text = ""
    private var yEdLabel: String?
    private var graphDepth = 0
    private var twins: [(of: String, location: GraphAssembler.Location)] = []
    weak var parser: XMLParser?

    init(file: String) {
        assembler = GraphAssembler(file: file)
    }

    private func location(_ parser: XMLParser) -> GraphAssembler.Location {
        .init(line: parser.lineNumber, column: parser.columnNumber)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        let local = name.split(separator: ":").last.map(String.init) ?? name
        switch local {
        case "graphml":
            sawGraphML = true
        case "key":
            guard let id = attributes["id"] else {
                assembler.error("a <key> has no id", at: location(parser))
                return
            }
            keys[id] = Key(domain: attributes["for"] ?? "all", name: attributes["attr.name"] ?? id,
                           type: attributes["attr.type"] ?? "string", defaultValue: nil,
                           isDrawing: attributes["yfiles.type"] != nil)
            keyBeingRead = id
        case "default":
            readingDefault = keyBeingRead != nil
            text = ""
        case "graph":
            graphDepth += 1
            if graphDepth == 1 {
                assembler.directedByDefault = attributes["edgedefault"] == "directed"
                push(domain: "graph", id: nil, parser: parser)
            }
        case "node":
            guard let id = attributes["id"] else {
                assembler.error("a <node> has no id", at: location(parser))
                return
            }
            push(domain: "node", id: id, parser: parser)
            yEdLabel = nil
        case "edge":
            guard let source = attributes["source"], let target = attributes["target"] else {
                assembler.error("an <edge> needs both source and target", at: location(parser))
                push(domain: "ignored", id: nil, parser: parser)
                return
            }
            let directed = attributes["directed"].map { $0 == "true" }
            push(domain: "edge", id: attributes["id"], parser: parser)
            stack[stack.count - 1].source = source
            stack[stack.count - 1].target = target
            stack[stack.count - 1].directed = directed
        case "data":
            dataKey = attributes["key"]
            dataLocation = location(parser)
            text = ""
        case "NodeLabel", "EdgeLabel":
            text = ""
        case "hyperedge":
            assembler.warning("hyperedges are not supported; this one is left out", at: location(parser))
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
        let local = name.split(separator: ":").last.map(String.init) ?? name
        switch local {
        case "default":
            if readingDefault, let id = keyBeingRead { keys[id]?.defaultValue = text }
            readingDefault = false
        case "key":
            keyBeingRead = nil
        case "NodeLabel", "EdgeLabel":
            let label = text.trimmingWhitespace()
            if !label.isEmpty { yEdLabel = label }
        case "data":
            defer { dataKey = nil }
            guard let keyID = dataKey, !stack.isEmpty else { return }
            guard let key = keys[keyID] else {
                assembler.error("data refers to key '\(keyID)', which is not declared", at: dataLocation)
                return
            }
            if key.isDrawing {
                if let label = yEdLabel, stack[stack.count - 1].domain == "node" || stack[stack.count - 1].domain == "edge" {
                    stack[stack.count - 1].record.attributes.append(("label", .string(label), dataLocation))
                }
                yEdLabel = nil
                return
            }
            guard let value = convert(text, key: key, at: dataLocation) else { return }
            stack[stack.count - 1].record.attributes.append((key.name, value, dataLocation))
        case "node":
            guard let top = stack.popLast(), top.domain == "node", let id = top.id else { return }
            assembler.addNode(id: id, record: withDefaults(top.record, domain: "node"))
        case "edge":
            guard let top = stack.popLast(), top.domain == "edge", let source = top.source, let target = top.target else { return }
            var record = withDefaults(top.record, domain: "edge")
            if let id = top.id, !record.attributes.contains(where: { $0.key == "id" }) {
                record.attributes.insert(("id", .string(id), record.location), at: 0)
            }
            if let twin = record.value("twin-of") {
                twins.append((twin.value.description, twin.location))
                return
            }
            assembler.addEdge(source: source, target: target, directed: top.directed, record: record)
        case "graph":
            if graphDepth == 1, let top = stack.popLast() { assembler.graphAttributes = top.record.attributes }
            graphDepth -= 1
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        assembler.error("not valid XML: \(XMLReadError.describe(parseError))", at: location(parser))
    }

    func finish() {}

    private func push(domain: String, id: String?, parser: XMLParser) {
        stack.append((domain, id, GraphAssembler.Record(attributes: [], location: location(parser)), nil, nil, nil))
    }

    /// Adds the declared defaults of keys a record does not set.
    private func withDefaults(_ record: GraphAssembler.Record, domain: String) -> GraphAssembler.Record {
        var record = record
        for key in keys.values.sorted(by: { $0.name < $1.name }) where (key.domain == domain || key.domain == "all") {
            guard let fallback = key.defaultValue, !record.attributes.contains(where: { $0.key == key.name }),
                  let value = convert(fallback, key: key, at: record.location) else { continue }
            record.attributes.append((key.name, value, record.location))
        }
        return record
    }

    /// A data text as the key's declared type; a mismatch is reported.
    private func convert(_ text: String, key: Key, at location: GraphAssembler.Location) -> AttributeValue? {
        let trimmed = text.trimmingWhitespace()
        switch key.type {
        case "boolean":
            switch trimmed.lowercased() {
            case "true", "1": return .bool(true)
            case "false", "0": return .bool(false)
            default:
                assembler.error("attribute '\(key.name)' is declared boolean, but its value is '\(trimmed)'", at: location)
                return nil
            }
        case "int", "long":
            if let number = Int(trimmed) { return .int(number) }
            assembler.error("attribute '\(key.name)' is declared \(key.type), but its value '\(trimmed)' is not a whole number", at: location)
            return nil
        case "float", "double":
            if let number = Double(trimmed) { return .double(number) }
            assembler.error("attribute '\(key.name)' is declared \(key.type), but its value '\(trimmed)' is not a number", at: location)
            return nil
        default:
            return .string(text)
        }
    }
}
