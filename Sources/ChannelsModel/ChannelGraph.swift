/// A typed channel graph: actors, the channels between them, and what describes them.
///
/// Channels refer to actors by index. The graph is a value: build it once (from a file, a generator or
/// code), then take a `GraphSnapshot` of it for queries.
public struct ChannelGraph: Equatable, Sendable {
    public var title: String?
    public var description: String?
    public var documents: [Document]
    public var sides: [Side]
    public var kinds: KindVocabulary
    /// Kinds the graph declares beyond the built-in ones, as written.
    public var declaredActorKinds: [KindDefinition]
    public var declaredChannelKinds: [KindDefinition]
    public let actors: [Actor]
    public let channels: [Channel]
    private let indexByID: [String: Int]

    /// Creates a graph. Actor ids must be unique and channel endpoints valid indices; readers check both
    /// before calling this.
    ///
    /// - Complexity: O(*n*) for *n* actors.
    public init(
        title: String? = nil,
        description: String? = nil,
        documents: [Document] = [],
        sides: [Side] = [],
        declaredActorKinds: [KindDefinition] = [],
        declaredChannelKinds: [KindDefinition] = [],
        actors: [Actor],
        channels: [Channel]
    ) {
        self.title = title
        self.description = description
        self.documents = documents
        self.sides = sides
        self.declaredActorKinds = declaredActorKinds
        self.declaredChannelKinds = declaredChannelKinds
        self.kinds = KindVocabulary(
            declaredActorKinds: declaredActorKinds, declaredChannelKinds: declaredChannelKinds)
        self.actors = actors
        self.channels = channels
        var index: [String: Int] = [:]
        index.reserveCapacity(actors.count)
        for (position, actor) in actors.enumerated() where index[actor.id] == nil {
            index[actor.id] = position
        }
        self.indexByID = index
    }

    /// The index of the actor with this exact id.
    ///
    /// - Complexity: O(1) on average.
    public func actorIndex(id: String) -> Int? { indexByID[id] }

    /// The side with this id, if the graph declares it.
    public func side(id: String) -> Side? { sides.first { $0.id == id } }

    /// Whether any channel is directed. A graph with none is undirected for normalisations.
    public var hasDirectedChannels: Bool { channels.contains { $0.directed } }
}
