import ArgumentParser
import ChannelsFormats
import ChannelsModel

struct ActorsCommand: ChannelsCommand {
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

    func execute() throws -> Int32 {
        let loaded = try graphOptions.load()
        let graph = loaded.graph
        if let kind { _ = try FilterOptions.kinds([kind], option: "--kind", allowed: graph.kinds.actorKinds.map(\.id)) }
        let actors = graph.actors.filter { actor in
            (side == nil || actor.side == side) && (kind == nil || actor.kind.rawValue == kind)
        }
        switch output.format {
        case .json:
            let items: [JSON] = actors.map { actor in
                guard case .object(var members) = JSON.actor(actor) else { return JSON.actor(actor) }
                members.append(("aliases", .array(actor.aliases.map(JSON.string))))
                return .object(members)
            }
            Terminal.standardOutput.write(JSON.object([("graph", .optional(graph.title)), ("actors", .array(items))]).rendered() + "\n")
        case .text, .csv:
            var table = Table(["id", "name", "kind", "side"] + (aliases ? ["aliases"] : []))
            for actor in actors {
                table.append([actor.id, actor.name, actor.kind.rawValue, actor.side ?? ""]
                    + (aliases ? [actor.aliases.joined(separator: output.format == .csv ? "; " : ", ")] : []))
            }
            let style = Style(enabled: Terminal.standardOutput.usesColor)
            Terminal.standardOutput.write(output.format == .csv ? table.csv() : table.rendered(style: style))
        }
        return actors.isEmpty ? ExitStatus.noResult : ExitStatus.success
    }
}
