import ArgumentParser
import ChannelsCore
import ChannelsModel
import OrderedCollections

struct BrokersCommand: GraphQuestion {
    static let configuration = CommandConfiguration(
        commandName: "brokers",
        abstract: "Who brokers: Gould–Fernandez brokerage roles by group, or the intermediaries between two actors.",
        discussion: """
        Without actors: for every two-step route i → j → k with no direct channel i → k, the broker j plays \
        one of five roles, by the groups of i, j and k (default: side): coordinator (all three in one \
        group), itinerant (i and k together, j outside), representative (j with i, k outside), gatekeeper \
        (j with k, i outside), liaison (all three apart). Counts, expectations, standard deviations and \
        z-scores follow statnet's sna::brokerage.

        With two actors A and B: each intermediary's share of the shortest A→B routes (σ(A,v)·σ(v,B)/σ(A,B)), \
        or with --k N its share of the N best loopless routes.

        Examples:
          channels brokers
          channels brokers --by kind --top 5
          channels brokers Biden Hamas
          channels brokers Biden Hamas --k 10 --format json
        """)

    @Argument(help: "Two actors, for the intermediaries between them; none for brokerage roles.")
    var actors: [String] = []

    @Option(help: ArgumentHelp("Group actors by this attribute for roles: side, kind, or any free attribute.", valueName: "attribute"))
    var by: String = "side"

    @Option(name: [.customLong("k"), .customShort("k")], help: ArgumentHelp("With two actors: shares among the k best loopless routes instead of all shortest ones.", valueName: "n"))
    var k: Int?

    @Option(help: ArgumentHelp("Show only the N highest-ranked actors.", valueName: "n"))
    var top: Int?

    @OptionGroup var graphOptions: GraphOptions
    @OptionGroup(title: "Constraints") var filterOptions: FilterOptions
    @OptionGroup var output: OutputOptions

    var outputFile: String? { output.file }

    func validate() throws {
        if !actors.isEmpty && actors.count != 2 { throw ValidationError("give two actors (A B), or none for brokerage roles") }
        if let k, k < 1 { throw ValidationError("--k must be at least 1") }
        if k != nil && actors.isEmpty { throw ValidationError("--k applies to the intermediaries between two actors") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func answer(on loaded: LoadedGraph) throws -> Answer {
        let view = loaded.snapshot.view(try filterOptions.filter(for: loaded))
        if actors.count == 2 { return try pair(loaded: loaded, view: view) }
        return try roles(loaded: loaded, view: view)
    }

    // MARK: Roles

    private func roles(loaded: LoadedGraph, view: GraphView) throws -> Answer {
        let graph = loaded.graph
        let labels = try groupLabels(graph)
        let groups = GroupCodes.codes(labels)
        let result = view.brokerage(groups: groups)
        let rows = graph.actors.indices.filter { view.allowsNode($0) }
            .sorted { result.raw[$0][5] != result.raw[$1][5] ? result.raw[$0][5] > result.raw[$1][5] : graph.actors[$0].id < graph.actors[$1].id }
            .prefix(top ?? .max)
        return Answer(BrokerageReport(graph: graph, attribute: by, groups: labels, brokerage: result, rows: Array(rows)),
                      status: rows.isEmpty ? ExitStatus.noResult : ExitStatus.success)
    }

    /// Each actor's group label under `--by`.
    private func groupLabels(_ graph: GraphCatalog) throws -> [String] {
        switch by {
        case "side": return graph.actors.map { $0.side ?? "(none)" }
        case "kind": return graph.actors.map(\.kind.rawValue)
        default:
            let keys = Set(graph.actors.flatMap(\.attributes.keys))
            guard keys.contains(by) else {
                let hint = Suggestions.didYouMean(by, among: ["side", "kind"] + keys.sorted())
                throw Failure(ExitStatus.usage, "--by: no actor has the attribute '\(by)'\(hint)")
            }
            return graph.actors.map { $0.attributes[by]?.description ?? "(none)" }
        }
    }

    // MARK: Between two actors

    private func pair(loaded: LoadedGraph, view: GraphView) throws -> Answer {
        let graph = loaded.graph
        let source = try loaded.actor(actors[0]), target = try loaded.actor(actors[1])
        let shares: [(node: Int32, share: Double)]
        let summary: String
        let routeCount: Double
        if let k {
            let routes = PathFinder(loaded.snapshot).kShortestRoutes(from: source, to: target, k: k, cost: .hops, in: view).routes
            routeCount = Double(routes.count)
            var counts: [Int32: Int] = [:]
            for route in routes { for node in route.nodes.dropFirst().dropLast() { counts[node, default: 0] += 1 } }
            shares = counts.map { ($0.key, Double($0.value) / Double(max(routes.count, 1))) }
                .sorted { $0.share != $1.share ? $0.share > $1.share : $0.node < $1.node }
            summary = "\(routes.count) best loopless route\(routes.count == 1 ? "" : "s") (of up to \(k))"
        } else {
            let result = view.pairBrokerage(from: source, to: target)
            shares = result.shares
            routeCount = result.routeCount
            summary = result.distance.map { "\(PathReport.count(result.routeCount)) shortest route\(result.routeCount == 1 ? "" : "s") of \($0) hop\($0 == 1 ? "" : "s")" } ?? "no route"
        }
        return Answer(IntermediariesReport(graph: graph, source: source, target: target, k: k, routeCount: routeCount,
                                           summary: summary, shares: Array(shares.prefix(top ?? .max))),
                      status: routeCount == 0 ? ExitStatus.noResult : ExitStatus.success)
    }
}
