import ArgumentParser
import ChannelsCore
import ChannelsModel

struct ReachCommand: GraphQuestion {
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

    func answer(on loaded: LoadedGraph) throws -> Answer {
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
        let report = ReachReport(graph: graph, actor: start, backward: backward, levels: levels,
                                 candidates: view.allowedNodeCount - 1, maximumHops: hops)
        return Answer(report, status: report.reached == 0 ? ExitStatus.noResult : ExitStatus.success)
    }
}
