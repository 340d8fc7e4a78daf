public import ChannelsModel
import OrderedCollections

/// Edge lists in CSV or TSV with a header row, and an optional nodes file, as spreadsheets and Gephi's
/// data laboratory write them.
///
/// Edge columns: `source`, `target` (required), then any of `id`, `kind` (or `type`), `directed`, `name`
/// (or `label`), `weight`, `date`, `from`, `until`, `confidence`, `document` (or `doc`), `quote`, `note`,
/// `cites` (a JSON list). Gephi's `Type` column of `Directed`/`Undirected` sets the direction. Node columns:
/// `id` (required), then `name` (or `label`), `kind`, `side`, `role`, `aliases` (separated by `;`), `note`.
/// Other columns become free attributes, numbers typed as numbers. Without a nodes file, the edges'
/// endpoints are the nodes; with one, an edge naming a node it lacks is an error.
public enum CSVGraph {
    /// Where the nodes of an edges file are written and looked for: `graph.csv` → `graph.nodes.csv`.
    public static func nodesPath(forEdges path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return path + ".nodes" }
        return String(path[..<dot]) + ".nodes" + String(path[dot...])
    }

    /// Whether the first line that is not blank or a comment (`#`, `%`) is two integers, or two integers
    /// and a number, split by `delimiter`: a headerless edge list such as SNAP's, not a CSV/TSV with a header.
    static func startsWithANodePair(_ bytes: [UInt8], delimiter: UInt8) -> Bool {
        let text = String(decoding: bytes.prefix(4096), as: UTF8.self)
        guard let line = text.split(whereSeparator: \.isNewline).first(where: { line in
            let trimmed = line.trimmingPrefix(while: \.isWhitespace)
            return !trimmed.isEmpty && !trimmed.hasPrefix("#") && !trimmed.hasPrefix("%")
        }) else { return false }
        let fields = line.split(separator: Character(Unicode.Scalar(delimiter))).map { String($0).trimmingWhitespace() }
        guard fields.count == 2 || fields.count == 3 else { return false }
        return fields.prefix(2).allSatisfy { Int64($0) != nil } && (fields.count == 2 || Double(fields[2]) != nil)
    }

    /// The graph of an edges file and, optionally, a nodes file.
    ///
    /// - Parameters:
    ///   - directed: Whether edges without a direction column are directed.
    /// - Complexity: O(*n*) in the size of the files.
    public static func read(
        edges: [UInt8], file: String, nodes: (bytes: [UInt8], file: String)? = nil, delimiter: UInt8 = UInt8(ascii: ","), directed: Bool = false
    ) -> (graph: ChannelGraph?, diagnostics: [Diagnostic]) {
        var assembler = GraphAssembler(file: file)
        assembler.directedByDefault = directed
        if let nodes {
            var nodeAssembler = GraphAssembler(file: nodes.file)
            readNodes(nodes.bytes, into: &nodeAssembler, delimiter: delimiter)
            if nodeAssembler.hasErrors { return (nil, nodeAssembler.diagnostics) }
            assembler = nodeAssembler.renamed(file: file)
        }
        guard let rows = rows(edges, file: file, delimiter: delimiter, assembler: &assembler) else {
            return (nil, assembler.diagnostics)
        }
        guard let header = rows.first else {
            assembler.error("the file has no header row", at: .init(line: 1, column: 1))
            return (nil, assembler.diagnostics)
        }
        let names = header.map { normalize($0.text) }
        if !names.contains("source") && !names.contains("target"), startsWithANodePair(edges, delimiter: delimiter) {
            assembler.error("the first row holds node ids, not column names: a CSV or TSV edges file starts with a header naming 'source' and 'target'; a headerless list of node pairs separated by spaces or tabs is an edge list (--input-format edgelist)",
                            at: .init(line: header.first?.line ?? 1, column: 1))
            return (nil, assembler.diagnostics)
        }
        for required in ["source", "target"] where !names.contains(required) {
            let hint = Suggestions.didYouMean(required, among: header.map(\.text))
            assembler.error("missing column '\(required)' in the header (columns: \(header.map(\.text).joined(separator: ", ")))\(hint)",
                            at: .init(line: header.first?.line ?? 1, column: 1))
        }
        guard !assembler.hasErrors, let sourceColumn = names.firstIndex(of: "source"), let targetColumn = names.firstIndex(of: "target") else {
            return (nil, assembler.diagnostics)
        }
        for row in rows.dropFirst() {
            let location = GraphAssembler.Location(line: row.first?.line, column: 1)
            guard row.count == header.count else {
                assembler.error("this row has \(row.count) field\(row.count == 1 ? "" : "s"); the header has \(header.count)", at: location)
                continue
            }
            let source = row[sourceColumn].text.trimmingWhitespace(), target = row[targetColumn].text.trimmingWhitespace()
            guard !source.isEmpty, !target.isEmpty else {
                assembler.error("an edge needs both a source and a target", at: location)
                continue
            }
            if nodes == nil {
                assembler.ensureNode(id: source, location: location)
                assembler.ensureNode(id: target, location: location)
            }
            var attributes: [(key: String, value: AttributeValue, location: GraphAssembler.Location)] = []
            var directedFlag: Bool?
            var citation: (doc: String?, quote: String?, note: String?) = (nil, nil, nil)
            for (column, field) in row.enumerated() where column != sourceColumn && column != targetColumn {
                let name = names[column]
                let text = field.text
                guard !text.isEmpty else { continue }
                let at = GraphAssembler.Location(line: field.line, column: field.column(in: edges))
                switch name {
                case "type" where ["directed", "undirected"].contains(text.lowercased()):
                    directedFlag = text.lowercased() == "directed"
                case "document", "doc", "source document": citation.doc = text
                case "quote": citation.quote = text
                case "note" where citation.doc != nil || names.contains("document") || names.contains("doc"): citation.note = text
                default: attributes.append((name, typed(text, column: name), at))
                }
            }
            if let doc = citation.doc {
                let cite = JSON.object([("doc", .string(doc)), ("quote", .optional(citation.quote)), ("note", .optional(citation.note))].filter { $0.1 != .null })
                attributes.append(("cites", .string(JSON.array([cite]).rendered(indent: nil)), location))
            }
            assembler.addEdge(source: source, target: target, directed: directedFlag, record: .init(attributes: attributes, location: location))
        }
        let graph = assembler.hasErrors ? nil : assembler.build()
        return (graph, assembler.diagnostics)
    }

    private static func readNodes(_ bytes: [UInt8], into assembler: inout GraphAssembler, delimiter: UInt8) {
        guard let rows = rows(bytes, file: assembler.file, delimiter: delimiter, assembler: &assembler), let header = rows.first else { return }
        let names = header.map { normalize($0.text) }
        guard let idColumn = names.firstIndex(of: "id") else {
            assembler.error("missing column 'id' in the nodes header (columns: \(header.map(\.text).joined(separator: ", ")))", at: .init(line: 1, column: 1))
            return
        }
        for row in rows.dropFirst() {
            let location = GraphAssembler.Location(line: row.first?.line, column: 1)
            guard row.count == header.count else {
                assembler.error("this row has \(row.count) fields; the header has \(header.count)", at: location)
                continue
            }
            let id = row[idColumn].text.trimmingWhitespace()
            guard !id.isEmpty else {
                assembler.error("a node has an empty id", at: location)
                continue
            }
            var attributes: [(key: String, value: AttributeValue, location: GraphAssembler.Location)] = []
            for (column, field) in row.enumerated() where column != idColumn && !field.text.isEmpty {
                let value: AttributeValue = names[column] == "aliases" ? .string(field.text) : typed(field.text, column: names[column])
                attributes.append((names[column], value, GraphAssembler.Location(line: field.line, column: field.column(in: bytes))))
            }
            assembler.addNode(id: id, record: .init(attributes: attributes, location: location))
        }
    }

    private static func rows(_ bytes: [UInt8], file: String, delimiter: UInt8, assembler: inout GraphAssembler) -> [[CSVParser.Field]]? {
        do {
            _ = try InputText.decode(bytes, file: file)
        } catch {
            assembler.error(error.message, at: .init(line: error.line, column: error.column))
            return nil
        }
        do {
            return try CSVParser.parse(bytes, delimiter: delimiter)
        } catch {
            assembler.error("not valid CSV: \(error.message)", at: .init(line: error.line, column: error.column))
            return nil
        }
    }

    /// Column names compared without case or surrounding space; Gephi's capitalised names match.
    private static func normalize(_ name: String) -> String {
        let lowered = name.trimmingWhitespace().lowercased().replacingUnderscores()
        return ["label": "name", "src": "source", "dst": "target"][lowered] ?? lowered
    }

    /// Text as a typed value: integers and reals become numbers, except in columns that are text.
    private static func typed(_ text: String, column: String) -> AttributeValue {
        if ["id", "name", "kind", "type", "side", "role", "note", "date", "from", "until", "cites", "aliases"].contains(column) {
            return .string(text)
        }
        if let number = Int(text) { return .int(number) }
        if let number = Double(text) { return .double(number) }
        if text == "true" || text == "false" { return .bool(text == "true") }
        return .string(text)
    }

    /// The edges as CSV: one row per channel, citations as a JSON list in `cites`.
    public static func writeEdges(_ graph: ChannelGraph, delimiter: Character = ",") -> String {
        let fixed = ["id", "source", "target", "kind", "directed", "name", "date", "from", "until", "weight", "confidence", "note", "cites"]
        var extra: [String] = []
        for channel in graph.channels { for key in channel.attributes.keys where !extra.contains(key) { extra.append(key) } }
        var lines = [(fixed + extra).map { CSVParser.quoted($0, delimiter: delimiter) }.joined(separator: String(delimiter))]
        for channel in graph.channels {
            let weight: String = channel.weight.map { "\($0)" } ?? ""
            let confidence: String = channel.confidence.map { "\($0)" } ?? ""
            let cites: String = channel.cites.isEmpty ? "" : GraphRecords.citations(channel.cites)
            var fields: [String] = [channel.id, graph.actors[channel.source].id, graph.actors[channel.target].id, channel.kind.rawValue]
            fields += [channel.directed ? "true" : "false", channel.name ?? "", channel.date?.description ?? ""]
            fields += [channel.from?.description ?? "", channel.until?.description ?? "", weight, confidence, channel.note ?? "", cites]
            fields += extra.map { channel.attributes[$0]?.description ?? "" }
            lines.append(fields.map { CSVParser.quoted($0, delimiter: delimiter) }.joined(separator: String(delimiter)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The actors as CSV: aliases separated by `;`, citations as a JSON list.
    public static func writeNodes(_ graph: ChannelGraph, delimiter: Character = ",") -> String {
        let fixed = ["id", "name", "kind", "side", "role", "aliases", "note", "cites"]
        var extra: [String] = []
        for actor in graph.actors { for key in actor.attributes.keys where !extra.contains(key) { extra.append(key) } }
        var lines = [(fixed + extra).map { CSVParser.quoted($0, delimiter: delimiter) }.joined(separator: String(delimiter))]
        for actor in graph.actors {
            var fields = [actor.id, actor.name, actor.kind.rawValue, actor.side ?? "", actor.role ?? "",
                          actor.aliases.joined(separator: "; "), actor.note ?? "",
                          actor.cites.isEmpty ? "" : GraphRecords.citations(actor.cites)]
            fields += extra.map { actor.attributes[$0]?.description ?? "" }
            lines.append(fields.map { CSVParser.quoted($0, delimiter: delimiter) }.joined(separator: String(delimiter)))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension GraphAssembler {
    /// The same nodes, reporting against another file.
    func renamed(file: String) -> GraphAssembler {
        var copy = self
        copy.file = file
        return copy
    }
}

private extension String {
    func replacingUnderscores() -> String {
        String(map { $0 == "_" ? " " : $0 })
    }
}
