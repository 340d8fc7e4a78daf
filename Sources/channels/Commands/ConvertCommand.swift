import ArgumentParser
import ChannelsFormats

struct ConvertCommand: ChannelsCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a graph between formats: YAML, GraphML, GEXF, node-link JSON, CSV/TSV, edge lists, DOT and binary snapshots.",
        discussion: """
        Formats come from the file extensions (.yaml, .graphml, .gexf, .json, .csv, .tsv, .txt/.edges, .dot, \
        .chsnap) or from --input-format and --output-format. YAML, GraphML and JSON keep every attribute of \
        the model, so YAML → GraphML → YAML and YAML → JSON → YAML give back the same file. CSV and TSV \
        write two files: the edges, and the nodes beside them (graph.csv and graph.nodes.csv). Binary \
        snapshots (.chsnap) load millions of edges in well under a second.

        Examples:
          channels convert Graphs/hostage-deal-2023.yaml deal.graphml
          channels convert deal.graphml deal.yaml
          channels convert gephi-export.gexf graph.json
          channels convert edges.csv graph.yaml --nodes nodes.csv
          channels convert big.tsv big.chsnap --undirected
        """)

    @Argument(help: ArgumentHelp("The graph to read ('-' for standard input).", valueName: "in"))
    var input: String

    @Argument(help: ArgumentHelp("Where to write ('-' for standard output).", valueName: "out"))
    var output: String

    @Option(name: .customLong("input-format"), help: ArgumentHelp("The input's format, when its extension does not say.", valueName: "format"))
    var inputFormat: GraphFileFormat?

    @Option(name: .customLong("output-format"), help: ArgumentHelp("The output's format, when its extension does not say.", valueName: "format"))
    var outputFormat: GraphFileFormat?

    @Option(help: ArgumentHelp("A CSV of node attributes to go with a CSV edge list.", valueName: "file"))
    var nodes: String?

    @Flag(help: "Edge lists and CSV edges without a direction are undirected (default: directed).")
    var undirected = false

    func execute() throws -> Int32 {
        var options = GraphOptions(graph: input, inputFormat: inputFormat)
        options.nodes = nodes
        options.undirected = undirected
        let loaded = try options.load()
        let format = try GraphOutput.format(for: output, explicit: outputFormat)
        try GraphOutput.write(loaded.graph.content, as: format, to: output)
        return ExitStatus.success
    }
}
