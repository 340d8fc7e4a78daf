public import OrderedCollections

/// A party to the communication: a person, a state, an agency, an armed group, a forum…
public struct Actor: Hashable, Sendable {
    /// A stable id, unique in its graph.
    public var id: String
    /// The display name.
    public var name: String
    public var kind: ActorKind
    /// The side or affiliation (`us`, `israel`, `qatar`, …), if any.
    public var side: String?
    /// A role or title ("Director of the CIA").
    public var role: String?
    /// Other names in any script: spellings, transliterations, translations, misspellings.
    public var aliases: [String]
    /// Names for which this actor wins when several actors match.
    public var defaultFor: [String]
    public var attributes: OrderedDictionary<String, AttributeValue>
    public var cites: [Citation]
    public var note: String?

    public init(
        id: String,
        name: String? = nil,
        kind: ActorKind = .other,
        side: String? = nil,
        role: String? = nil,
        aliases: [String] = [],
        defaultFor: [String] = [],
        attributes: OrderedDictionary<String, AttributeValue> = [:],
        cites: [Citation] = [],
        note: String? = nil
    ) {
        self.id = id
        self.name = name ?? id
        self.kind = kind
        self.side = side
        self.role = role
        self.aliases = aliases
        self.defaultFor = defaultFor
        self.attributes = attributes
        self.cites = cites
        self.note = note
    }
}
