import ArgumentParser
import ChannelsCore
import ChannelsFormats
import ChannelsModel

struct ExportCommand: ChannelsCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph (or the part the constraints keep) to standard output or a file.",
        discussion: """
        DOT output is deterministic (the same graph gives the same bytes) and carries the styling of \
        `channels render`; feed it to any Graphviz tool. Other formats are those of `convert`, applied to \
        the part of the graph the constraints keep.

        Examples:
          channels export --format dot > hostage-deal.dot
          channels export --format dot --at 2023-11 --except membership -o november.dot
          channels export --format graphml --except membership,command -o contacts.graphml
          channels export --format yaml --avoid-side qatar
        """)

    @Option(help: ArgumentHelp("Output format: dot, yaml, graphml, gexf, json, csv, tsv, edgelist.", valueName: "format"))
    var format: GraphFileFormat = .dot

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write ('-' for standard output).", valueName: "file"))
    var output: String = "-"

    @OptionGroup var graphOptions: GraphOptions
    @OptionGroup(title: "Constraints") var filterOptions: FilterOptions
    @OptionGroup(title: "Drawing") var diagram: DiagramOptionGroup

    func validate() throws {
        if format == .chsnap && output == "-" { throw ValidationError("a binary snapshot is written to a file: add -o FILE") }
    }

    func execute() throws -> Int32 {
        let loaded = try graphOptions.load()
        let view = loaded.snapshot.view(try filterOptions.filter(for: loaded))
        let actors = (0..<loaded.graph.actors.count).filter { view.allowsNode($0) }
        let channels = loaded.graph.channels.indices.filter { view.allowsEdge($0) }
        if format == .dot {
            let dot = DOTWriter(graph: loaded.graph.typed, options: diagram.options, actors: actors, channels: channels).write()
            try OutputFile.write(Array(dot.utf8), to: output)
            return ExitStatus.success
        }
        let selected = view.isUnfiltered ? loaded.graph.content : .typed(loaded.graph.typed.restricted(to: actors, channels: channels))
        try GraphOutput.write(selected, as: format, to: output)
        return ExitStatus.success
    }
}
