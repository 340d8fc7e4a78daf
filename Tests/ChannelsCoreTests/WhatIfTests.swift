@testable import ChannelsCore
import ChannelsModel
import Testing

/// What-if comparisons on hand-made graphs, expected values worked out by hand.
struct WhatIfTests {
    /// a – b – c, and a longer way a – d – e – c.
    static let detour = TestGraphs.graph(["a", "b", "c", "d", "e"], [e("a", "b"), e("b", "c"), e("a", "d"), e("d", "e"), e("e", "c")])

    static func node(_ id: String, in graph: ChannelGraph) -> Int32 {
        Int32(graph.actors.firstIndex { $0.id == id } ?? -1)
    }

    static func outcome(_ graph: ChannelGraph, removing removal: Removal, from: String, to: String) -> PairOutcome {
        let snapshot = GraphSnapshot(graph)
        let whatIf = WhatIf(GraphView(snapshot), removing: removal)
        let question = PairQuestion(from: Int(node(from, in: graph)), to: Int(node(to, in: graph)))
        return whatIf.pairs([question], finder: PathFinder(snapshot))[0]
    }

    @Test func removingOneActorOnlyLengthensTheRoute() throws {
        let graph = Self.detour
        let outcome = Self.outcome(graph, removing: Removal(nodes: [Self.node("b", in: graph)]), from: "a", to: "c")
        #expect(outcome.change == .longer)
        #expect(TestGraphs.names(try #require(outcome.before).route, in: graph) == ["a", "b", "c"])
        #expect(TestGraphs.names(try #require(outcome.after).route, in: graph) == ["a", "d", "e", "c"])
    }

    @Test func removingBothWaysDisconnectsThePair() {
        let graph = Self.detour
        let removal = Removal(nodes: [Self.node("b", in: graph), Self.node("e", in: graph)])
        let outcome = Self.outcome(graph, removing: removal, from: "a", to: "c")
        #expect(outcome.change == .lost)
        #expect(outcome.before?.route.hops == 2)
        #expect(outcome.after == nil)
    }

    @Test func removingAChannelReroutesOrLengthens() {
        let graph = TestGraphs.graph(["a", "b", "c"], [e("a", "b", id: "x"), e("a", "b", id: "y"), e("b", "c", id: "z"), e("a", "c", .meeting, id: "w")])
        let byKind = Self.outcome(graph, removing: Removal(channelKinds: ["meeting"]), from: "a", to: "c")
        #expect(byKind.change == .longer)
        #expect(byKind.after?.route.hops == 2)
        // Two parallel channels a–b: removing one leaves the route, over the other.
        let snapshot = GraphSnapshot(graph)
        let whatIf = WhatIf(GraphView(snapshot), removing: Removal(edges: [0]))
        let outcome = whatIf.pairs([PairQuestion(from: 0, to: 1)], finder: PathFinder(snapshot))[0]
        #expect(outcome.change == .rerouted)
        #expect(outcome.after?.route.edges == [1])
        #expect(whatIf.removedEdges == [0])
    }

    @Test func removingAnEndpointIsSaidSoAndAPairNeverConnectedStaysSo() {
        let graph = TestGraphs.graph(["a", "b", "c", "z"], [e("a", "b"), e("b", "c")])
        let endpoint = Self.outcome(graph, removing: Removal(nodes: [2]), from: "a", to: "c")
        #expect(endpoint.change == .endpointRemoved)
        let never = Self.outcome(graph, removing: Removal(nodes: [1]), from: "a", to: "z")
        #expect(never.change == .unconnected)
        let same = Self.outcome(graph, removing: Removal(nodes: [3]), from: "a", to: "c")
        #expect(same.change == .unchanged)
    }

    /// The cycle a–b–c–d–a with a tail d–e: only d is an articulation point. Without the channel a–b the
    /// rest is the chain b–c–d–a plus d–e, where c and d are (a and b are leaves).
    @Test func removingAChannelCreatesArticulationPoints() {
        let graph = TestGraphs.graph(["a", "b", "c", "d", "e"], [e("a", "b"), e("b", "c"), e("c", "d"), e("d", "a"), e("d", "e")])
        let whatIf = WhatIf(GraphView(GraphSnapshot(graph)), removing: Removal(edges: [0]))
        let changes = whatIf.articulationChanges()
        #expect(changes.gained == [2])
        #expect(changes.lost.isEmpty)
        let components = whatIf.componentChange()
        #expect(components.before == 1 && components.after == 1 && components.splits.isEmpty)
    }

    /// Removing the hub of a star splits it into its leaves; a removed articulation point is not listed
    /// as lost, but one whose role goes away is.
    @Test func removingAHubSplitsItsComponent() {
        let graph = TestGraphs.graph(["hub", "a", "b", "c", "x", "y"], [e("hub", "a"), e("hub", "b"), e("b", "c"), e("x", "y")])
        let whatIf = WhatIf(GraphView(GraphSnapshot(graph)), removing: Removal(nodes: [0]))
        let components = whatIf.componentChange()
        #expect(components.before == 2 && components.after == 3)
        #expect(components.splits == [ComponentSplit(members: [0, 1, 2, 3], parts: [[2, 3], [1]])])
        let changes = whatIf.articulationChanges()
        #expect(changes.gained.isEmpty)
        #expect(changes.lost == [2])
    }

    @Test func sidesAreRemovedAndAskedAboutAsGroups() throws {
        let sides = ["u": "west", "v": "west", "m1": "mid", "m2": "mid", "h": "east"]
        let graph = TestGraphs.graph(["u", "v", "m1", "m2", "h"], [e("u", "m1"), e("m1", "h"), e("v", "m2"), e("m2", "h"), e("u", "v")], sides: sides)
        let snapshot = GraphSnapshot(graph)
        let west: [Int32] = [0, 1], east: [Int32] = [4]
        let withoutM1 = WhatIf(GraphView(snapshot), removing: Removal(nodes: [2]))
        let rerouted = withoutM1.pairs([PairQuestion(from: west, to: east)], finder: PathFinder(snapshot))[0]
        #expect(rerouted.change == .rerouted)
        #expect(TestGraphs.names(try #require(rerouted.after).route, in: graph) == ["v", "m2", "h"])
        let withoutMid = WhatIf(GraphView(snapshot), removing: Removal(sides: ["mid"]))
        #expect(withoutMid.removedNodes == [2, 3])
        #expect(withoutMid.pairs([PairQuestion(from: west, to: east)], finder: PathFinder(snapshot))[0].change == .lost)
        #expect(withoutMid.pairs([PairQuestion(from: [2, 3], to: east)], finder: PathFinder(snapshot))[0].change == .endpointRemoved)
    }

    @Test func filtersApplyBeforeAndAfter() {
        let graph = TestGraphs.graph(["a", "b", "c"], [e("a", "b", .membership), e("b", "c"), e("a", "c", .meeting)])
        let snapshot = GraphSnapshot(graph)
        let view = snapshot.view(ChannelFilter(exceptKinds: ["membership"]))
        let whatIf = WhatIf(view, removing: Removal(channelKinds: ["meeting", "membership"]))
        #expect(whatIf.removedEdges == [2], "a channel the filter already hides is not counted as removed")
        #expect(whatIf.pairs([PairQuestion(from: 0, to: 2)], finder: PathFinder(snapshot))[0].change == .lost)
    }

    @Test func competitionRanksShareTiesAndSkip() {
        #expect(Ranking.competitionRanks([3, 1, 3, 0, 5], included: { _ in true }) == [2, 4, 2, 5, 1])
        #expect(Ranking.competitionRanks([3, 1, 3.000000000001], included: { $0 != 1 }) == [1, nil, 1])
        let shifts = Ranking.shifts(before: [5, 4, 1, 0], after: [0, 4, 6, 0], includedBefore: { _ in true }, includedAfter: { $0 != 0 })
        #expect(shifts == [
            RankShift(node: 0, before: 5, after: nil, beforeRank: 1, afterRank: nil),
            RankShift(node: 2, before: 1, after: 6, beforeRank: 3, afterRank: 1),
            RankShift(node: 3, before: 0, after: 0, beforeRank: 4, afterRank: 3),
        ])
        #expect(shifts.map(\.node) == [0, 2, 3])
    }
}
