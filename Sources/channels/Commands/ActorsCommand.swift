import ArgumentParser
import ChannelsModel

struct ActorsCommand: GraphQuestion {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List the actors of a graph: id, name, kind, side.",
        discussion: """
        Examples:
          channels actors
          channels actors --side qatar
          channels actors --kind person --format csv
          channels actors --aliases            # every name each actor answers to
        """)

    @OptionGroup var graphOptions: GraphOptions

    @Option(help: ArgumentHelp("Only actors of this side.", valueName: "side"))
    var side: String?

    @Option(help: ArgumentHelp("Only actors of this kind.", valueName: "kind"))
    var kind: String?

    @Flag(help: "Also list each actor's aliases.")
    var aliases = false

    @OptionGroup var output: OutputOptions

    var outputFile: String? { output.file }

    func answer(on loaded: LoadedGraph) throws -> Answer {
        let graph = loaded.graph
        if let kind { _ = try FilterOptions.kinds([kind], option: "--kind", allowed: graph.kinds.actorKinds.map(\.id)) }
        let actors = graph.actors.filter { actor in
            (side == nil || actor.side == side) && (kind == nil || actor.kind.rawValue == kind)
        }
        return Answer(ActorListReport(graph: graph, actors: actors, showsAliases: aliases),
                      status: actors.isEmpty ? ExitStatus.noResult : ExitStatus.success)
    }
}
