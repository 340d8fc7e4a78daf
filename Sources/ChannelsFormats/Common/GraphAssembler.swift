import ChannelsModel
import OrderedCollections

/// Builds a typed graph from the nodes, edges and attributes that interchange formats carry (GraphML,
/// GEXF, node-link JSON, CSV, DOT), with a located diagnostic for every problem.
///
/// Attribute names map onto the model: `name`/`label`, `kind`/`type`, `side`/`affiliation`, `role`,
/// `aliases`, `default-for`, `note` and `cites` on nodes; `id`, `kind`/`type`, `directed`, `name`/`label`,
/// `date`, `from`/`start`, `until`/`end`, `weight`, `confidence`, `note` and `cites` on edges; `title`,
/// `description`, `documents`, `sides` and `kinds` on the graph. Lists (`aliases`, `cites`, …) are JSON
/// text, which is how channels writes them. Every other attribute is kept as a free attribute, so
/// nothing a file carries is lost. A kind no vocabulary knows is declared, with a warning.
struct GraphAssembler {
    /// Where a record came from.
    struct Location {
        var line: Int?
        var column: Int?
    }

    struct Record {
        var attributes: [(key: String, value: AttributeValue, location: Location)]
        var location: Location

        func value(_ names: String...) -> (value: AttributeValue, location: Location)? { value(among: names) }

        private func value(among names: [String]) -> (value: AttributeValue, location: Location)? {
            for name in names {
                if let found = attributes.first(where: { $0.key == name }) { return (found.value, found.location) }
            }
            return nil
        }

        /// The record with every key and text value cleaned by ``Identifier/withoutLeadingByteOrderMarks(_:)``.
        func withoutLeadingByteOrderMarks() -> Record {
            Record(attributes: attributes.map { key, value, location in
                let cleanValue = if case .string(let text) = value { AttributeValue.string(Identifier.withoutLeadingByteOrderMarks(text)) } else { value }
                return (Identifier.withoutLeadingByteOrderMarks(key), cleanValue, location)
            }, location: location)
        }

        /// The first of `names` present, as text, unless blank.
        func text(_ names: String...) -> String? {
            value(among: names).flatMap { GraphAssembler.nonBlank($0.value.description) }
        }
    }

    var file: String
    private(set) var diagnostics: [Diagnostic] = []
    private var nodeIDs: [String] = []
    private var nodeIndex: [String: Int] = [:]
    private var nodes: [Record] = []
    private var edges: [(source: String, target: String, directed: Bool?, record: Record)] = []
    var graphAttributes: [(key: String, value: AttributeValue, location: Location)] = []
    /// Whether edges without a direction of their own are directed.
    var directedByDefault = false

    init(file: String) {
        self.file = file
    }

    mutating func error(_ message: String, at location: Location) {
        diagnostics.append(Diagnostic(file: file, line: location.line, column: location.column, message: message))
    }

    mutating func warning(_ message: String, at location: Location) {
        diagnostics.append(Diagnostic(file: file, line: location.line, column: location.column, severity: .warning, message: message))
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    var nodeCount: Int { nodes.count }

    /// Adds a node; a repeated id, or one with a control character, is an error.
    mutating func addNode(id: String, record: Record) {
        let id = Identifier.withoutLeadingByteOrderMarks(id), record = record.withoutLeadingByteOrderMarks()
        guard checkedIdentifier(id, what: "node id", at: record.location) != nil else { return }
        if nodeIndex[id] != nil {
            error("duplicate node id '\(id)'", at: record.location)
            return
        }
        nodeIndex[id] = nodeIDs.count
        nodeIDs.append(id)
        nodes.append(record)
    }

    /// Adds a node for `id` unless it exists (formats such as CSV and DOT create nodes implicitly).
    mutating func ensureNode(id: String, location: Location) {
        let id = Identifier.withoutLeadingByteOrderMarks(id)
        guard nodeIndex[id] == nil, checkedIdentifier(id, what: "node id", at: location) != nil else { return }
        nodeIndex[id] = nodeIDs.count
        nodeIDs.append(id)
        nodes.append(Record(attributes: [], location: location))
    }

    mutating func addEdge(source: String, target: String, directed: Bool?, record: Record) {
        edges.append((Identifier.withoutLeadingByteOrderMarks(source), Identifier.withoutLeadingByteOrderMarks(target), directed,
                      record.withoutLeadingByteOrderMarks()))
    }

    /// The graph, or `nil` when any error was found.
    mutating func build() -> ChannelGraph? {
        graphAttributes = Record(attributes: graphAttributes, location: Location()).withoutLeadingByteOrderMarks().attributes
        let listedDocuments = decodeList(graphValue("documents"), what: "documents") { object -> Document? in
            guard let id = object["id"]?.string else { return nil }
            return Document(id: id, title: Self.nonBlank(object["title"]?.string), language: Self.nonBlank(object["language"]?.string),
                            url: Self.nonBlank(object["url"]?.string), outlet: Self.nonBlank(object["outlet"]?.string),
                            published: object["published"]?.string.flatMap { PartialDate($0) })
        }
        let listedSides = decodeList(graphValue("sides"), what: "sides") { object -> Side? in
            object["id"]?.string.map { Side(id: $0, name: Self.nonBlank(object["name"]?.string), color: Self.nonBlank(object["color"]?.string)) }
        }
        let documents = checkedIdentifiers(listedDocuments, \.id, what: "document id", at: graphValue("documents")?.location)
        let sides = checkedIdentifiers(listedSides, \.id, what: "side id", at: graphValue("sides")?.location)
        var declaredActorKinds: [KindDefinition] = []
        var declaredChannelKinds: [KindDefinition] = []
        if let kinds = graphValue("kinds"), case .string(let text) = kinds.value {
            if case .object(let sections)? = try? JSONParser.parse(Array(text.utf8)).value {
                for (key, _, value) in sections {
                    let parsed = (value.array ?? []).compactMap { item -> KindDefinition? in
                        guard let id = item["id"]?.string else { return nil }
                        return KindDefinition(id: id, directed: item["directed"]?.bool, description: Self.nonBlank(item["description"]?.string))
                    }
                    let list = checkedIdentifiers(parsed, \.id, what: "kind id", at: kinds.location)
                    if key == "actors" { declaredActorKinds = list } else if key == "channels" { declaredChannelKinds = list }
                }
            } else {
                error("the graph attribute 'kinds' is not valid JSON", at: kinds.location)
            }
        }
        var vocabulary = KindVocabulary(declaredActorKinds: declaredActorKinds, declaredChannelKinds: declaredChannelKinds)

        var actors: [Actor] = []
        for (position, id) in nodeIDs.enumerated() {
            let record = nodes[position]
            var kind = ActorKind.other
            if let (value, location) = record.value("kind", "type"), !Identifier.isBlank(value.description),
               let text = checkedIdentifier(value.description, what: "actor kind", at: location) {
                kind = ActorKind(text)
                if !vocabulary.isKnown(kind) {
                    declaredActorKinds.append(KindDefinition(id: kind.rawValue))
                    vocabulary = KindVocabulary(declaredActorKinds: declaredActorKinds, declaredChannelKinds: declaredChannelKinds)
                    warning("actor kind '\(kind)' is not in the vocabulary; it is declared for this graph", at: location)
                }
            }
            var attributes = OrderedDictionary<String, AttributeValue>()
            for (key, value, location) in record.attributes where !FieldNames.nodeFields.contains(key) {
                guard let name = checkedIdentifier(key.hasPrefix("attr:") ? String(key.dropFirst(5)) : key, what: "attribute name", at: location) else { continue }
                attributes[name] = value
            }
            actors.append(Actor(
                id: id,
                name: record.text("name", "label") ?? id,
                kind: kind,
                side: record.text("side", "affiliation"),
                role: record.text("role"),
                aliases: stringList(record.value("aliases")),
                defaultFor: stringList(record.value("default-for")),
                attributes: attributes,
                cites: citations(record.value("cites")),
                note: record.text("note")))
        }

        var channels: [Channel] = []
        var usedIDs: Set<String> = []
        for (source, target, directedFlag, record) in edges {
            guard let from = resolve(source, record.location), let to = resolve(target, record.location) else { continue }
            var kind = ChannelKind.other
            if let (value, location) = record.value("kind", "type"), !Identifier.isBlank(value.description),
               let text = checkedIdentifier(value.description, what: "channel kind", at: location) {
                kind = ChannelKind(text)
                if !vocabulary.isKnown(kind) {
                    declaredChannelKinds.append(KindDefinition(id: kind.rawValue, directed: directedFlag ?? directedByDefault))
                    vocabulary = KindVocabulary(declaredActorKinds: declaredActorKinds, declaredChannelKinds: declaredChannelKinds)
                    warning("channel kind '\(kind)' is not in the vocabulary; it is declared for this graph", at: location)
                }
            }
            var directed = directedFlag ?? directedByDefault
            if let (value, location) = record.value("directed") {
                switch value {
                case .bool(let flag): directed = flag
                case .string(let text) where ["true", "false"].contains(text.lowercased()): directed = text.lowercased() == "true"
                default: error("directed must be true or false, found '\(value)'", at: location)
                }
            }
            let date = partialDate(record.value("date"), what: "date")
            let start = partialDate(record.value("from", "start"), what: "from")
            let end = partialDate(record.value("until", "end"), what: "until")
            if let start, let end, end.lastDay < start.firstDay {
                error("the interval ends (\(end)) before it starts (\(start))", at: record.location)
            }
            let weight = number(record.value("weight"), what: "weight", valid: { $0 > 0 }, rule: "positive")
            let confidence = number(record.value("confidence"), what: "confidence", valid: { $0 > 0 && $0 <= 1 }, rule: "in (0, 1]")
            var attributes = OrderedDictionary<String, AttributeValue>()
            for (key, value, location) in record.attributes where !FieldNames.edgeFields.contains(key) {
                guard let name = checkedIdentifier(key.hasPrefix("attr:") ? String(key.dropFirst(5)) : key, what: "attribute name", at: location) else { continue }
                attributes[name] = value
            }
            let givenID = record.text("id", "key")
            if let givenID, checkedIdentifier(givenID, what: "edge id", at: record.location) == nil { continue }
            var id = givenID ?? ""
            if givenID == nil || usedIDs.contains(id) {
                let base = "\(actors[from].id)--\(actors[to].id)"
                var candidate = base
                var counter = 1
                while usedIDs.contains(candidate) {
                    counter += 1
                    candidate = "\(base)#\(counter)"
                }
                id = candidate
            }
            usedIDs.insert(id)
            channels.append(Channel(
                id: id, kind: kind, source: from, target: to, directed: directed,
                name: record.text("name", "label"),
                date: date, from: date == nil ? start : nil, until: date == nil ? end : nil,
                weight: weight, confidence: confidence, cites: citations(record.value("cites")),
                note: record.text("note"), attributes: attributes))
        }
        guard !hasErrors else { return nil }
        return ChannelGraph(
            title: graphText("title") ?? graphText("name"), description: graphText("description"),
            documents: documents, sides: sides,
            declaredActorKinds: declaredActorKinds, declaredChannelKinds: declaredChannelKinds,
            actors: actors, channels: channels)
    }

    private func graphValue(_ key: String) -> (value: AttributeValue, location: Location)? {
        graphAttributes.first { $0.key == key }.map { ($0.value, $0.location) }
    }

    /// A graph attribute's text, unless blank.
    private func graphText(_ key: String) -> String? {
        graphValue(key).map(\.value.description).flatMap(Self.nonBlank)
    }

    /// `text`, or `nil` when it is blank: other tools write an empty value for a missing one.
    static func nonBlank(_ text: String?) -> String? {
        guard let text, !Identifier.isBlank(text) else { return nil }
        return text
    }

    private mutating func resolve(_ id: String, _ location: Location) -> Int? {
        if let index = nodeIndex[id] { return index }
        error("edge names node '\(id)', which does not exist\(Suggestions.didYouMean(id, among: nodeIDs, limit: 3))", at: location)
        return nil
    }

    private mutating func partialDate(_ entry: (value: AttributeValue, location: Location)?, what: String) -> PartialDate? {
        guard let entry else { return nil }
        let text = entry.value.description
        guard !text.isEmpty else { return nil }
        if let date = PartialDate(text) { return date }
        error("\(what) '\(text)' is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY", at: entry.location)
        return nil
    }

    private mutating func number(_ entry: (value: AttributeValue, location: Location)?, what: String,
                                 valid: (Double) -> Bool, rule: String) -> Double? {
        guard let entry else { return nil }
        let value = entry.value.number ?? Double(entry.value.description)
        guard let value, value.isFinite else {
            error("\(what) must be a number, found '\(entry.value)'", at: entry.location)
            return nil
        }
        guard valid(value) else {
            error("\(what) must be \(rule), found \(value)", at: entry.location)
            return nil
        }
        return value
    }

    /// A list written as JSON (`["a", "b"]`), or as text separated by `;`.
    private func stringList(_ entry: (value: AttributeValue, location: Location)?) -> [String] {
        guard let entry else { return [] }
        let text = entry.value.description
        if text.hasPrefix("["), let items = (try? JSONParser.parse(Array(text.utf8)))?.array {
            return items.compactMap(\.string).filter { !Identifier.isBlank($0) }
        }
        return text.split(separator: ";").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    private mutating func citations(_ entry: (value: AttributeValue, location: Location)?) -> [Citation] {
        guard let entry else { return [] }
        let text = entry.value.description
        guard text.hasPrefix("[") else {
            return text.split(separator: ";").map { Citation(doc: $0.trimmingWhitespace()) }.filter { !Identifier.isBlank($0.doc) }
        }
        guard let items = (try? JSONParser.parse(Array(text.utf8)))?.array else {
            error("cites is not a valid JSON list", at: entry.location)
            return []
        }
        return items.compactMap { item in
            if let doc = Self.nonBlank(item.string) { return Citation(doc: doc) }
            guard let doc = Self.nonBlank(item["doc"]?.string) else { return nil }
            return Citation(doc: doc, quote: Self.nonBlank(item["quote"]?.string), note: Self.nonBlank(item["note"]?.string),
                            date: item["date"]?.string.flatMap { PartialDate($0) })
        }
    }

    private mutating func decodeList<T>(_ entry: (value: AttributeValue, location: Location)?, what: String,
                                        _ make: (JSONNode) -> T?) -> [T] {
        guard let entry else { return [] }
        guard let items = (try? JSONParser.parse(Array(entry.value.description.utf8)))?.array else {
            error("the graph attribute '\(what)' is not a valid JSON list", at: entry.location)
            return []
        }
        return items.compactMap(make)
    }
}

extension GraphAssembler {
    /// `text`, or `nil` after an error when it cannot be an id (``Identifier/problem(_:what:)``).
    mutating func checkedIdentifier(_ text: String, what: String, at location: Location) -> String? {
        if let problem = Identifier.problem(text, what: what) {
            error(problem, at: location)
            return nil
        }
        return text
    }

    /// The items whose id can be an id; an error for each of the others.
    mutating func checkedIdentifiers<Item>(_ items: [Item], _ id: KeyPath<Item, String>, what: String, at location: Location?) -> [Item] {
        items.filter { item in
            guard let problem = Identifier.problem(item[keyPath: id], what: what) else { return true }
            if let location { error(problem, at: location) }
            return false
        }
    }
}
