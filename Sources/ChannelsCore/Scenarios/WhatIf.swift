/// A graph before and after a ``Removal``: two views of one snapshot, and the comparisons an analyst asks
/// for (routes between pairs, broker rankings, articulation points, components).
///
///     let whatIf = WhatIf(snapshot.view(.none), removing: Removal(sides: ["qatar"]))
///     let outcome = whatIf.pairs([PairQuestion(from: biden, to: hamas)], finder: PathFinder(snapshot))[0]
///     outcome.change   // .longer: through Cairo
public struct WhatIf: Sendable {
    /// The graph as the query's filter shows it.
    public let before: GraphView
    /// The same, without what was removed.
    public let after: GraphView
    /// The actors removed (named, or by side or kind), sorted; only those the filter let through.
    public let removedNodes: [Int32]
    /// The channels removed by id or kind, sorted; only those the filter let through, and not those that
    /// go only with an actor.
    public let removedEdges: [Int32]

    /// - Precondition: every node and edge the removal names belongs to the view's snapshot.
    /// - Complexity: that of ``GraphView/removing(_:)``, once.
    public init(_ view: GraphView, removing removal: Removal) {
        let nodes = view.snapshot.removedNodes(removal), edges = view.snapshot.removedEdges(removal)
        before = view
        after = view.removing(nodes: nodes, edges: edges)
        removedNodes = nodes.filter { view.allowsNode(Int($0)) }
        removedEdges = edges.filter { view.allowsEdge(Int($0)) }
    }

    /// Each question answered before and after, in order.
    ///
    /// One actor to one actor gets the route `channels path` gives (``PathFinder/preferredRoute(from:to:in:)``);
    /// a group end gets a fewest-hops route from any member to any member.
    ///
    /// - Precondition: `finder` works on this what-if's snapshot.
    /// - Complexity: two searches per question (bidirectional for two actors, O(*n* + *m*) for groups).
    public func pairs(_ questions: [PairQuestion], finder: PathFinder) -> [PairOutcome] {
        questions.map { question in
            let old = route(question, in: before, finder: finder)
            let endRemoved = [question.from, question.to].contains { (end: [Int32]) in !end.contains { after.allowsNode(Int($0)) } }
            let new = endRemoved ? nil : route(question, in: after, finder: finder)
            return PairOutcome(question: question, before: old, after: new,
                               change: Self.change(before: old, after: new, endRemoved: endRemoved))
        }
    }

    private func route(_ question: PairQuestion, in view: GraphView, finder: PathFinder) -> FoundRoute? {
        if question.from.count == 1 && question.to.count == 1 {
            let source = Int(question.from[0]), target = Int(question.to[0])
            guard view.allowsNode(source) && view.allowsNode(target) else { return nil }
            return finder.preferredRoute(from: source, to: target, in: view)
        }
        return finder.shortestRoute(fromAnyOf: question.from, toAnyOf: question.to, in: view)
    }

    private static func change(before: FoundRoute?, after: FoundRoute?, endRemoved: Bool) -> PairChange {
        guard let before else { return .unconnected }
        if endRemoved { return .endpointRemoved }
        guard let after else { return .lost }
        if after.route.hops > before.route.hops { return .longer }
        return after.route.nodes == before.route.nodes && after.route.edges == before.route.edges ? .unchanged : .rerouted
    }

    /// Actors that become articulation points (their removal would now split their component) and actors
    /// that stop being one, both sorted; removed actors are in neither.
    ///
    /// - Complexity: two cut-vertex searches, O(*n* + *m*) each.
    public func articulationChanges() -> (gained: [Int32], lost: [Int32]) {
        let old = Set(before.cutStructure().articulationPoints), new = Set(after.cutStructure().articulationPoints)
        let removed = Set(removedNodes)
        return (new.subtracting(old).sorted(), old.subtracting(new).subtracting(removed).sorted())
    }

    /// The number of weak components before and after, and the components whose remaining actors fall
    /// apart, each with its parts after the removal (largest first, then by smallest actor), in order of
    /// the component's smallest actor. A component whose actors are all removed is not split.
    ///
    /// - Complexity: two union–find passes, O(*n* + *m* α(*n*)).
    public func componentChange() -> ComponentChange {
        let old = before.weakComponents(), new = after.weakComponents()
        let splits: [ComponentSplit] = old.groups.compactMap { members in
            var parts: [Int32: [Int32]] = [:]
            for node in members where new.membership[Int(node)] >= 0 { parts[new.membership[Int(node)], default: []].append(node) }
            guard parts.count > 1 else { return nil }
            let sorted = parts.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
            return ComponentSplit(members: members, parts: sorted)
        }
        return ComponentChange(before: old.count, after: new.count, splits: splits)
    }
}

/// How the weak components change.
public struct ComponentChange: Hashable, Sendable {
    public let before: Int
    public let after: Int
    public let splits: [ComponentSplit]
}

/// A component that a removal splits.
public struct ComponentSplit: Hashable, Sendable {
    /// Every actor of the component before, removed ones included, sorted.
    public let members: [Int32]
    /// Its remaining actors, by the component they are in after; each part sorted.
    public let parts: [[Int32]]
}
