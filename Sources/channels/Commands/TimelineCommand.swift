import ArgumentParser
import ChannelsCore
import ChannelsModel

struct TimelineCommand: GraphQuestion {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List the channels in date order, grouped by day, with both actors, kind, name and sources.",
        discussion: """
        A channel is placed at its date, or at the start of its interval. Channels dated only to a month \
        or a year are grouped at the start of that period and marked as covering all of it; undated \
        channels are listed apart (left out with --between). Where sources give different dates, every \
        source's date is shown.

        Examples:
          channels timeline
          channels timeline --actor McGurk --between 2023-11-01 2023-11-30
          channels timeline --side egypt --kind meeting,call --format csv
          channels timeline --render docs/timeline.svg --between 2023-11-01 2023-11-30
          channels timeline --lanes side --render timeline.png

        Exit status: 0 when some channel matches, 1 when none does.
        """)

    @Option(help: ArgumentHelp("Only channels of this actor (repeatable: of any of them).", valueName: "actor"))
    var actor: [String] = []

    @Option(help: ArgumentHelp("Only channels with an actor of this side (repeatable).", valueName: "side"))
    var side: [String] = []

    @Option(help: ArgumentHelp("Only channels of these kinds (comma-separated, repeatable).", valueName: "kinds"))
    var kind: [String] = []

    @Option(parsing: .upToNextOption,
            help: ArgumentHelp("Only channels active on some day between two dates, inclusive: --between 2023-11-01 2023-11-20.", valueName: "date"))
    var between: [String] = []

    @Option(help: ArgumentHelp("Draw the chronology: a lane per actor (or side), each contact at its date (.svg; .png and .pdf need rsvg-convert).", valueName: "file"))
    var render: String?

    @Option(help: ArgumentHelp("With --render: a lane per actor or per side.", valueName: "lanes"))
    var lanes: ChronologyLanes = .actor

    @OptionGroup var graphOptions: GraphOptions
    @OptionGroup var output: OutputOptions

    var outputFile: String? { output.file }

    func validate() throws {
        if !between.isEmpty && between.count != 2 { throw ValidationError("--between takes two dates") }
    }

    func execute() throws -> Int32 {
        let loaded = try graphOptions.load()
        let report = try report(on: loaded)
        if let render {
            guard !report.timeline.groups.isEmpty else { throw Failure(ExitStatus.noResult, "\(report.emptyMessage) Nothing to draw.") }
            try ChartOutput.write(svg: ChronologyPicture(graph: loaded.graph, timeline: report.timeline, lanes: lanes).svg(), to: render)
        }
        output.write(report)
        return report.channelCount == 0 ? ExitStatus.noResult : ExitStatus.success
    }

    func answer(on loaded: LoadedGraph) throws -> Answer {
        let report = try report(on: loaded)
        return Answer(report, status: report.channelCount == 0 ? ExitStatus.noResult : ExitStatus.success)
    }

    /// The channels selected, in date order.
    func report(on loaded: LoadedGraph) throws -> TimelineReport {
        let graph = loaded.graph
        let actors = Set(try actor.map { try loaded.actor($0) })
        let sides = Set(try FilterOptions.sides(side, in: graph))
        let kinds = Set(try FilterOptions.kinds(kind, option: "--kind", allowed: graph.kinds.channelKinds.map(\.id)))
        let window = try FilterOptions.window(at: nil, between: between)
        let selected = graph.channels.indices.filter { index in
            let channel = graph.channels[index]
            let ends = [channel.source, channel.target]
            if !actors.isEmpty && !ends.contains(where: actors.contains) { return false }
            if !sides.isEmpty && !ends.contains(where: { graph.actors[$0].side.map(sides.contains) ?? false }) { return false }
            if !kinds.isEmpty && !kinds.contains(channel.kind.rawValue) { return false }
            if let window {
                guard channel.isDated else { return false }
                let first = channel.firstDay?.rawValue ?? .min, last = channel.lastDay?.rawValue ?? .max
                if last < window.first || first > window.last { return false }
            }
            return true
        }
        let constrained = !actors.isEmpty || !sides.isEmpty || !kinds.isEmpty
        let emptyMessage = between.count == 2
            ? "No channel is active between \(between[0]) and \(between[1])\(constrained ? " under these constraints" : "")."
            : "No channel matches these constraints."
        return TimelineReport(graph: graph, timeline: Timeline(channels: graph.channels, selected: selected), emptyMessage: emptyMessage)
    }
}
