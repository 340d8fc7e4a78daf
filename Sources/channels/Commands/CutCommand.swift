import ArgumentParser
import ChannelsCore
import ChannelsModel

struct CutCommand: GraphQuestion {
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

    func answer(on loaded: LoadedGraph) throws -> Answer {
        let graph = loaded.graph
        let source = try loaded.actor(from), target = try loaded.actor(to)
        guard source != target else { throw Failure(ExitStatus.usage, "the two actors are the same") }
        let view = loaded.snapshot.view(try filterOptions.filter(for: loaded))
        for endpoint in [source, target] where !view.allowsNode(endpoint) {
            throw Failure(ExitStatus.usage, "\(graph.actors[endpoint].name) is itself excluded by the constraints")
        }
        let result = view.minimumVertexCut(from: source, to: target)
        let dominators = view.dominators(of: target, from: source)
        let direct = result == .adjacent
            ? graph.channels.indices.filter { view.allowsEdge($0) && Self.joins(graph.channels[$0], source, target) } : []
        let report = CutReport(graph: graph, source: source, target: target, cut: result, dominators: dominators, directChannels: direct)
        if case .cut(let nodes) = result, !nodes.isEmpty { return Answer(report, status: ExitStatus.success) }
        return Answer(report, status: ExitStatus.noResult)
    }

    /// Whether `channel` lets `source` reach `target` in one hop.
    static func joins(_ channel: Channel, _ source: Int, _ target: Int) -> Bool {
        (channel.source == source && channel.target == target) || (!channel.directed && channel.source == target && channel.target == source)
    }
}
