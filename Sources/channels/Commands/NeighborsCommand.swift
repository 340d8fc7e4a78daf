import ArgumentParser
import ChannelsCore
import ChannelsModel

struct NeighborsCommand: GraphQuestion {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "List an actor's direct counterparts, with how many channels of which kinds join them.",
        discussion: """
        Examples:
          channels neighbors "Qatari PM"
          channels neighbors Hamas --at 2023-11
          channels neighbors McGurk --except membership --format csv
        """,
        aliases: ["neighbours"])

    @Argument(help: "The actor: id, name or alias.")
    var actor: String

    @OptionGroup var graphOptions: GraphOptions
    @OptionGroup(title: "Constraints") var filterOptions: FilterOptions
    @OptionGroup var output: OutputOptions

    var outputFile: String? { output.file }

    func answer(on loaded: LoadedGraph) throws -> Answer {
        let graph = loaded.graph
        let index = try loaded.actor(actor)
        let view = loaded.snapshot.view(try filterOptions.filter(for: loaded))
        var counterparts: [Int: (out: [Int], in: [Int])] = [:]
        for (edge, channel) in graph.channels.enumerated() where view.allowsEdge(edge) {
            guard channel.source == index || channel.target == index else { continue }
            let other = channel.source == index ? channel.target : channel.source
            guard view.allowsNode(other) else { continue }
            if channel.source == index || !channel.directed { counterparts[other, default: ([], [])].out.append(edge) }
            if channel.target == index || !channel.directed { counterparts[other, default: ([], [])].in.append(edge) }
        }
        let neighbors = counterparts.keys.sorted { (graph.actors[$0].name, $0) < (graph.actors[$1].name, $1) }.map { other in
            let entry = counterparts[other] ?? ([], [])
            let direction = !entry.out.isEmpty && !entry.in.isEmpty ? "both" : entry.out.isEmpty ? "in" : "out"
            return NeighborsReport.Neighbor(actor: other, direction: direction, channels: Array(Set(entry.out + entry.in)).sorted())
        }
        return Answer(NeighborsReport(graph: graph, actor: index, neighbors: neighbors),
                      status: neighbors.isEmpty ? ExitStatus.noResult : ExitStatus.success)
    }
}
