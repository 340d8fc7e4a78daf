/// The kind of an actor: a word from a documented vocabulary, which a graph file may extend.
///
/// The built-in vocabulary is ``ActorKind/builtIn``; see `docs/graph-format.md`.
public struct ActorKind: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public static let person = ActorKind("person")
    public static let state = ActorKind("state")
    public static let governmentBody = ActorKind("government-body")
    public static let intelligenceAgency = ActorKind("intelligence-agency")
    public static let armedGroup = ActorKind("armed-group")
    public static let forum = ActorKind("forum")
    public static let group = ActorKind("group")
    public static let organization = ActorKind("organization")
    public static let other = ActorKind("other")

    /// The built-in kinds, each with its meaning.
    public static let builtIn: [KindDefinition] = [
        KindDefinition(id: "person", description: "A named individual."),
        KindDefinition(id: "state", description: "A state acting as a whole."),
        KindDefinition(id: "government-body", description: "A government, ministry, office or council."),
        KindDefinition(id: "intelligence-agency", description: "An intelligence service."),
        KindDefinition(id: "armed-group", description: "An armed group or political movement, or one of its bodies."),
        KindDefinition(id: "forum", description: "A multi-party body: a negotiation cell, a war cabinet, a summit."),
        KindDefinition(id: "group", description: "A group of people who are not an organisation."),
        KindDefinition(id: "organization", description: "Any other organisation."),
        KindDefinition(id: "other", description: "Anything else."),
    ]

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { rawValue }
}

/// The kind of a channel: a word from a documented vocabulary, which a graph file may extend.
///
/// Each kind has a default direction: messages are directed, every other built-in kind is two-way.
public struct ChannelKind: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public static let call = ChannelKind("call")
    public static let videoCall = ChannelKind("video-call")
    public static let meeting = ChannelKind("meeting")
    public static let message = ChannelKind("message")
    public static let standingChannel = ChannelKind("standing-channel")
    public static let membership = ChannelKind("membership")
    public static let command = ChannelKind("command")
    public static let other = ChannelKind("other")

    /// The built-in kinds, each with its default direction and meaning.
    public static let builtIn: [KindDefinition] = [
        KindDefinition(id: "call", directed: false, description: "A telephone call."),
        KindDefinition(id: "video-call", directed: false, description: "A video call."),
        KindDefinition(id: "meeting", directed: false, description: "A meeting in person."),
        KindDefinition(id: "message", directed: true, description: "A message or relay sent from source to target."),
        KindDefinition(id: "standing-channel", directed: false, description: "A line of contact open over an interval."),
        KindDefinition(id: "membership", directed: false, description: "Source is a member of the forum or organisation target."),
        KindDefinition(id: "command", directed: false, description: "Source directs, commands or employs target."),
        KindDefinition(id: "other", directed: false, description: "Any other contact."),
    ]

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { rawValue }
}

/// One word of a kind vocabulary: built in, or declared in a graph file's `kinds:` section.
public struct KindDefinition: Hashable, Sendable {
    public var id: String
    /// For channel kinds: whether channels of this kind are directed unless they say otherwise.
    public var directed: Bool?
    public var description: String?

    public init(id: String, directed: Bool? = nil, description: String? = nil) {
        self.id = id
        self.directed = directed
        self.description = description
    }
}

/// The kinds a graph may use: the built-in ones followed by those the graph declares.
public struct KindVocabulary: Hashable, Sendable {
    public let actorKinds: [KindDefinition]
    public let channelKinds: [KindDefinition]

    /// - Parameters:
    ///   - declaredActorKinds: Kinds a graph file adds to ``ActorKind/builtIn``.
    ///   - declaredChannelKinds: Kinds a graph file adds to ``ChannelKind/builtIn``.
    public init(declaredActorKinds: [KindDefinition] = [], declaredChannelKinds: [KindDefinition] = []) {
        actorKinds = Self.merge(ActorKind.builtIn, declaredActorKinds)
        channelKinds = Self.merge(ChannelKind.builtIn, declaredChannelKinds)
    }

    public func isKnown(_ kind: ActorKind) -> Bool { actorKinds.contains { $0.id == kind.rawValue } }
    public func isKnown(_ kind: ChannelKind) -> Bool { channelKinds.contains { $0.id == kind.rawValue } }

    /// Whether channels of `kind` are directed when they do not say; two-way for unknown kinds.
    public func isDirectedByDefault(_ kind: ChannelKind) -> Bool {
        channelKinds.first { $0.id == kind.rawValue }?.directed ?? false
    }

    /// A declared kind replaces a built-in one of the same id (to change its default direction).
    private static func merge(_ builtIn: [KindDefinition], _ declared: [KindDefinition]) -> [KindDefinition] {
        var merged = builtIn
        for kind in declared {
            if let index = merged.firstIndex(where: { $0.id == kind.id }) {
                merged[index] = kind
            } else {
                merged.append(kind)
            }
        }
        return merged
    }
}
