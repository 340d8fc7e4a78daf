import ArgumentParser
import ChannelsModel

struct ShowCommand: ChannelsCommand {
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

    func execute() throws -> Int32 {
        let loaded = try graphOptions.load()
        let graph = loaded.graph
        let index = try loaded.actor(actor)
        let channels = graph.channels.enumerated()
            .filter { $0.element.source == index || $0.element.target == index }
            .sorted { Timeline.precedes($0.element, $1.element) ?? ($0.offset < $1.offset) }
            .map(\.element)
        output.write(ActorReport(graph: graph, actor: index, channels: channels))
        return ExitStatus.success
    }
}
