import ArgumentParser
import ChannelsCore
import ChannelsFormats
import ChannelsModel

struct ComponentsCommand: ChannelsCommand {
    static let configuration = CommandConfiguration(
        commandName: "components",
        abstract: "Show the connected components, the articulation points and the bridges.",
        discussion: """
        Weak components ignore the direction of channels; strong components follow it (actors in one \
        strong component can all reach each other). Articulation points are actors whose removal splits \
        their component; bridges are channels whose removal does (parallel channels are never bridges). \
        Both take channels as undirected.

        Examples:
          channels components
          channels components --strong
          channels components --at 2023-10 --format json
        """)

    @Flag(help: "Strongly connected components instead of weak ones.")
    var strong = false

    @OptionGroup var graphOptions: GraphOptions
    @OptionGroup(title: "Constraints") var filterOptions: FilterOptions
    @OptionGroup var output: OutputOptions

    var outputFile: String? { output.file }

    func execute() throws -> Int32 {
        let loaded = try graphOptions.load()
        let graph = loaded.graph
        let view = loaded.snapshot.view(try filterOptions.filter(for: loaded))
        let components = strong ? view.strongComponents() : view.weakComponents()
        let groups = components.groups.sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        let cuts = view.cutStructure()
        switch output.format {
        case .json:
            Terminal.standardOutput.write(JSON.object([
                ("graph", .optional(graph.title)),
                ("kind", .string(strong ? "strong" : "weak")),
                ("count", .int(groups.count)),
                ("components", .array(groups.map { .array($0.map { .string(graph.actors[Int($0)].id) }) })),
                ("articulation_points", .array(cuts.articulationPoints.map { .actorReference(graph.actors[Int($0)]) })),
                ("bridges", .array(cuts.bridges.map { edge in
                    let channel = graph.channels[Int(edge)]
                    return .object([("id", .string(channel.id)), ("source", .string(graph.actors[channel.source].id)),
                                    ("target", .string(graph.actors[channel.target].id))])
                })),
            ]).rendered() + "\n")
        case .csv:
            var table = Table(["component", "size", "id", "name"])
            for (index, group) in groups.enumerated() {
                for node in group { table.append([String(index + 1), String(group.count), graph.actors[Int(node)].id, graph.actors[Int(node)].name]) }
            }
            Terminal.standardOutput.write(table.csv())
        case .text:
            let style = Style(enabled: Terminal.standardOutput.usesColor)
            var text = style.bold("\(groups.count) \(strong ? "strong" : "weak") component\(groups.count == 1 ? "" : "s")") + "\n"
            for (index, group) in groups.enumerated() {
                let names = group.prefix(12).map { graph.actors[Int($0)].name }.joined(separator: ", ")
                text += "  \(index + 1). \(group.count) actor\(group.count == 1 ? "" : "s"): \(names)\(group.count > 12 ? ", …" : "")\n"
            }
            text += "\n" + style.bold("Articulation points (\(cuts.articulationPoints.count)):") + " "
            text += cuts.articulationPoints.isEmpty ? "none\n" : cuts.articulationPoints.map { graph.actors[Int($0)].name }.joined(separator: ", ") + "\n"
            text += style.bold("Bridges (\(cuts.bridges.count)):") + (cuts.bridges.isEmpty ? " none" : "") + "\n"
            for edge in cuts.bridges {
                let channel = graph.channels[Int(edge)]
                text += "  \(graph.actors[channel.source].name) — \(graph.actors[channel.target].name)" + style.dim("  \(channel.id)") + "\n"
            }
            Terminal.standardOutput.write(text)
        }
        return ExitStatus.success
    }
}
