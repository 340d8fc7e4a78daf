import ArgumentParser
import ChannelsCore
import ChannelsFormats
import ChannelsModel

struct ReachCommand: ChannelsCommand {
    static let configuration = CommandConfiguration(
        commandName: "reach",
        abstract: "List whom an actor can reach, grouped by the number of hops.",
        discussion: """
        With --backward, list who can reach the actor instead. The constraints of `path` apply.

        Examples:
          channels reach Biden
          channels reach Hamas --backward --hops 2
          channels reach Biden --avoid-side qatar --format json

        Exit status: 0 when the actor reaches someone, 1 when it reaches nobody.
        """)

    @Argument(help: "The actor: id, name or alias.")
    var actor: String

    @Option(help: ArgumentHelp("Stop at this many hops.", valueName: "n"))
    var hops: Int?

    @Flag(help: "Who can reach the actor, rather than whom it can reach.")
    var backward = false

    @OptionGroup var graphOptions: GraphOptions
    @OptionGroup(title: "Constraints") var filterOptions: FilterOptions
    @OptionGroup var output: OutputOptions

    var outputFile: String? { output.file }

    func validate() throws {
        if let hops, hops < 1 { throw ValidationError("--hops must be at least 1") }
    }

    func execute() throws -> Int32 {
        let loaded = try graphOptions.load()
        let graph = loaded.graph
        let start = try loaded.actor(actor)
        let view = loaded.snapshot.view(try filterOptions.filter(for: loaded))
        guard view.allowsNode(start) else {
            throw Failure(ExitStatus.usage, "\(graph.actors[start].name) is itself excluded by the constraints")
        }
        let tree = view.breadthFirst(from: start, direction: backward ? .backward : .forward,
                                     maximumDepth: hops.map(Int32.init) ?? .max)
        var levels: [[Int]] = []
        for node in tree.order.dropFirst() {
            let depth = Int(tree.distance[Int(node)])
            while levels.count < depth { levels.append([]) }
            levels[depth - 1].append(Int(node))
        }
        let reached = levels.reduce(0) { $0 + $1.count }
        switch output.format {
        case .json:
            Terminal.standardOutput.write(JSON.object([
                ("actor", .actorReference(graph.actors[start])),
                ("direction", .string(backward ? "backward" : "forward")),
                ("reached", .int(reached)),
                ("levels", .array(levels.enumerated().map { depth, nodes in
                    .object([("hops", .int(depth + 1)), ("actors", .array(nodes.map { .actorReference(graph.actors[$0]) }))])
                })),
            ]).rendered() + "\n")
        case .csv:
            var table = Table(["hops", "id", "name", "side"])
            for (depth, nodes) in levels.enumerated() {
                for node in nodes { table.append([String(depth + 1), graph.actors[node].id, graph.actors[node].name, graph.actors[node].side ?? ""]) }
            }
            Terminal.standardOutput.write(table.csv())
        case .text:
            let style = Style(enabled: Terminal.standardOutput.usesColor)
            let verb = backward ? "can be reached by" : "reaches"
            var text = style.bold(graph.actors[start].name) + " \(verb) \(reached) of \(view.allowedNodeCount - 1) actors"
            text += (hops.map { " within \($0) hop\($0 == 1 ? "" : "s")" } ?? "") + "\n"
            for (depth, nodes) in levels.enumerated() {
                let names = nodes.map { graph.actors[$0].name }.joined(separator: ", ")
                text += "  " + style.bold("\(depth + 1) hop\(depth == 0 ? "" : "s"):") + " \(names)\n"
            }
            Terminal.standardOutput.write(text)
        }
        return reached == 0 ? ExitStatus.noResult : ExitStatus.success
    }
}
