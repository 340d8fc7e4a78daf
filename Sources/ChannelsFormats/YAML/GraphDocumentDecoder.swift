import ChannelsModel
import OrderedCollections
import Yams

/// Turns a composed YAML document into a ``ChannelGraph``, reporting every problem through its reader.
struct GraphDocumentDecoder {
    var reader: YAMLNodeReader
    let strict: Bool

    private var documents: [Document] = []
    private var sides: [Side] = []
    private var declaredActorKinds: [KindDefinition] = []
    private var declaredChannelKinds: [KindDefinition] = []
    private var actors: [Actor] = []
    private var actorIndex: [String: Int] = [:]
    private var hasDocumentRegistry = false
    private var hasSideRegistry = false

    init(reader: YAMLNodeReader, strict: Bool) {
        self.reader = reader
        self.strict = strict
    }

    static let topLevelKeys = ["format", "title", "description", "documents", "sides", "kinds", "actors", "channels"]
    static let documentKeys = ["id", "title", "language", "url", "outlet", "published"]
    static let sideKeys = ["id", "name", "color"]
    static let kindSectionKeys = ["actors", "channels"]
    static let kindKeys = ["id", "directed", "description"]
    static let citationKeys = ["doc", "quote", "note", "date"]

    mutating func decode(_ root: Node) -> ChannelGraph? {
        guard let top = reader.fields(of: root, what: "a graph file", allowed: Self.topLevelKeys, required: ["actors"]) else {
            return nil
        }
        if let formatNode = top["format"], let version = reader.number(formatNode, what: "format") {
            if version != Double(Int(version)) || version < 1 {
                reader.error(at: formatNode, "format must be a whole version number such as 1")
            } else if Int(version) > YAMLGraphReader.formatVersion {
                reader.error(at: formatNode, "this file is format \(Int(version)); this version of channels reads format \(YAMLGraphReader.formatVersion) and older")
            }
        }
        let title = reader.string(top["title"], what: "title")
        let description = reader.string(top["description"], what: "description")
        if let node = top["documents"] { readDocuments(node) }
        if let node = top["sides"] { readSides(node) }
        if let node = top["kinds"] { readKinds(node) }
        let vocabulary = KindVocabulary(declaredActorKinds: declaredActorKinds, declaredChannelKinds: declaredChannelKinds)
        if let node = top["actors"] { readActors(node, vocabulary: vocabulary) }
        var channels: [Channel] = []
        if let node = top["channels"] { channels = readChannels(node, vocabulary: vocabulary) }
        return ChannelGraph(
            title: title, description: description, documents: documents, sides: sides,
            declaredActorKinds: declaredActorKinds, declaredChannelKinds: declaredChannelKinds,
            actors: actors, channels: channels)
    }

    // MARK: Registries

    private mutating func readDocuments(_ node: Node) {
        hasDocumentRegistry = true
        var firstLine: [String: Int] = [:]
        for item in reader.items(of: node, what: "documents") {
            guard let fields = reader.fields(of: item, what: "a document", allowed: Self.documentKeys, required: ["id"]),
                  let id = reader.nonEmptyString(fields["id"], what: "a document id") else { continue }
            guard checkUnique(id, what: "document", at: fields["id"], seen: &firstLine) else { continue }
            documents.append(Document(
                id: id,
                title: reader.string(fields["title"], what: "title"),
                language: reader.string(fields["language"], what: "language"),
                url: reader.string(fields["url"], what: "url"),
                outlet: reader.string(fields["outlet"], what: "outlet"),
                published: reader.date(fields["published"], what: "published")))
        }
    }

    private mutating func readSides(_ node: Node) {
        hasSideRegistry = true
        var firstLine: [String: Int] = [:]
        for item in reader.items(of: node, what: "sides") {
            guard let fields = reader.fields(of: item, what: "a side", allowed: Self.sideKeys, required: ["id"]),
                  let id = reader.identifier(fields["id"], what: "side id") else { continue }
            guard checkUnique(id, what: "side", at: fields["id"], seen: &firstLine) else { continue }
            var color = reader.string(fields["color"], what: "color")
            if let value = color, !Self.isHexColor(value) {
                reader.error(at: fields["color"], "color '\(value)' is not of the form #RRGGBB")
                color = nil
            }
            sides.append(Side(id: id, name: reader.string(fields["name"], what: "name"), color: color))
        }
    }

    private mutating func readKinds(_ node: Node) {
        guard let section = reader.fields(of: node, what: "the kinds section", allowed: Self.kindSectionKeys) else { return }
        if let actorKinds = section["actors"] {
            declaredActorKinds = readKindList(actorKinds, what: "actor kind", allowsDirection: false)
        }
        if let channelKinds = section["channels"] {
            declaredChannelKinds = readKindList(channelKinds, what: "channel kind", allowsDirection: true)
        }
    }

    private mutating func readKindList(_ node: Node, what: String, allowsDirection: Bool) -> [KindDefinition] {
        var kinds: [KindDefinition] = []
        var firstLine: [String: Int] = [:]
        let allowed = allowsDirection ? Self.kindKeys : Self.kindKeys.filter { $0 != "directed" }
        for item in reader.items(of: node, what: "\(what)s") {
            guard let fields = reader.fields(of: item, what: "an \(what)", allowed: allowed, required: ["id"]),
                  let id = reader.identifier(fields["id"], what: "\(what) id") else { continue }
            guard checkUnique(id, what: what, at: fields["id"], seen: &firstLine) else { continue }
            kinds.append(KindDefinition(
                id: id,
                directed: reader.bool(fields["directed"], what: "directed"),
                description: reader.string(fields["description"], what: "description")))
        }
        return kinds
    }

    // MARK: Actors

    private mutating func readActors(_ node: Node, vocabulary: KindVocabulary) {
        var firstLine: [String: Int] = [:]
        for item in reader.items(of: node, what: "actors") {
            guard let fields = reader.fields(of: item, what: "an actor", allowed: FieldNames.actor, required: ["id", "kind"]) else { continue }
            guard let id = reader.identifier(fields["id"], what: "actor id") else { continue }
            let isUnique = checkUnique(id, what: "actor", at: fields["id"], seen: &firstLine)
            let kind = actorKind(fields["kind"], vocabulary: vocabulary)
            var side = reader.nonEmptyString(fields["side"], what: "side")
            if let value = side, hasSideRegistry, !sides.contains(where: { $0.id == value }) {
                reportUnknown(value, what: "side", at: fields["side"], among: sides.map(\.id))
                side = nil
            }
            let actor = Actor(
                id: id,
                name: reader.nonEmptyString(fields["name"], what: "name") ?? id,
                kind: kind ?? .other,
                side: side,
                role: reader.string(fields["role"], what: "role"),
                aliases: reader.stringList(fields["aliases"], what: "an alias"),
                defaultFor: reader.stringList(fields["default-for"], what: "a default-for name"),
                attributes: reader.attributes(fields["attributes"], what: "attributes"),
                cites: readCitations(fields["cites"]),
                note: reader.string(fields["note"], what: "note"))
            if isUnique {
                actorIndex[id] = actors.count
                actors.append(actor)
            }
        }
    }

    private mutating func actorKind(_ node: Node?, vocabulary: KindVocabulary) -> ActorKind? {
        guard let text = reader.identifier(node, what: "actor kind") else { return nil }
        let kind = ActorKind(text)
        if !vocabulary.isKnown(kind) {
            reportUnknownKind(text, at: node, allowed: vocabulary.actorKinds.map(\.id), section: "actors")
            return nil
        }
        return kind
    }

    // MARK: Channels

    private mutating func readChannels(_ node: Node, vocabulary: KindVocabulary) -> [Channel] {
        var channels: [Channel] = []
        var firstLine: [String: Int] = [:]
        var pendingDerivedIDs: [(index: Int, base: String, node: Node)] = []
        for item in reader.items(of: node, what: "channels") {
            guard let fields = reader.fields(
                of: item, what: "a channel", allowed: FieldNames.channel, required: ["kind", "source", "target"]) else { continue }
            let explicitID = fields["id"].flatMap { reader.identifier($0, what: "channel id") }
            let source = endpoint(fields["source"], role: "source")
            let target = endpoint(fields["target"], role: "target")
            let kind = channelKind(fields["kind"], vocabulary: vocabulary)
            let time = readTime(fields)
            let weight = positiveNumber(fields["weight"], what: "weight")
            let confidence = readConfidence(fields["confidence"])
            let cites = readCitations(fields["cites"])
            if strict && cites.isEmpty {
                reader.warning(at: item, "channel \(explicitID.map { "'\($0)' " } ?? "")cites no document")
            }
            if let source, let target, source == target {
                reader.warning(at: fields["target"], "channel connects '\(actors[source].id)' to itself")
            }
            guard let source, let target, let kind, let time else { continue }
            let directed = reader.bool(fields["directed"], what: "directed") ?? vocabulary.isDirectedByDefault(kind)
            var channel = Channel(
                id: explicitID ?? "", kind: kind, source: source, target: target, directed: directed,
                name: reader.nonEmptyString(fields["name"], what: "name"),
                date: time.date, from: time.from, until: time.until,
                weight: weight, confidence: confidence, cites: cites,
                note: reader.string(fields["note"], what: "note"),
                attributes: reader.attributes(fields["attributes"], what: "attributes"))
            if let explicitID {
                guard checkUnique(explicitID, what: "channel", at: fields["id"], seen: &firstLine) else { continue }
            } else {
                let base = "\(actors[source].id)--\(actors[target].id)" + (channel.whenDescription.map { "@\($0)" } ?? "")
                pendingDerivedIDs.append((channels.count, base, item))
                channel.id = base
            }
            channels.append(channel)
        }
        assignDerivedIDs(pendingDerivedIDs, in: &channels, taken: Set(firstLine.keys))
        return channels
    }

    /// Gives id-less channels `SOURCE--TARGET@DATE`, then `#2`, `#3`… for repeats, avoiding explicit ids.
    private func assignDerivedIDs(_ pending: [(index: Int, base: String, node: Node)], in channels: inout [Channel], taken: Set<String>) {
        var used = taken
        for item in pending {
            var candidate = item.base
            var counter = 1
            while used.contains(candidate) {
                counter += 1
                candidate = "\(item.base)#\(counter)"
            }
            used.insert(candidate)
            channels[item.index].id = candidate
        }
    }

    private mutating func endpoint(_ node: Node?, role: String) -> Int? {
        guard let id = reader.nonEmptyString(node, what: "channel \(role)") else { return nil }
        if let index = actorIndex[id] { return index }
        reportUnknown(id, what: "actor", at: node, among: actors.map(\.id))
        return nil
    }

    private mutating func channelKind(_ node: Node?, vocabulary: KindVocabulary) -> ChannelKind? {
        guard let text = reader.identifier(node, what: "channel kind") else { return nil }
        let kind = ChannelKind(text)
        if !vocabulary.isKnown(kind) {
            reportUnknownKind(text, at: node, allowed: vocabulary.channelKinds.map(\.id), section: "channels")
            return nil
        }
        return kind
    }

    private struct ChannelTime {
        var date: PartialDate?
        var from: PartialDate?
        var until: PartialDate?
    }

    /// The channel's `date`, or its `from`/`until` interval; `nil` after reporting a problem.
    private mutating func readTime(_ fields: [String: Node]) -> ChannelTime? {
        let date = reader.date(fields["date"], what: "date")
        let from = reader.date(fields["from"], what: "from")
        let until = reader.date(fields["until"], what: "until")
        if (fields["date"] != nil && date == nil) || (fields["from"] != nil && from == nil)
            || (fields["until"] != nil && until == nil) {
            return nil
        }
        if date != nil, fields["from"] != nil || fields["until"] != nil {
            reader.error(at: fields["from"] ?? fields["until"], "a channel has either a date or a from/until interval, not both")
            return nil
        }
        if let from, let until, until.lastDay < from.firstDay {
            reader.error(at: fields["until"], "the interval ends (\(until)) before it starts (\(from))")
            return nil
        }
        return ChannelTime(date: date, from: from, until: until)
    }

    private mutating func positiveNumber(_ node: Node?, what: String) -> Double? {
        guard let node, let value = reader.number(node, what: what) else { return nil }
        guard value > 0 else {
            reader.error(at: node, "\(what) must be positive, found \(value)")
            return nil
        }
        return value
    }

    private mutating func readConfidence(_ node: Node?) -> Double? {
        guard let node, let value = reader.number(node, what: "confidence") else { return nil }
        guard value > 0, value <= 1 else {
            reader.error(at: node, "confidence must be in (0, 1], found \(value)")
            return nil
        }
        return value
    }

    // MARK: Citations

    private mutating func readCitations(_ node: Node?) -> [Citation] {
        guard let node else { return [] }
        var citations: [Citation] = []
        for item in reader.items(of: node, what: "cites", singleAllowed: true) {
            if case .scalar = item, let doc = reader.nonEmptyString(item, what: "a cited document") {
                checkDocument(doc, at: item)
                if strict { reader.warning(at: item, "citation of '\(doc)' has no quote or note") }
                citations.append(Citation(doc: doc))
                continue
            }
            guard let fields = reader.fields(of: item, what: "a citation", allowed: Self.citationKeys, required: ["doc"]),
                  let doc = reader.nonEmptyString(fields["doc"], what: "doc") else { continue }
            checkDocument(doc, at: fields["doc"])
            let citation = Citation(
                doc: doc,
                quote: reader.nonEmptyString(fields["quote"], what: "quote"),
                note: reader.nonEmptyString(fields["note"], what: "note"),
                date: reader.date(fields["date"], what: "date"))
            if strict && citation.quote == nil && citation.note == nil {
                reader.warning(at: item, "citation of '\(doc)' has no quote or note")
            }
            citations.append(citation)
        }
        return citations
    }

    private mutating func checkDocument(_ doc: String, at node: Node?) {
        guard hasDocumentRegistry, !documents.contains(where: { $0.id == doc }) else { return }
        reportUnknown(doc, what: "document", at: node, among: documents.map(\.id))
    }

    // MARK: Shared checks

    /// Records `id`; reports a duplicate with the line of its first definition.
    private mutating func checkUnique(_ id: String, what: String, at node: Node?, seen: inout [String: Int]) -> Bool {
        if let first = seen[id] {
            reader.error(at: node, "duplicate \(what) id '\(id)' (first defined on line \(first))")
            return false
        }
        seen[id] = node?.mark?.line ?? 0
        return true
    }

    private mutating func reportUnknown(_ value: String, what: String, at node: Node?, among candidates: [String]) {
        let hint = Suggestions.didYouMean(value, among: candidates, limit: 3)
        let declared = what == "side" ? " (declared sides: \(candidates.joined(separator: ", ")))" : ""
        reader.error(at: node, "unknown \(what) '\(value)'\(hint)\(hint.isEmpty ? declared : "")")
    }

    private mutating func reportUnknownKind(_ value: String, at node: Node?, allowed: [String], section: String) {
        let hint = Suggestions.didYouMean(value, among: allowed)
        let what = section == "actors" ? "actor" : "channel"
        reader.error(at: node, "unknown \(what) kind '\(value)'\(hint) Allowed: \(allowed.joined(separator: ", ")); declare others under kinds.\(section)")
    }

    static func isHexColor(_ text: String) -> Bool {
        text.count == 7 && text.first == "#" && text.dropFirst().allSatisfy(\.isHexDigit)
    }
}
