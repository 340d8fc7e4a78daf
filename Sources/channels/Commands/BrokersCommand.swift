import Foundation
import ArgumentParser
import ChannelsCore
import ChannelsFormats
import ChannelsModel
import OrderedCollections

struct BrokersCommand: ChannelsCommand {
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

    func execute() throws -> Int32 {
        let loaded = try graphOptions.load()
        let view = loaded.snapshot.view(try filterOptions.filter(for: loaded))
        if actors.count == 2 { return try pair(loaded: loaded, view: view) }
        return try roles(loaded: loaded, view: view)
    }

    // MARK: Roles

    private func roles(loaded: LoadedGraph, view: GraphView) throws -> Int32 {
        let graph = loaded.graph
        let labels = try groupLabels(graph)
        var codes: [String: Int] = [:]
        let groups = labels.map { label in
            if let code = codes[label] { return code }
            codes[label] = codes.count
            return codes.count - 1
        }
        let result = view.brokerage(groups: groups)
        let rows = graph.actors.indices.filter { view.allowsNode($0) }
            .sorted { result.raw[$0][5] != result.raw[$1][5] ? result.raw[$0][5] > result.raw[$1][5] : graph.actors[$0].id < graph.actors[$1].id }
            .prefix(top ?? .max)
        let roleNames = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"]
        switch output.format {
        case .json:
            func block(_ raw: [Double], _ expected: [Double], _ deviation: [Double], _ z: [Double]) -> JSON {
                .object(roleNames.indices.map { column in
                    (roleNames[column], .object([("count", .number(raw[column])), ("expected", .number(expected[column])),
                                                 ("sd", .number(deviation[column])), ("z", .number(z[column]))]))
                })
            }
            Terminal.standardOutput.write(JSON.object([
                ("graph", .optional(graph.title)),
                ("by", .string(by)),
                ("density", .number(result.density)),
                ("whole_graph", block(result.graphRaw, result.graphExpected, result.graphStandardDeviation, result.graphZ)),
                ("actors", .array(rows.map { actor in
                    .object([("id", .string(graph.actors[actor].id)), ("name", .string(graph.actors[actor].name)),
                             ("group", .string(labels[actor])),
                             ("roles", block(result.raw[actor], result.expected[actor], result.standardDeviation[actor], result.z[actor]))])
                })),
            ]).rendered() + "\n")
        case .text, .csv:
            var table = Table(["id", "name", by] + roleNames + ["total z"],
                              alignments: [.left, .left, .left] + roleNames.map { _ in .right } + [.right])
            for actor in rows {
                let counts = result.raw[actor].map { CentralityReport.format($0) }
                let z = result.z[actor][5]
                table.append([graph.actors[actor].id, graph.actors[actor].name, labels[actor]] + counts
                    + [z.isFinite ? String(format: "%.2f", z) : "–"])
            }
            if output.format == .csv {
                Terminal.standardOutput.write(table.csv())
            } else {
                let style = Style(enabled: Terminal.standardOutput.usesColor)
                var text = table.rendered(style: style)
                let counts = roleNames.indices.map { "\(roleNames[$0]) \(CentralityReport.format(result.graphRaw[$0]))" }
                text += "\n" + style.dim("Whole graph (groups by \(by)): " + counts.joined(separator: " · ")
                    + String(format: " · total z %.2f", result.graphZ[5])) + "\n"
                Terminal.standardOutput.write(text)
            }
        }
        return rows.isEmpty ? ExitStatus.noResult : ExitStatus.success
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

    private func pair(loaded: LoadedGraph, view: GraphView) throws -> Int32 {
        let graph = loaded.graph
        let source = try loaded.actor(actors[0]), target = try loaded.actor(actors[1])
        let (a, b) = (graph.actors[source], graph.actors[target])
        var shares: [(node: Int32, share: Double)]
        var summary: String
        var routeCount: Double
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
        shares = Array(shares.prefix(top ?? .max))
        switch output.format {
        case .json:
            Terminal.standardOutput.write(JSON.object([
                ("from", .actorReference(a)), ("to", .actorReference(b)),
                ("k", k.map(JSON.int) ?? .null),
                ("routes", .number(routeCount)),
                ("intermediaries", .array(shares.map { entry in
                    .object([("id", .string(graph.actors[Int(entry.node)].id)), ("name", .string(graph.actors[Int(entry.node)].name)),
                             ("side", .optional(graph.actors[Int(entry.node)].side)), ("share", .number(entry.share))])
                })),
            ]).rendered() + "\n")
        case .text, .csv:
            var table = Table(["id", "name", "side", "share"], alignments: [.left, .left, .left, .right])
            for entry in shares {
                let actor = graph.actors[Int(entry.node)]
                table.append([actor.id, actor.name, actor.side ?? "",
                              output.format == .csv ? "\(entry.share)" : String(format: "%.1f%%", entry.share * 100)])
            }
            if output.format == .csv {
                Terminal.standardOutput.write(table.csv())
            } else {
                let style = Style(enabled: Terminal.standardOutput.usesColor)
                Terminal.standardOutput.write(style.bold("\(a.name) → \(b.name)") + style.dim(" · \(summary)") + "\n"
                    + (shares.isEmpty ? "No intermediaries.\n" : table.rendered(style: style)))
            }
        }
        return routeCount == 0 ? ExitStatus.noResult : ExitStatus.success
    }
}
