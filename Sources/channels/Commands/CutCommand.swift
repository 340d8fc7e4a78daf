import ArgumentParser
import ChannelsCore
import ChannelsFormats
import ChannelsModel

struct CutCommand: ChannelsCommand {
    static let configuration = CommandConfiguration(
        commandName: "cut",
        abstract: "Name the smallest set of intermediaries whose absence leaves no route from A to B, and the actors every route must use.",
        discussion: """
        The minimum vertex cut comes from a maximum flow: its size is also the number of routes from A to B \
        that share no intermediary. The dominators of B from A are the actors that every route from A to B \
        passes through (each of them is a cut of size one). When A and B are joined directly, no set of \
        intermediaries separates them; the command says so.

        Examples:
          channels cut Biden Hamas
          channels cut Biden Hamas --except membership,command
          channels cut Biden "Hamas leadership in Gaza" --format json

        Exit status: 0 with a cut, 1 when A and B are adjacent or already disconnected.
        """)

    @Argument(help: "Where routes start.")
    var from: String

    @Argument(help: "Where routes end.")
    var to: String

    @OptionGroup var graphOptions: GraphOptions
    @OptionGroup(title: "Constraints") var filterOptions: FilterOptions
    @OptionGroup var output: OutputOptions

    var outputFile: String? { output.file }

    func execute() throws -> Int32 {
        let loaded = try graphOptions.load()
        let graph = loaded.graph
        let source = try loaded.actor(from), target = try loaded.actor(to)
        guard source != target else { throw Failure(ExitStatus.usage, "the two actors are the same") }
        let view = loaded.snapshot.view(try filterOptions.filter(for: loaded))
        for endpoint in [source, target] where !view.allowsNode(endpoint) {
            throw Failure(ExitStatus.usage, "\(graph.actors[endpoint].name) is itself excluded by the constraints")
        }
        let result = view.minimumVertexCut(from: source, to: target)
        let dominators = view.dominators(of: target, from: source)
        let (a, b) = (graph.actors[source], graph.actors[target])
        switch output.format {
        case .json:
            var cutJSON: JSON = .null
            if case .cut(let nodes) = result { cutJSON = .array(nodes.map { .actor(graph.actors[Int($0)]) }) }
            Terminal.standardOutput.write(JSON.object([
                ("from", .actorReference(a)),
                ("to", .actorReference(b)),
                ("connected", .bool(dominators != nil)),
                ("adjacent", .bool(result == .adjacent)),
                ("cut", cutJSON),
                ("independent_routes", { if case .cut(let nodes) = result { return .int(nodes.count) }; return .null }()),
                ("dominators", dominators.map { .array($0.map { .actor(graph.actors[Int($0)]) }) } ?? .null),
            ]).rendered() + "\n")
        case .csv:
            var table = Table(["role", "id", "name", "kind", "side"])
            if case .cut(let nodes) = result {
                for node in nodes { table.append(Self.row("cut", graph.actors[Int(node)])) }
            }
            for node in dominators ?? [] { table.append(Self.row("dominator", graph.actors[Int(node)])) }
            Terminal.standardOutput.write(table.csv())
        case .text:
            let style = Style(enabled: Terminal.standardOutput.usesColor)
            var text = ""
            switch result {
            case .adjacent:
                let direct = graph.channels.indices.filter { view.allowsEdge($0) && Self.joins(graph.channels[$0], source, target) }
                text += "\(a.name) and \(b.name) are joined directly (\(direct.count) channel\(direct.count == 1 ? "" : "s"): \(direct.prefix(5).map { graph.channels[$0].id }.joined(separator: ", "))); no set of intermediaries separates them.\n"
            case .cut(let nodes) where nodes.isEmpty:
                text += "No route leads from \(a.name) to \(b.name) under these constraints; nothing needs cutting.\n"
            case .cut(let nodes):
                text += style.bold("Minimum cut: \(nodes.count) actor\(nodes.count == 1 ? "" : "s")") + style.dim(" · \(nodes.count) route\(nodes.count == 1 ? "" : "s") from \(a.name) to \(b.name) share no intermediary") + "\n"
                for node in nodes { text += "  \(graph.actors[Int(node)].name)" + style.dim(" [\(graph.actors[Int(node)].id)]" + (graph.actors[Int(node)].side.map { " · \($0)" } ?? "")) + "\n" }
            }
            if let dominators {
                text += dominators.isEmpty
                    ? "No single actor lies on every route from \(a.name) to \(b.name).\n"
                    : style.bold("Every route passes through: ") + dominators.map { graph.actors[Int($0)].name }.joined(separator: " → ") + "\n"
            }
            Terminal.standardOutput.write(text)
        }
        if case .cut(let nodes) = result, !nodes.isEmpty { return ExitStatus.success }
        return ExitStatus.noResult
    }

    private static func row(_ role: String, _ actor: Actor) -> [String] {
        [role, actor.id, actor.name, actor.kind.rawValue, actor.side ?? ""]
    }

    /// Whether `channel` lets `source` reach `target` in one hop.
    static func joins(_ channel: Channel, _ source: Int, _ target: Int) -> Bool {
        (channel.source == source && channel.target == target) || (!channel.directed && channel.source == target && channel.target == source)
    }
}
