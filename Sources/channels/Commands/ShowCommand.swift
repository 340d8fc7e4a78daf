import ArgumentParser
import ChannelsModel

struct ShowCommand: GraphQuestion {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one actor and all its channels in date order, with counterparts and sources.",
        discussion: """
        Undated channels come last. Channels whose sources disagree on the date are marked.

        Examples:
          channels show McGurk
          channels show "Abbas Kamel" --format json
          channels show قطر
        """)

    @Argument(help: "The actor: id, name or alias.")
    var actor: String

    @OptionGroup var graphOptions: GraphOptions
    @OptionGroup var output: OutputOptions

    var outputFile: String? { output.file }

    func answer(on loaded: LoadedGraph) throws -> Answer {
        let graph = loaded.graph
        let index = try loaded.actor(actor)
        let channels = graph.channels.enumerated()
            .filter { $0.element.source == index || $0.element.target == index }
            .sorted { Timeline.precedes($0.element, $1.element) ?? ($0.offset < $1.offset) }
            .map(\.element)
        return Answer(ActorReport(graph: graph, actor: index, channels: channels), status: ExitStatus.success)
    }
}
