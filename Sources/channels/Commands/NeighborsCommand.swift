import ArgumentParser
import ChannelsCore
import ChannelsFormats
import ChannelsModel

struct NeighborsCommand: ChannelsCommand {
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

    func execute() throws -> Int32 {
        let loaded = try graphOptions.load()
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
        let order = counterparts.keys.sorted { graph.actors[$0].name < graph.actors[$1].name }
        func direction(_ entry: (out: [Int], in: [Int])) -> String {
            !entry.out.isEmpty && !entry.in.isEmpty ? "both" : entry.out.isEmpty ? "in" : "out"
        }
        func edges(_ entry: (out: [Int], in: [Int])) -> [Int] { Array(Set(entry.out + entry.in)).sorted() }
        func kinds(_ entry: (out: [Int], in: [Int])) -> String {
            let counts = Dictionary(grouping: edges(entry), by: { graph.channels[$0].kind.rawValue })
            return counts.keys.sorted().map { "\($0) ×\(counts[$0]?.count ?? 0)" }.joined(separator: ", ")
        }
        switch output.format {
        case .json:
            Terminal.standardOutput.write(JSON.object([
                ("actor", .actorReference(graph.actors[index])),
                ("neighbors", .array(order.map { other in
                    let entry = counterparts[other] ?? ([], [])
                    return .object([
                        ("actor", .actorReference(graph.actors[other])),
                        ("direction", .string(direction(entry))),
                        ("channels", .array(edges(entry).map { .string(graph.channels[$0].id) })),
                    ])
                })),
            ]).rendered() + "\n")
        case .text, .csv:
            var table = Table(["id", "name", "side", "direction", "channels", "kinds"], alignments: [.left, .left, .left, .left, .right, .left])
            for other in order {
                let entry = counterparts[other] ?? ([], [])
                table.append([graph.actors[other].id, graph.actors[other].name, graph.actors[other].side ?? "",
                              direction(entry), String(edges(entry).count), kinds(entry)])
            }
            let style = Style(enabled: Terminal.standardOutput.usesColor)
            Terminal.standardOutput.write(output.format == .csv ? table.csv() : table.rendered(style: style))
        }
        return order.isEmpty ? ExitStatus.noResult : ExitStatus.success
    }
}
