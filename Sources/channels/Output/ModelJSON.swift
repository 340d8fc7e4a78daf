import ChannelsFormats
import ChannelsModel

/// The JSON shapes of actors, channels and citations, shared by every command (see the README).
extension JSON {
    /// `{"id", "name", "kind", "side", "role"}`, then the `extra` members.
    static func actor(_ actor: Actor, with extra: [(String, JSON)] = []) -> JSON {
        .object([
            ("id", .string(actor.id)),
            ("name", .string(actor.name)),
            ("kind", .string(actor.kind.rawValue)),
            ("side", .optional(actor.side)),
            ("role", .optional(actor.role)),
        ] + extra)
    }

    /// `{"id", "name"}`: an actor referred to from elsewhere.
    static func actorReference(_ actor: Actor) -> JSON {
        .object([("id", .string(actor.id)), ("name", .string(actor.name))])
    }

    /// `{"id", "kind", "name", "source", "target", "directed", "date", "from", "until", "weight",
    /// "confidence", "disputed_dates", "note", "cites"}`
    static func channel(_ channel: Channel, in graph: GraphCatalog) -> JSON {
        .object([
            ("id", .string(channel.id)),
            ("kind", .string(channel.kind.rawValue)),
            ("name", .optional(channel.name)),
            ("source", .string(graph.actors[channel.source].id)),
            ("target", .string(graph.actors[channel.target].id)),
            ("directed", .bool(channel.directed)),
            ("date", .optional(channel.date?.description)),
            ("from", .optional(channel.from?.description)),
            ("until", .optional(channel.until?.description)),
            ("weight", .optional(channel.weight)),
            ("confidence", .optional(channel.confidence)),
            ("disputed_dates", .array(channel.disputedDates.map { .string($0.description) })),
            ("note", .optional(channel.note)),
            ("cites", .array(channel.cites.map(citation))),
        ])
    }

    /// `{"doc", "quote", "note", "date"}`
    static func citation(_ citation: Citation) -> JSON {
        .object([
            ("doc", .string(citation.doc)),
            ("quote", .optional(citation.quote)),
            ("note", .optional(citation.note)),
            ("date", .optional(citation.date?.description)),
        ])
    }
}
