import ChannelsFormats

/// The endpoints of the JSON API, one per command that answers a question about a graph. Each takes the
/// command's options as query parameters, plus `graph` (a served graph's name; the default graph
/// without it), and answers with the command's `--format json` shape.
enum APIEndpoints {
    static let all: [APIEndpoint] = [actors, actor, neighbors, path, reach, centrality, brokers, cut, components, timeline, whatIf]

    static func named(_ name: String) -> APIEndpoint? {
        all.first { $0.name == name }
    }

    // MARK: Parameters shared with the command line's option groups

    /// `FilterOptions`: the constraints every query command takes.
    static let constraints: [APIParameter] = [
        .repeated("avoid", "Leave out this actor (repeatable)."),
        .repeated("avoid-side", "Leave out every actor of this side (repeatable)."),
        .repeated("avoid-kind", "Leave out every actor of this kind (repeatable)."),
        .repeated("only", "Use only channels of these kinds (comma-separated, repeatable)."),
        .repeated("except", "Never use channels of these kinds (comma-separated, repeatable)."),
        .option("at", .date, "Only channels active on this day (YYYY-MM-DD; a month or year means any day in it)."),
        .pair("between", .date, "Only channels active on some day between two dates, inclusive: between=2023-11-01,2023-11-20."),
        .option("min-confidence", .number, "Only channels at least this certain, in (0, 1].", minimum: 0, maximum: 1),
        .option("undated", .string, "What undated channels do in time-aware queries.", choices: ["always", "ignore"]),
    ]

    // MARK: Endpoints

    static let actors = APIEndpoint(
        "actors", ActorsCommand.self, summary: "The actors, with their kind, side and role.", command: "channels actors",
        parameters: [
            .option("side", .string, "Only actors of this side."),
            .option("kind", .string, "Only actors of this kind."),
            .flag("aliases", "Also list each actor's aliases."),
        ],
        response: JSONSchema.object([("graph", JSONSchema.nullable(JSONSchema.string)), ("actors", JSONSchema.array(JSONSchema.actor))]))

    static let actor = APIEndpoint(
        "actor", ShowCommand.self, summary: "One actor, its aliases and its channels in date order, with their sources.",
        command: "channels show ACTOR",
        parameters: [.argument("actor", "The actor: id, name or alias, in any script.", example: "hamas")],
        response: JSONSchema.object([("actor", JSONSchema.actor), ("channels", JSONSchema.array(JSONSchema.object([
            ("channel", JSONSchema.channel), ("counterpart", JSONSchema.actorReference), ("direction", JSONSchema.string),
        ])))]))

    static let neighbors = APIEndpoint(
        "neighbors", NeighborsCommand.self, summary: "Whom an actor is in direct contact with, and through which channels.",
        command: "channels neighbors ACTOR",
        parameters: [.argument("actor", "The actor: id, name or alias.", example: "qatar-pm")] + constraints,
        response: JSONSchema.object([("actor", JSONSchema.actorReference), ("neighbors", JSONSchema.array(JSONSchema.object([
            ("actor", JSONSchema.actorReference), ("direction", JSONSchema.string), ("channels", JSONSchema.array(JSONSchema.any)),
        ])))]))

    static let path = APIEndpoint(
        "path", PathCommand.self, summary: "How one actor can reach another, hop by hop, with each channel's sources.",
        command: "channels path FROM TO",
        parameters: [
            .argument("from", "Where the route starts: an actor's id, name or alias, in any script.", example: "Biden"),
            .argument("to", "Where the route ends.", example: "Hamas"),
            .option("cost", .string, "What a route costs.", choices: ["hops", "weight", "confidence"]),
            .option("k", .integer, "The k best loopless routes, ranked (Yen).", minimum: 1, maximum: Double(PathCommand.maximumK)),
            .repeated("via", "The route must pass through this actor (repeatable)."),
            .flag("all-shortest", "Count every cheapest route and list them (up to limit)."),
            .flag("all-simple", "List every loopless route of at most max-hops hops (up to limit)."),
            .option("max-hops", .integer, "With all-simple: the longest route to list.", minimum: 1, maximum: Double(PathCommand.maximumMaximumHops)),
            .option("limit", .integer, "With all-shortest or all-simple: list at most this many routes.", minimum: 1, maximum: 10_000),
            .option("timeout", .number, "With all-simple: stop enumerating after this many seconds.", minimum: 0.001, maximum: 5),
            .option("after", .date, "Time-respecting: the earliest-arriving route whose first hop is on or after this day."),
            .option("before", .date, "Time-respecting: the route that leaves latest and arrives by this day."),
        ] + constraints,
        response: JSONSchema.object([
            ("graph", JSONSchema.nullable(JSONSchema.string)), ("query", JSONSchema.any), ("found", JSONSchema.boolean),
            ("count", JSONSchema.number), ("truncated", JSONSchema.boolean), ("reason", JSONSchema.nullable(JSONSchema.string)),
            ("paths", JSONSchema.array(JSONSchema.object([
                ("rank", JSONSchema.integer), ("hops", JSONSchema.integer), ("cost", JSONSchema.number),
                ("actors", JSONSchema.array(JSONSchema.string)), ("departure", JSONSchema.nullable(JSONSchema.string)),
                ("arrival", JSONSchema.nullable(JSONSchema.string)),
                ("steps", JSONSchema.array(JSONSchema.object([
                    ("from", JSONSchema.actorReference), ("to", JSONSchema.actorReference), ("day", JSONSchema.nullable(JSONSchema.string)),
                    ("channel", JSONSchema.channel), ("parallel", JSONSchema.array(JSONSchema.string)),
                ]))),
            ]))),
        ]))

    static let reach = APIEndpoint(
        "reach", ReachCommand.self, summary: "Whom an actor can reach (or who can reach it), level by level.",
        command: "channels reach ACTOR",
        parameters: [
            .argument("actor", "The actor: id, name or alias.", example: "qatar-pm"),
            .option("hops", .integer, "Stop at this many hops.", minimum: 0, maximum: 1_000_000),
            .flag("backward", "Who can reach the actor, rather than whom it can reach."),
        ] + constraints,
        response: JSONSchema.object([
            ("actor", JSONSchema.actorReference), ("direction", JSONSchema.string), ("reached", JSONSchema.integer),
            ("levels", JSONSchema.array(JSONSchema.object([("hops", JSONSchema.integer), ("actors", JSONSchema.array(JSONSchema.any))]))),
        ]))

    static let centrality = APIEndpoint(
        "centrality", CentralityCommand.self, summary: "Who is central: betweenness, closeness, eigenvector, PageRank and more.",
        command: "channels centrality",
        parameters: [
            .option("metric", .string, "The measure, or all for every actor measure.",
                    choices: ["all"] + CentralityMetric.allCases.map(\.rawValue)),
            .option("top", .integer, "Only the N highest-ranked actors.", minimum: 1, maximum: 1_000_000),
            .option("kind", .string, "Only actors of this kind (the graph is not changed)."),
            .option("side", .string, "Only actors of this side (the graph is not changed)."),
            .flag("normalized", "Scale degree and betweenness as NetworkX's normalized values."),
            .flag("weighted", "Use channel weights."),
            .flag("endpoints", "Betweenness: count the endpoints of each route."),
            .option("sample", .integer, "Betweenness: approximate from this many sampled source actors.", minimum: 1, maximum: 1_000_000_000),
            .option("seed", .integer, "Seed for sample.", minimum: 0, maximum: 1_000_000_000),
            .option("alpha", .number, "PageRank damping factor; Katz attenuation.", minimum: 0, maximum: 1),
            .repeated("personalize", "PageRank: teleport only to these actors (repeatable)."),
            .option("over", .string, "Compute per step of time.", choices: ["day", "week", "month"]),
            .option("window", .integer, "With over: each step covers the channels of this many steps, up to its own.", minimum: 1, maximum: 10_000),
            .flag("cumulative", "With over: each step covers every channel up to its end."),
        ] + constraints,
        response: JSONSchema.oneOf([
            JSONSchema.object([("graph", JSONSchema.nullable(JSONSchema.string)), ("metrics", JSONSchema.array(JSONSchema.string)),
                               ("normalized", JSONSchema.boolean), ("actors", JSONSchema.array(JSONSchema.any))]),
            JSONSchema.object([("graph", JSONSchema.nullable(JSONSchema.string)), ("metric", JSONSchema.string),
                               ("normalized", JSONSchema.boolean), ("channels", JSONSchema.array(JSONSchema.any))]),
            JSONSchema.object([("graph", JSONSchema.nullable(JSONSchema.string)), ("metrics", JSONSchema.array(JSONSchema.string)),
                               ("over", JSONSchema.string), ("steps", JSONSchema.array(JSONSchema.any))]),
        ]))

    static let brokers = APIEndpoint(
        "brokers", BrokersCommand.self, summary: "Brokerage roles by group (Gould–Fernandez), or the intermediaries between two actors.",
        command: "channels brokers [FROM TO]",
        parameters: [
            .argument("from", "With to: the first actor, for the intermediaries between the two.", required: false),
            .argument("to", "With from: the second actor.", required: false),
            .option("by", .string, "Group actors by this attribute for roles: side, kind, or any free attribute."),
            .option("k", .integer, "With two actors: shares among the k best loopless routes.", minimum: 1, maximum: Double(PathCommand.maximumK)),
            .option("top", .integer, "Only the N highest-ranked actors.", minimum: 1, maximum: 1_000_000),
        ] + constraints,
        response: JSONSchema.oneOf([
            JSONSchema.object([("graph", JSONSchema.nullable(JSONSchema.string)), ("by", JSONSchema.string), ("actors", JSONSchema.array(JSONSchema.any))]),
            JSONSchema.object([("from", JSONSchema.actorReference), ("to", JSONSchema.actorReference), ("intermediaries", JSONSchema.array(JSONSchema.any))]),
        ]))

    static let cut = APIEndpoint(
        "cut", CutCommand.self, summary: "Who is indispensable between two actors: a minimum vertex cut and the dominators.",
        command: "channels cut FROM TO",
        parameters: [.argument("from", "The first actor.", example: "biden"), .argument("to", "The second actor.", example: "hamas")] + constraints,
        response: JSONSchema.object([
            ("from", JSONSchema.actorReference), ("to", JSONSchema.actorReference), ("connected", JSONSchema.boolean),
            ("adjacent", JSONSchema.boolean), ("cut", JSONSchema.any),
        ]))

    static let components = APIEndpoint(
        "components", ComponentsCommand.self, summary: "Connected components, articulation points and bridges.",
        command: "channels components",
        parameters: [.flag("strong", "Strongly connected components instead of weak ones.")] + constraints,
        response: JSONSchema.object([
            ("graph", JSONSchema.nullable(JSONSchema.string)), ("kind", JSONSchema.string), ("count", JSONSchema.integer),
            ("components", JSONSchema.array(JSONSchema.any)), ("articulation_points", JSONSchema.array(JSONSchema.any)),
            ("bridges", JSONSchema.array(JSONSchema.any)),
        ]))

    static let timeline = APIEndpoint(
        "timeline", TimelineCommand.self, summary: "The channels in date order, grouped by the day each starts.",
        command: "channels timeline",
        parameters: [
            .repeated("actor", "Only channels of this actor (repeatable: of any of them)."),
            .repeated("side", "Only channels with an actor of this side (repeatable)."),
            .repeated("kind", "Only channels of these kinds (comma-separated, repeatable)."),
            .pair("between", .date, "Only channels active on some day between two dates: between=2023-11-01,2023-11-20."),
        ],
        response: JSONSchema.object([
            ("graph", JSONSchema.nullable(JSONSchema.string)), ("dated", JSONSchema.array(JSONSchema.any)), ("undated", JSONSchema.array(JSONSchema.any)),
        ]))

    static let whatIf = APIEndpoint(
        "whatif", WhatIfCommand.self, summary: "What changes if actors, sides, channels or kinds are removed.",
        command: "channels whatif",
        parameters: [
            .repeated("remove", "Remove this actor and its channels (repeatable)."),
            .repeated("remove-side", "Remove every actor of this side (repeatable)."),
            .repeated("remove-channel", "Remove this channel, by id (repeatable)."),
            .repeated("remove-kind", "Remove every channel, or every actor, of these kinds (repeatable)."),
            .pair("pair", .string, "Ask about routes from A to B: pair=A,B (repeatable).", repeatable: true),
            .option("top", .integer, "List at most this many broker ranking shifts per measure.", minimum: 1, maximum: 10_000),
            .flag("no-brokers", "Skip the broker rankings."),
        ] + constraints,
        response: JSONSchema.object([
            ("graph", JSONSchema.nullable(JSONSchema.string)), ("removed", JSONSchema.any), ("pairs", JSONSchema.array(JSONSchema.any)),
            ("brokers", JSONSchema.any), ("articulation_points", JSONSchema.any), ("components", JSONSchema.any),
        ]))

    /// `/api/diff`, handled apart because it reads two graphs.
    static let diff = APIEndpoint(
        "diff", summary: "What changed from one served graph to another: actors, channels, brokers, routes.",
        command: "channels diff OLD NEW",
        parameters: [
            .argument("old", "The earlier graph: a served graph's name.", example: "hostage-deal-2023"),
            .argument("new", "The later graph: a served graph's name.", example: "ceasefire-talks-2024"),
            .option("top", .integer, "List at most this many broker ranking shifts per measure.", minimum: 1, maximum: 10_000),
            .flag("no-brokers", "Skip the broker rankings."),
        ],
        response: JSONSchema.object([
            ("old", JSONSchema.any), ("new", JSONSchema.any), ("same", JSONSchema.boolean), ("actors", JSONSchema.any), ("channels", JSONSchema.any),
        ]))
}
