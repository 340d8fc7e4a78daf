import ChannelsModel
import OrderedCollections

/// The attributes of a typed graph as interchange formats carry them: flat key–value pairs, lists and
/// records as JSON text. ``GraphAssembler`` reads them back, so a round trip loses nothing.
enum GraphRecords {
    /// Graph-level attributes: title, description, and the registries as JSON.
    static func graphAttributes(_ graph: ChannelGraph) -> [(String, AttributeValue)] {
        var pairs: [(String, AttributeValue)] = []
        if let title = graph.title { pairs.append(("title", .string(title))) }
        if let description = graph.description { pairs.append(("description", .string(description))) }
        if !graph.documents.isEmpty {
            pairs.append(("documents", .string(JSON.array(graph.documents.map { document in
                object([("id", .string(document.id)), ("title", .optional(document.title)), ("language", .optional(document.language)),
                        ("url", .optional(document.url)), ("outlet", .optional(document.outlet)),
                        ("published", .optional(document.published?.description))])
            }).rendered(indent: nil))))
        }
        if !graph.sides.isEmpty {
            pairs.append(("sides", .string(JSON.array(graph.sides.map { side in
                object([("id", .string(side.id)), ("name", .optional(side.name)), ("color", .optional(side.color))])
            }).rendered(indent: nil))))
        }
        if !graph.declaredActorKinds.isEmpty || !graph.declaredChannelKinds.isEmpty {
            func kinds(_ list: [KindDefinition]) -> JSON {
                .array(list.map { object([("id", .string($0.id)), ("directed", $0.directed.map(JSON.bool) ?? .null), ("description", .optional($0.description))]) })
            }
            pairs.append(("kinds", .string(JSON.object([("actors", kinds(graph.declaredActorKinds)), ("channels", kinds(graph.declaredChannelKinds))]).rendered(indent: nil))))
        }
        return pairs
    }

    /// A node's attributes, in a fixed order; free attributes follow, prefixed `attr:` if their name is
    /// one of ours.
    static func nodeAttributes(_ actor: Actor) -> [(String, AttributeValue)] {
        var pairs: [(String, AttributeValue)] = [("name", .string(actor.name)), ("kind", .string(actor.kind.rawValue))]
        if let side = actor.side { pairs.append(("side", .string(side))) }
        if let role = actor.role { pairs.append(("role", .string(role))) }
        if !actor.aliases.isEmpty { pairs.append(("aliases", .string(stringList(actor.aliases)))) }
        if !actor.defaultFor.isEmpty { pairs.append(("default-for", .string(stringList(actor.defaultFor)))) }
        if let note = actor.note { pairs.append(("note", .string(note))) }
        if !actor.cites.isEmpty { pairs.append(("cites", .string(citations(actor.cites)))) }
        for (key, value) in actor.attributes {
            pairs.append((FieldNames.nodeFields.contains(key) || key.hasPrefix("attr:") ? "attr:" + key : key, value))
        }
        return pairs
    }

    /// An edge's attributes, in a fixed order, the id first.
    static func edgeAttributes(_ channel: Channel) -> [(String, AttributeValue)] {
        var pairs: [(String, AttributeValue)] = [("id", .string(channel.id)), ("kind", .string(channel.kind.rawValue)), ("directed", .bool(channel.directed))]
        if let name = channel.name { pairs.append(("name", .string(name))) }
        if let date = channel.date { pairs.append(("date", .string(date.description))) }
        if let from = channel.from { pairs.append(("from", .string(from.description))) }
        if let until = channel.until { pairs.append(("until", .string(until.description))) }
        if let weight = channel.weight { pairs.append(("weight", .double(weight))) }
        if let confidence = channel.confidence { pairs.append(("confidence", .double(confidence))) }
        if let note = channel.note { pairs.append(("note", .string(note))) }
        if !channel.cites.isEmpty { pairs.append(("cites", .string(citations(channel.cites)))) }
        for (key, value) in channel.attributes {
            pairs.append((FieldNames.edgeFields.contains(key) || key.hasPrefix("attr:") ? "attr:" + key : key, value))
        }
        return pairs
    }

    static func stringList(_ items: [String]) -> String {
        JSON.array(items.map(JSON.string)).rendered(indent: nil)
    }

    static func citations(_ cites: [Citation]) -> String {
        JSON.array(cites.map { cite in
            object([("doc", .string(cite.doc)), ("quote", .optional(cite.quote)), ("note", .optional(cite.note)),
                    ("date", .optional(cite.date?.description))])
        }).rendered(indent: nil)
    }

    /// An object without its `null` members, to keep exported text short.
    private static func object(_ members: [(String, JSON)]) -> JSON {
        .object(members.filter { $0.1 != .null })
    }

    /// The GraphML/GEXF type of a value.
    static func typeName(_ value: AttributeValue) -> String {
        switch value {
        case .string: "string"
        case .int: "long"
        case .double: "double"
        case .bool: "boolean"
        }
    }
}
