import ChannelsCore
import ChannelsModel
import Testing

/// Hand-made cases where time changes the answer.
struct TimeRespectingRouteTests {
    /// a—b on Nov 12, b—t on Nov 10: the static route a-b-t is 2 hops but not time-respecting; the
    /// detour a—c (Nov 12), c—d (Nov 13), d—t (Nov 14) is longer but feasible.
    let graph = TestGraphs.graph(["a", "b", "c", "d", "t"], [
        e("a", "b", date: "2023-11-12"),
        e("b", "t", date: "2023-11-10"),
        e("a", "c", date: "2023-11-12"),
        e("c", "d", date: "2023-11-13"),
        e("d", "t", date: "2023-11-14"),
    ])

    func answer(_ mode: PathQuery.Mode, in graph: ChannelGraph? = nil, undated: UndatedPolicy = .always) -> PathAnswer {
        let graph = graph ?? self.graph
        var query = PathQuery(source: 0, target: graph.actors.count - 1)
        query.mode = mode
        query.filter.undated = undated
        return PathFinder(GraphSnapshot(graph)).answer(query)
    }

    @Test func theStaticShortestRouteIgnoresTime() throws {
        let answer = answer(.shortest)
        #expect(try TestGraphs.names(#require(answer.routes.first?.route), in: graph) == ["a", "b", "t"])
    }

    @Test func earliestArrivalTakesTheLongerFeasibleRoute() throws {
        let route = try #require(answer(.earliestArrival(after: TestGraphs.day("2023-11-01"), before: nil)).routes.first?.route)
        #expect(TestGraphs.names(route, in: graph) == ["a", "c", "d", "t"])
        #expect(route.days == [TestGraphs.day("2023-11-12"), TestGraphs.day("2023-11-13"), TestGraphs.day("2023-11-14")])
    }

    @Test func aLateStartLeavesNoRouteAndSaysTimeIsTheReason() {
        let late = answer(.earliestArrival(after: TestGraphs.day("2023-11-13"), before: nil))
        #expect(late.routes.isEmpty)
        #expect(late.reason == .noTimeRespectingRoute)
    }

    @Test func aDeadlineBeforeTheLastHopLeavesNoRoute() {
        let early = answer(.earliestArrival(after: TestGraphs.day("2023-11-01"), before: TestGraphs.day("2023-11-13")))
        #expect(early.routes.isEmpty)
    }

    @Test func latestDepartureLeavesAsLateAsPossible() throws {
        // Two feasible routes: a—c (Nov 12) c—d (Nov 13) d—t (Nov 14), and a—x (Nov 5) x—t (Nov 6).
        let graph = TestGraphs.graph(["a", "c", "d", "x", "t"], [
            e("a", "c", date: "2023-11-12"), e("c", "d", date: "2023-11-13"), e("d", "t", date: "2023-11-14"),
            e("a", "x", date: "2023-11-05"), e("x", "t", date: "2023-11-06"),
        ])
        let byFifteenth = try #require(answer(.latestDeparture(before: TestGraphs.day("2023-11-15")), in: graph).routes.first?.route)
        #expect(TestGraphs.names(byFifteenth, in: graph) == ["a", "c", "d", "t"])
        #expect(byFifteenth.days.first == TestGraphs.day("2023-11-12"))
        let byTenth = try #require(answer(.latestDeparture(before: TestGraphs.day("2023-11-10")), in: graph).routes.first?.route)
        #expect(TestGraphs.names(byTenth, in: graph) == ["a", "x", "t"])
        #expect(byTenth.days == [TestGraphs.day("2023-11-05"), TestGraphs.day("2023-11-06")])
    }

    @Test func standingChannelsCanBeUsedOnAnyDayOfTheirInterval() throws {
        // The message reaches b on Nov 12; the standing channel b—t is open Oct 20 .. Nov 30.
        let graph = TestGraphs.graph(["a", "b", "t"], [
            e("a", "b", .message, date: "2023-11-12"),
            e("b", "t", .standingChannel, from: "2023-10-20", until: "2023-11-30"),
        ])
        let route = try #require(answer(.earliestArrival(after: TestGraphs.day("2023-11-01"), before: nil), in: graph).routes.first?.route)
        #expect(route.days == [TestGraphs.day("2023-11-12"), TestGraphs.day("2023-11-12")])
        let closed = answer(.earliestArrival(after: TestGraphs.day("2023-12-01"), before: nil), in: graph)
        #expect(closed.routes.isEmpty)
    }

    /// Open-ended intervals (only `until`, only `from`) in both directions of time: the latest departure
    /// searches on reversed days, where an open start becomes an open end.
    @Test func openEndedIntervalsWorkBothWays() throws {
        let graph = TestGraphs.graph(["a", "b", "t"], [
            e("a", "b", .standingChannel, until: "2023-11-20"),
            e("b", "t", .standingChannel, from: "2023-11-10"),
        ])
        let earliest = try #require(answer(.earliestArrival(after: TestGraphs.day("2023-11-01"), before: nil), in: graph).routes.first?.route)
        #expect(earliest.days == [TestGraphs.day("2023-11-01"), TestGraphs.day("2023-11-10")])
        let latest = try #require(answer(.latestDeparture(before: TestGraphs.day("2023-12-01")), in: graph).routes.first?.route)
        #expect(latest.days == [TestGraphs.day("2023-11-20"), TestGraphs.day("2023-12-01")])
        #expect(answer(.latestDeparture(before: TestGraphs.day("2023-11-05")), in: graph).routes.isEmpty)
    }

    @Test func aMonthDatedChannelIsUsableOnAnyDayOfTheMonth() throws {
        let graph = TestGraphs.graph(["a", "b", "t"], [e("a", "b", date: "2023-11-20"), e("b", "t", date: "2023-11")])
        let route = try #require(answer(.earliestArrival(after: TestGraphs.day("2023-11-01"), before: nil), in: graph).routes.first?.route)
        #expect(route.days == [TestGraphs.day("2023-11-20"), TestGraphs.day("2023-11-20")])
    }

    @Test func undatedChannelsFollowThePolicy() throws {
        let graph = TestGraphs.graph(["a", "b", "t"], [e("a", "b", date: "2023-11-12"), e("b", "t")])
        let always = try #require(answer(.earliestArrival(after: TestGraphs.day("2023-11-01"), before: nil), in: graph).routes.first?.route)
        #expect(always.days == [TestGraphs.day("2023-11-12"), TestGraphs.day("2023-11-12")])
        let ignored = answer(.earliestArrival(after: TestGraphs.day("2023-11-01"), before: nil), in: graph, undated: .ignore)
        #expect(ignored.routes.isEmpty)
    }

    @Test func directedMessagesAreWalkedForwardOnly() {
        let graph = TestGraphs.graph(["t", "a"], [e("t", "a", .message, date: "2023-11-12")])
        var query = PathQuery(source: 1, target: 0)
        query.mode = .earliestArrival(after: TestGraphs.day("2023-11-01"), before: nil)
        #expect(PathFinder(GraphSnapshot(graph)).answer(query).routes.isEmpty)
        query.mode = .shortest
        #expect(PathFinder(GraphSnapshot(graph)).answer(query).routes.isEmpty)
    }

    @Test func amongEqualArrivalsTheFewestHopsWin() throws {
        let graph = TestGraphs.graph(["a", "b", "c", "t"], [
            e("a", "b", date: "2023-11-12"), e("b", "c", date: "2023-11-12"), e("c", "t", date: "2023-11-12"),
            e("a", "t", date: "2023-11-12"),
        ])
        let route = try #require(answer(.earliestArrival(after: TestGraphs.day("2023-11-01"), before: nil), in: graph).routes.first?.route)
        #expect(TestGraphs.names(route, in: graph) == ["a", "t"])
    }
}
