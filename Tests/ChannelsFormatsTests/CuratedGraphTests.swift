import ChannelsBuiltin
import ChannelsCore
import ChannelsFormats
import ChannelsModel
import Foundation
import Testing

/// The curated graphs of `Graphs/`, as embedded in the binary.
struct CuratedGraphTests {
    static func load(_ name: String) throws -> ChannelGraph {
        let embedded = try #require(BuiltinGraphs.named(name))
        let result = YAMLGraphReader.read(Array(embedded.text.utf8), file: embedded.fileName, strict: true)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return try #require(result.graph)
    }

    static func actor(_ graph: ChannelGraph, _ name: String) throws -> Int {
        try ActorResolver(graph: graph).resolve(name).get()
    }

    @Test(arguments: ["hostage-deal-2023", "ceasefire-talks-2024"])
    func curatedGraphsAreValidEvenStrictly(name: String) throws {
        let graph = try Self.load(name)
        #expect(graph.channels.allSatisfy { !$0.cites.isEmpty })
        #expect(graph.channels.allSatisfy { channel in channel.cites.allSatisfy { $0.quote != nil || $0.note != nil } })
    }

    @Test func theEmbeddedGraphsAreTheFilesInGraphs() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "../../Graphs")
        for embedded in BuiltinGraphs.all {
            let onDisk = try String(contentsOf: folder.appending(path: embedded.fileName), encoding: .utf8)
            #expect(onDisk == embedded.text, "rebuild to re-embed \(embedded.fileName)")
        }
        #expect(BuiltinGraphs.defaultGraph?.name == "hostage-deal-2023")
    }

    @Test func bidenReachesHamas() throws {
        let graph = try Self.load("hostage-deal-2023")
        var query = PathQuery(source: try Self.actor(graph, "Biden"), target: try Self.actor(graph, "Hamas"))
        query.k = 1
        let answer = PathFinder(GraphSnapshot(graph)).answer(query)
        let route = try #require(answer.routes.first?.route)
        #expect(route.nodes.first == Int32(try Self.actor(graph, "biden")))
        #expect(route.nodes.last == Int32(try Self.actor(graph, "hamas")))
        #expect(graph.actors[try Self.actor(graph, "Hamas")].id == "hamas")
    }

    @Test(arguments: ["hostage-deal-2023", "ceasefire-talks-2024"])
    func everyRouteBetweenHamasAndTheUSOrIsraelPassesThroughQatarOrEgypt(name: String) throws {
        let graph = try Self.load(name)
        let snapshot = GraphSnapshot(graph)
        let hamasSide = graph.actors.indices.filter { graph.actors[$0].side == "hamas" }
        let westernSide = graph.actors.indices.filter { ["us", "israel"].contains(graph.actors[$0].side) }
        // With every Qatari and Egyptian actor removed, no US or Israeli actor reaches any Hamas actor,
        // and no Hamas actor reaches any US or Israeli actor.
        var filter = ChannelFilter()
        filter.avoidedSides = ["qatar", "egypt"]
        let view = snapshot.view(filter)
        for start in westernSide {
            let tree = view.breadthFirst(from: start)
            for hamas in hamasSide {
                #expect(tree.distance[hamas] < 0, "\(graph.actors[start].id) reaches \(graph.actors[hamas].id) without Qatar or Egypt")
            }
        }
        for start in hamasSide {
            let tree = view.breadthFirst(from: start)
            for western in westernSide {
                #expect(tree.distance[western] < 0, "\(graph.actors[start].id) reaches \(graph.actors[western].id) without Qatar or Egypt")
            }
        }
    }

    @Test(arguments: ["hostage-deal-2023", "ceasefire-talks-2024"])
    func noChannelJoinsHamasDirectlyToTheUSOrIsrael(name: String) throws {
        let graph = try Self.load(name)
        for channel in graph.channels {
            let sides = Set([graph.actors[channel.source].side, graph.actors[channel.target].side].compactMap { $0 })
            #expect(!(sides.contains("hamas") && !sides.isDisjoint(with: ["us", "israel"])), "\(channel.id) joins Hamas directly to \(sides)")
        }
    }

    @Test func everySimpleBidenToHamasRouteUsesAQatariOrEgyptianActor() throws {
        let graph = try Self.load("hostage-deal-2023")
        var query = PathQuery(source: try Self.actor(graph, "Biden"), target: try Self.actor(graph, "Hamas"))
        query.mode = .allSimple(maximumHops: 6, limit: 200_000, budget: .seconds(60))
        let answer = PathFinder(GraphSnapshot(graph)).answer(query)
        #expect(!answer.routes.isEmpty && !answer.truncated)
        for found in answer.routes {
            let sides = found.route.nodes.map { graph.actors[Int($0)].side }
            #expect(sides.contains("qatar") || sides.contains("egypt"))
        }
    }

    @Test func withoutQatarTheCairoRouteRemainsAndWithoutEgyptTooNothing() throws {
        let graph = try Self.load("hostage-deal-2023")
        let finder = PathFinder(GraphSnapshot(graph))
        var query = PathQuery(source: try Self.actor(graph, "Biden"), target: try Self.actor(graph, "Hamas"))
        query.filter.avoidedNodes = Set(graph.actors.indices.filter { graph.actors[$0].side == "qatar" }.map(Int32.init))
        let cairo = try #require(finder.answer(query).routes.first?.route)
        #expect(cairo.nodes.contains { graph.actors[Int($0)].side == "egypt" })
        #expect(!cairo.nodes.contains { graph.actors[Int($0)].side == "qatar" })
        query.filter.avoidedNodes.formUnion(graph.actors.indices.filter { graph.actors[$0].side == "egypt" }.map(Int32.init))
        let none = finder.answer(query)
        #expect(none.routes.isEmpty)
        guard case .filterCut(let cuts)? = none.reason else {
            Issue.record("expected the filter to be named as the cause, got \(String(describing: none.reason))")
            return
        }
        #expect(!cuts.isEmpty)
    }

    @Test(arguments: [("Biden", "بايدن"), ("Hamas", "حماس"), ("Emir of Qatar", "أمير قطر"), ("Emir of Qatar", "امير قطر"),
                      ("McGurk", "ماكغورك"), ("McGurk", "ماكجورك"), ("McGurk", "McGek"), ("Barnea", "بارنيا"),
                      ("Burns", "CIA-sjef William Burns"), ("Abbas Kamel", "عباس كامل"), ("Netanyahu", "نتنياهو")])
    func namesResolveAcrossScriptsAndSpellings(english: String, other: String) throws {
        let graph = try Self.load("hostage-deal-2023")
        #expect(try Self.actor(graph, english) == Self.actor(graph, other))
    }
}
