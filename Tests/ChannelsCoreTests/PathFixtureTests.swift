@testable import ChannelsCore
import Foundation
import Testing

/// Distances, shortest-route counts, Yen's k shortest routes and all simple routes, against NetworkX on
/// 1000-node random graphs (Fixtures/paths, made by generate_path_fixtures.py).
struct PathFixtureTests {
    static let names = Fixture.names(in: "paths")

    @Test func everyPathFixtureIsPresent() {
        #expect(Self.names.count == 5)
    }

    @Test(arguments: names)
    func singleSourceDistances(name: String) throws {
        let fixture = try Fixture("paths", name)
        let single = try #require(fixture.json["single_source"] as? [String: Any])
        let source = try #require(single["source"] as? Int)
        let expected = (single["distance"] as? [Any] ?? []).map { ($0 as? NSNumber)?.doubleValue }
        if fixture.weighted {
            let costs = fixture.view.shortestDistances(from: source, cost: .weight).cost
            expectClose(costs.map { $0.isFinite ? $0 : .nan }, expected, "Dijkstra distances")
        } else {
            let tree = fixture.view.breadthFirst(from: source)
            expectClose(tree.distance.map { $0 < 0 ? .nan : Double($0) }, expected, "BFS distances")
            for target in 0..<fixture.n where tree.distance[target] >= 0 {
                let route = try #require(tree.route(to: target))
                #expect(route.hops == Int(tree.distance[target]))
            }
        }
    }

    @Test(arguments: names)
    func pairQueries(name: String) throws {
        let fixture = try Fixture("paths", name)
        let finder = PathFinder(fixture.snapshot)
        let cost: PathCost = fixture.weighted ? .weight : .hops
        let queries = try #require(fixture.json["queries"] as? [[String: Any]])
        for query in queries {
            let source = try #require(query["source"] as? Int), target = try #require(query["target"] as? Int)
            let distance = (query["distance"] as? NSNumber)?.doubleValue
            let label = "\(name) \(source)→\(target)"

            // The single cheapest route: its cost, and that it is a real route.
            let route = finder.cheapestRoute(from: source, to: target, cost: cost, in: fixture.view)
            #expect(route?.cost == distance, "\(label): cheapest cost")
            if let route { try expectValidRoute(route, source: source, target: target, fixture: fixture, label: label) }
            if !fixture.weighted {
                let bidirectional = finder.shortestRoute(from: source, to: target, in: fixture.view)
                #expect(bidirectional.map { Double($0.hops) } == distance, "\(label): bidirectional BFS")
            }

            // Every cheapest route, counted and listed.
            var all = PathQuery(source: source, target: target)
            all.cost = cost
            all.mode = .allShortest(limit: 100)
            let listing = finder.answer(all)
            let count = try #require(query["shortest_path_count"] as? Int)
            #expect((listing.cheapestCount ?? 0) == Double(count), "\(label): shortest route count")
            if let paths = query["shortest_paths"] as? [[Int]] {
                #expect(listing.routes.map { $0.route.nodes.map(Int.init) } == paths, "\(label): shortest routes")
            }

            // Yen's k shortest loopless routes.
            let expectedK = try #require(query["k_shortest"] as? [[String: Any]])
            let yen = finder.kShortestRoutes(from: source, to: target, k: 10, cost: cost, in: fixture.view).routes
            let expectedCosts = expectedK.compactMap { ($0["cost"] as? NSNumber)?.doubleValue }
            #expect(yen.map(\.cost) == expectedCosts, "\(label): k shortest costs")
            #expect(Set(yen.map(\.nodes)).count == yen.count, "\(label): k shortest routes are distinct")
            for found in yen { try expectValidRoute(found, source: source, target: target, fixture: fixture, label: label) }
            if let last = expectedCosts.last {
                let cheaper = Set(expectedK.filter { (($0["cost"] as? NSNumber)?.doubleValue ?? 0) < last }.compactMap { $0["path"] as? [Int] })
                #expect(Set(yen.filter { $0.cost < last }.map { $0.nodes.map(Int.init) }) == cheaper, "\(label): k shortest below the last cost")
            }

            // Every simple route of at most 5 hops.
            let simpleCount = try #require(query["simple_paths_count"] as? Int)
            var simple = PathQuery(source: source, target: target)
            simple.mode = .allSimple(maximumHops: 5, limit: 1_000_000, budget: .seconds(60))
            let simpleAnswer = finder.answer(simple)
            #expect(simpleAnswer.routes.count == simpleCount, "\(label): simple route count")
            if let listed = query["simple_paths"] as? [[Int]] {
                #expect(simpleAnswer.routes.map { $0.route.nodes.map(Int.init) }.sorted { $0.lexicographicallyPrecedes($1) } == listed,
                        "\(label): simple routes")
            }
        }
    }

    /// A route starts and ends where it should, visits no node twice, uses channels that join each hop in
    /// the right direction, and costs what its channels cost.
    private func expectValidRoute(_ route: Route, source: Int, target: Int, fixture: Fixture, label: String) throws {
        #expect(route.nodes.first == Int32(source) && route.nodes.last == Int32(target), "\(label): endpoints")
        #expect(Set(route.nodes).count == route.nodes.count, "\(label): loopless")
        var total = 0.0
        for (hop, edge) in route.edges.enumerated() {
            let (u, v) = (route.nodes[hop], route.nodes[hop + 1])
            let (a, b) = (fixture.snapshot.edgeSources[Int(edge)], fixture.snapshot.edgeTargets[Int(edge)])
            #expect((a == u && b == v) || (!fixture.directed && a == v && b == u), "\(label): hop \(hop) uses a channel that joins it")
            total += fixture.weighted ? fixture.snapshot.weight(ofEdge: Int(edge)) : 1
        }
        #expect(total == route.cost, "\(label): cost is the sum of its channels")
    }
}
