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
            .sorted { Self.chronological($0.element, $1.element) ?? ($0.offset < $1.offset) }
            .map(\.element)
        output.write(ActorReport(graph: graph, actor: index, channels: channels))
        return ExitStatus.success
    }

    /// Dated channels by first day, then last day; undated after them. `nil` when the two are tied.
    static func chronological(_ a: Channel, _ b: Channel) -> Bool? {
        switch (a.firstDay ?? a.lastDay, b.firstDay ?? b.lastDay) {
        case (nil, nil): return nil
        case (nil, _): return false
        case (_, nil): return true
        case let (x?, y?):
            if x != y { return x < y }
            let (lastA, lastB) = (a.lastDay ?? Day(rawValue: .max), b.lastDay ?? Day(rawValue: .max))
            return lastA == lastB ? nil : lastA < lastB
        }
    }
}
