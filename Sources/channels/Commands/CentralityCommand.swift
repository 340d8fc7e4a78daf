import ArgumentParser
import ChannelsCore
import ChannelsModel
import ChannelsRender

/// The node measures `channels centrality` computes.
enum CentralityMetric: String, CaseIterable, ExpressibleByArgument {
    case degree, inDegree = "in-degree", outDegree = "out-degree", betweenness, closeness, harmonic
    case eigenvector, pagerank, katz, constraint, effectiveSize = "effective-size"
    case edgeBetweenness = "edge-betweenness"

    /// Whether smaller values mean "more central" (constraint: a broker is unconstrained).
    var ascending: Bool { self == .constraint }
}

struct CentralityCommand: GraphQuestion {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Rank actors by centrality: degree, betweenness, closeness, harmonic, eigenvector, PageRank, Katz, constraint, effective size.",
        discussion: """
        Values follow NetworkX's definitions. Without --normalized, degree counts channels and betweenness \
        counts routes; with it they are scaled as NetworkX's degree_centrality and \
        betweenness_centrality(normalized=True) scale them. Routes count actors, not channels: parallel \
        channels count once. The constraints of `path` apply (--at, --between, --only, --except, --avoid, \
        --min-confidence), so "who brokers in November, by calls and meetings only?" is one command.

        Metrics: degree, in-degree, out-degree, betweenness, closeness, harmonic, eigenvector, pagerank, \
        katz, constraint (low = broker), effective-size, edge-betweenness (ranks channels), or all.

        Over time: --over day|week|month gives one value per actor per step (weeks run Monday to \
        Sunday), each computed on the channels active in that step (or in the last N steps with \
        --window N, or in everything up to the step's end with --cumulative), exactly as \
        `--between START END` on that window would. The steps cover the dated channels, or the \
        --between period. --render FILE.svg (or .png, .pdf) draws a line chart of the top actors.

        Examples:
          channels centrality
          channels centrality --metric betweenness --top 5
          channels centrality --metric all --side qatar --format csv
          channels centrality --metric betweenness --normalized --at 2023-11 --except membership,command
          channels centrality --metric betweenness --sample 256 --seed 7 --graph big.tsv
          channels centrality --metric pagerank --personalize Hamas --alpha 0.9
          channels centrality --metric edge-betweenness --top 10
          channels centrality --over week --render docs/betweenness-by-week.svg
          channels centrality --over day --window 7 --metric pagerank --format csv
          channels centrality --over week --cumulative --between 2023-10-07 2023-11-30 --format json
        """)

    @Option(help: ArgumentHelp("The measure, or 'all' for every node measure.", valueName: "name"))
    var metric: String = "betweenness"

    @Option(help: ArgumentHelp("Show only the N highest-ranked actors.", valueName: "n"))
    var top: Int?

    @Option(help: ArgumentHelp("Show only actors of this kind (the graph is not changed).", valueName: "kind"))
    var kind: String?

    @Option(help: ArgumentHelp("Show only actors of this side (the graph is not changed).", valueName: "side"))
    var side: String?

    @Flag(help: "Scale degree and betweenness as NetworkX's normalized values.")
    var normalized = false

    @Flag(help: "Use channel weights: as distances for betweenness and closeness, as strengths elsewhere.")
    var weighted = false

    @Flag(help: "Betweenness: count the endpoints of each route, as NetworkX's endpoints=True.")
    var endpoints = false

    @Option(help: ArgumentHelp("Betweenness: approximate from this many sampled source actors.", valueName: "k"))
    var sample: Int?

    @Option(help: ArgumentHelp("Seed for --sample.", valueName: "n"))
    var seed: UInt64 = 0

    @Option(help: ArgumentHelp("Worker threads for betweenness, closeness and PageRank (the result does not depend on it).", valueName: "n"))
    var threads: Int = OrderedParallelSum.processorCount

    @Option(help: ArgumentHelp("PageRank damping factor; Katz attenuation.", valueName: "x"))
    var alpha: Double?

    @Option(help: ArgumentHelp("PageRank: teleport only to these actors (repeatable).", valueName: "actor"))
    var personalize: [String] = []

    @Option(help: ArgumentHelp("Power iterations stop when the total change is below n × this.", valueName: "x"))
    var tolerance: Double = 1e-6

    @Option(name: .customLong("max-iterations"), help: ArgumentHelp("Power iterations give up after this many steps.", valueName: "n"))
    var maximumIterations: Int?

    @Option(help: ArgumentHelp("Compute per step of time: day, week or month.", valueName: "step"))
    var over: StepUnit?

    @Option(help: ArgumentHelp("With --over: each step covers the channels of this many steps, up to its own.", valueName: "n"))
    var window: Int?

    @Flag(help: "With --over: each step covers every channel up to its end.")
    var cumulative = false

    @Option(help: ArgumentHelp("With --over: draw a line chart of the top actors (.svg; .png and .pdf need rsvg-convert).", valueName: "file"))
    var render: String?

    @OptionGroup var graphOptions: GraphOptions
    @OptionGroup(title: "Constraints") var filterOptions: FilterOptions
    @OptionGroup var output: OutputOptions

    var outputFile: String? { output.file }

    func validate() throws {
        if metric != "all" && CentralityMetric(rawValue: metric) == nil {
            let names = CentralityMetric.allCases.map(\.rawValue) + ["all"]
            let hint = Suggestions.didYouMean(metric, among: names)
            throw ValidationError("unknown metric '\(metric)'\(hint) Metrics: \(names.joined(separator: ", "))")
        }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if let sample, sample < 1 { throw ValidationError("--sample must be at least 1") }
        if threads < 1 { throw ValidationError("--threads must be at least 1") }
        if !(tolerance > 0) { throw ValidationError("--tolerance must be positive") }
        if let maximumIterations, maximumIterations < 1 { throw ValidationError("--max-iterations must be at least 1") }
        if over == nil && (window != nil || cumulative || render != nil) {
            throw ValidationError("--window, --cumulative and --render go with --over day|week|month")
        }
        if let window, window < 1 { throw ValidationError("--window must be at least 1") }
        if window != nil && cumulative { throw ValidationError("use --window or --cumulative, not both") }
        if over != nil && filterOptions.at != nil { throw ValidationError("--over sets the time window of each step: use --between for the period, not --at") }
        if over != nil && metric == CentralityMetric.edgeBetweenness.rawValue { throw ValidationError("--over ranks actors; edge-betweenness is not available over time") }
    }

    func execute() throws -> Int32 {
        Interrupt.install()
        let loaded = try graphOptions.load()
        if let over {
            let report = try series(over: over, loaded: loaded)
            if let render { try ChartOutput.write(svg: report.chart().svg(), to: render) }
            output.write(report)
            return report.actors.isEmpty ? ExitStatus.noResult : ExitStatus.success
        }
        let answer = try answer(on: loaded)
        output.write(answer.report)
        return answer.status
    }

    /// The metrics asked for: one, or every actor metric for `all`.
    var metrics: [CentralityMetric] {
        metric == "all" ? CentralityMetric.allCases.filter { $0 != .edgeBetweenness } : [CentralityMetric(rawValue: metric) ?? .betweenness]
    }

    func answer(on loaded: LoadedGraph) throws -> Answer {
        if let over {
            let report = try series(over: over, loaded: loaded)
            return Answer(report, status: report.actors.isEmpty ? ExitStatus.noResult : ExitStatus.success)
        }
        let graph = loaded.graph
        let view = loaded.snapshot.view(try filterOptions.filter(for: loaded))
        let metrics = self.metrics
        if metrics == [.edgeBetweenness] { return try channelRanking(loaded: loaded, view: view) }
        let values = try compute(metrics, view: view, loaded: loaded)
        let rows = try selectedActors(graph: graph, view: view).sorted { a, b in
            let key = metrics[0]
            let (x, y) = (values[key]?[a] ?? .nan, values[key]?[b] ?? .nan)
            if x.isNaN != y.isNaN { return y.isNaN }
            if x != y && !x.isNaN { return key.ascending ? x < y : x > y }
            return graph.actors[a].id < graph.actors[b].id
        }.prefix(top ?? .max)
        let report = CentralityReport(graph: graph, metrics: metrics, values: values, rows: Array(rows), normalized: normalized)
        return Answer(report, status: rows.isEmpty ? ExitStatus.noResult : ExitStatus.success)
    }

    func compute(_ metrics: [CentralityMetric], view: GraphView, loaded: LoadedGraph) throws -> [CentralityMetric: [Double]] {
        var values: [CentralityMetric: [Double]] = [:]
        let count = Double(view.allowedNodeCount)
        let degreeScale = normalized && count > 1 ? 1 / (count - 1) : 1
        let iterations = PowerIterationOptions(weighted: weighted, tolerance: tolerance, maximumIterations: maximumIterations ?? 100,
                                               threads: threads)
        if metrics.contains(where: { [.degree, .inDegree, .outDegree].contains($0) }) {
            let degrees = view.degrees(weighted: weighted)
            values[.degree] = degrees.total.map { $0 * degreeScale }
            values[.inDegree] = degrees.inDegree.map { $0 * degreeScale }
            values[.outDegree] = degrees.outDegree.map { $0 * degreeScale }
        }
        if metrics.contains(.betweenness) {
            values[.betweenness] = try betweenness(of: view, channels: false)?.nodes
        }
        if metrics.contains(.closeness) || metrics.contains(.harmonic) {
            let progress = ProgressReporter("closeness", unit: "actors")
            let result = view.closeness(weighted: weighted, threads: threads, progress: { progress.update($0, $1) }, isCancelled: Interrupt.cancellation())
            progress.finish()
            if result == nil { try Interrupt.check() }
            values[.closeness] = result?.closeness
            values[.harmonic] = result?.harmonic
        }
        do {
            if metrics.contains(.eigenvector) { values[.eigenvector] = try view.eigenvector(iterations) }
            if metrics.contains(.pagerank) {
                let personalization = personalize.isEmpty ? nil : Dictionary(
                    try personalize.map { (Int32(try loaded.actor($0)), 1.0) }, uniquingKeysWith: +)
                values[.pagerank] = try view.pageRank(alpha: alpha ?? 0.85, personalization: personalization, iterations)
            }
            if metrics.contains(.katz) {
                var katzIterations = iterations
                katzIterations.maximumIterations = maximumIterations ?? 1000
                values[.katz] = try view.katz(alpha: alpha ?? 0.1, katzIterations)
            }
        } catch let failure as ConvergenceFailure {
            if metric != "all" { throw Failure(ExitStatus.noResult, "\(failure)") }
            Terminal.standardError.write("channels: \(failure)\n")
        }
        if metrics.contains(.constraint) || metrics.contains(.effectiveSize) {
            let holes = view.structuralHoles(weighted: weighted)
            values[.constraint] = holes.constraint
            values[.effectiveSize] = holes.effectiveSize
        }
        return values
    }

    /// The actors to list: those the view keeps, narrowed by --kind and --side.
    func selectedActors(graph: GraphCatalog, view: GraphView) throws -> [Int] {
        if let kind { _ = try FilterOptions.kinds([kind], option: "--kind", allowed: graph.kinds.actorKinds.map(\.id)) }
        if let side, !graph.actors.contains(where: { $0.side == side }) {
            let sides = Set(graph.actors.compactMap(\.side)).sorted()
            let hint = Suggestions.didYouMean(side, among: sides)
            throw Failure(ExitStatus.usage, "--side: no actor has side '\(side)'\(hint)")
        }
        return graph.actors.indices.filter { index in
            view.allowsNode(index) && (kind == nil || graph.actors[index].kind.rawValue == kind)
                && (side == nil || graph.actors[index].side == side)
        }
    }

    /// Betweenness under the command's options, with progress on stderr: of actors, or of channels too
    /// (`--endpoints` applies to actors only).
    private func betweenness(of view: GraphView, channels: Bool) throws -> Betweenness? {
        var options = BetweennessOptions()
        options.weighted = weighted
        options.normalized = normalized
        options.endpoints = endpoints && !channels
        options.sampleSize = sample
        options.seed = seed
        options.threads = threads
        options.includeEdges = channels
        let progress = ProgressReporter(channels ? "edge betweenness" : "betweenness", unit: "sources")
        let result = view.betweenness(options, progress: { progress.update($0, $1) }, isCancelled: Interrupt.cancellation())
        progress.finish()
        if result == nil { try Interrupt.check() }
        return result
    }

    /// `--metric edge-betweenness`: channels ranked by the share of shortest routes they carry.
    private func channelRanking(loaded: LoadedGraph, view: GraphView) throws -> Answer {
        let graph = loaded.graph
        let values = try betweenness(of: view, channels: true)?.edges ?? []
        let edges = graph.channels.indices.filter { view.allowsEdge($0) && view.allowsNode(graph.channels[$0].source) && view.allowsNode(graph.channels[$0].target) }
            .sorted { values[$0] != values[$1] ? values[$0] > values[$1] : $0 < $1 }
            .prefix(top ?? .max)
        return Answer(ChannelRankingReport(graph: graph, channels: Array(edges), values: values, normalized: normalized),
                      status: edges.isEmpty ? ExitStatus.noResult : ExitStatus.success)
    }
}
