/// What a what-if scenario takes out of a graph: actors, channels, every actor of a side or of a kind,
/// every channel of a kind. Removing an actor removes its channels with it.
///
/// A removal is plain data; ``GraphView/removing(_:)`` turns it into masks over the same snapshot.
public struct Removal: Hashable, Sendable {
    public var nodes: Set<Int32>
    public var edges: Set<Int32>
    /// Every actor of these sides.
    public var sides: Set<String>
    /// Every actor of these kinds.
    public var actorKinds: Set<String>
    /// Every channel of these kinds.
    public var channelKinds: Set<String>

    public init(
        nodes: Set<Int32> = [], edges: Set<Int32> = [], sides: Set<String> = [], actorKinds: Set<String> = [],
        channelKinds: Set<String> = []
    ) {
        self.nodes = nodes
        self.edges = edges
        self.sides = sides
        self.actorKinds = actorKinds
        self.channelKinds = channelKinds
    }

    public var isEmpty: Bool {
        nodes.isEmpty && edges.isEmpty && sides.isEmpty && actorKinds.isEmpty && channelKinds.isEmpty
    }
}

extension GraphSnapshot {
    /// The nodes `removal` takes out, named or by side or kind, sorted.
    ///
    /// - Precondition: every node named is a node of the snapshot.
    /// - Complexity: O(*n*) when sides or kinds are named, else O(*r* log *r*) for *r* named nodes.
    public func removedNodes(_ removal: Removal) -> [Int32] {
        for node in removal.nodes { checkNode(Int(node)) }
        let sideCodes = codes(of: removal.sides, in: sideNames)
        let kindCodes = codes(of: removal.actorKinds, in: actorKindNames)
        guard !sideCodes.isEmpty || !kindCodes.isEmpty else { return removal.nodes.sorted() }
        return (0..<nodeCount).filter { node in
            removal.nodes.contains(Int32(node))
                || (!nodeSides.isEmpty && sideCodes.contains(nodeSides[node]))
                || (!nodeKinds.isEmpty && kindCodes.contains(nodeKinds[node]))
        }.map(Int32.init)
    }

    /// The channels `removal` takes out by id or kind, sorted; not those that go only because an
    /// endpoint does.
    ///
    /// - Precondition: every edge named is an edge of the snapshot.
    /// - Complexity: O(*m*) when kinds are named, else O(*r* log *r*) for *r* named edges.
    public func removedEdges(_ removal: Removal) -> [Int32] {
        for edge in removal.edges { checkEdge(Int(edge)) }
        let kindCodes = codes(of: removal.channelKinds, in: channelKindNames)
        guard !kindCodes.isEmpty, !edgeKinds.isEmpty else { return removal.edges.sorted() }
        return (0..<edgeCount).filter { edge in
            removal.edges.contains(Int32(edge)) || kindCodes.contains(edgeKinds[edge])
        }.map(Int32.init)
    }

    private func codes(of names: Set<String>, in vocabulary: [String]) -> Set<UInt16> {
        Set(vocabulary.indices.filter { names.contains(vocabulary[$0]) }.map { UInt16($0) })
    }
}

extension GraphView {
    /// This view without what `removal` takes out: more masks on the same snapshot, never a copy.
    ///
    /// - Complexity: O(*n* / 64 + *m* / 64) for the masks, plus the work of ``GraphSnapshot/removedNodes(_:)``
    ///   and ``GraphSnapshot/removedEdges(_:)``.
    public func removing(_ removal: Removal) -> GraphView {
        removing(nodes: snapshot.removedNodes(removal), edges: snapshot.removedEdges(removal))
    }

    /// This view without `nodes` (and their channels) and `edges`.
    ///
    /// - Precondition: every node and edge belongs to the snapshot.
    /// - Complexity: O(*n* / 64 + *m* / 64) plus the nodes and edges removed.
    public func removing(nodes: [Int32], edges: [Int32]) -> GraphView {
        var view = self
        if !nodes.isEmpty { view = view.removingNodes(nodes) }
        if !edges.isEmpty { view = view.removingEdges(edges) }
        return view
    }
}
