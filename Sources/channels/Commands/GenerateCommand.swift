import ArgumentParser
import ChannelsCore
import ChannelsFormats

struct GenerateCommand: ChannelsCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate a random graph for tests and benchmarks: R-MAT, Barabási–Albert, G(n, p) or G(n, m).",
        discussion: """
        The same model, sizes and --seed give the same graph on every machine. Graphs are simple: no loops \
        and no parallel edges. The output format comes from the extension (an edge list for .txt/.tsv/.edges, \
        a binary snapshot for .chsnap, or any format `convert` writes).

        Examples:
          channels generate rmat --scale 18 --edge-factor 16 -o rmat18.txt
          channels generate rmat --scale 16 --weights 100 -o rmat16-weighted.txt
          channels generate ba --nodes 10000 --m 5 --seed 1 -o ba10k.txt
          channels generate gnp --nodes 1000 --p 0.004 --undirected -o gnp.graphml
          channels generate gnm --nodes 100000 --edges 500000 -o gnm.chsnap
        """)

    enum Model: String, ExpressibleByArgument, CaseIterable {
        case rmat, ba, gnp, gnm
    }

    @Argument(help: "The model: rmat, ba, gnp or gnm.")
    var model: Model

    @Option(help: ArgumentHelp("R-MAT: 2^scale nodes.", valueName: "s"))
    var scale: Int = 12

    @Option(name: .customLong("edge-factor"), help: ArgumentHelp("R-MAT: about this many edges per node.", valueName: "k"))
    var edgeFactor: Int = 16

    @Option(help: ArgumentHelp("BA, G(n,p), G(n,m): the number of nodes.", valueName: "n"))
    var nodes: Int = 1000

    @Option(name: [.customShort("m"), .customLong("m")], help: ArgumentHelp("BA: edges each new node brings.", valueName: "m"))
    var m: Int = 3

    @Option(help: ArgumentHelp("G(n,p): the probability of each edge.", valueName: "p"))
    var p: Double = 0.01

    @Option(help: ArgumentHelp("G(n,m): the number of edges.", valueName: "m"))
    var edges: Int = 5000

    @Option(help: ArgumentHelp("The random seed.", valueName: "n"))
    var seed: UInt64 = 1

    @Flag(help: "Undirected edges (BA is always undirected).")
    var undirected = false

    @Option(name: .customLong("weights"), help: ArgumentHelp("Give each edge a whole weight drawn uniformly from 1…max (for Dijkstra and weighted kernels).", valueName: "max"))
    var largestWeight: Int?

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write ('-' for standard output).", valueName: "file"))
    var output: String

    @Option(name: .customLong("output-format"), help: ArgumentHelp("The output's format, when its extension does not say.", valueName: "format"))
    var outputFormat: GraphFileFormat?

    func validate() throws {
        guard (1...30).contains(scale) else { throw ValidationError("--scale must be between 1 and 30") }
        guard edgeFactor >= 1, nodes >= 1, m >= 1, edges >= 0 else { throw ValidationError("sizes must be positive") }
        guard p >= 0, p <= 1 else { throw ValidationError("--p must be between 0 and 1") }
        if model == .ba && nodes <= m { throw ValidationError("BA needs more nodes than --m") }
        if let largestWeight, largestWeight < 1 { throw ValidationError("--weights must be at least 1") }
    }

    func execute() throws -> Int32 {
        let generated: GraphGenerators.Edges
        switch model {
        case .rmat: generated = GraphGenerators.rmat(scale: scale, edgeFactor: edgeFactor, seed: seed, directed: !undirected)
        case .ba: generated = GraphGenerators.barabasiAlbert(nodes: nodes, edgesPerNode: m, seed: seed)
        case .gnp: generated = GraphGenerators.gnp(nodes: nodes, probability: p, seed: seed, directed: !undirected)
        case .gnm: generated = GraphGenerators.gnm(nodes: nodes, edges: edges, seed: seed, directed: !undirected)
        }
        let graph: PlainGraph
        do {
            graph = try (largestWeight.map { generated.withIntegerWeights(upTo: $0, seed: seed) } ?? generated).plainGraph()
        } catch {
            throw Failure(ExitStatus.software, "\(error)")
        }
        let format = outputFormat ?? GraphFileFormat.fromExtension(output) ?? .edgelist
        try GraphOutput.write(.plain(graph), as: format, to: output)
        Terminal.standardError.write(Terminal.standardError.isTerminal ? "generated \(graph.snapshot.nodeCount) nodes, \(graph.snapshot.edgeCount) edges\n" : "")
        return ExitStatus.success
    }
}
