import ArgumentParser
import ChannelsCore
import ChannelsFormats
import ChannelsModel

struct BenchCommand: ChannelsCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time one query-core kernel inside this process, for comparisons with other libraries.",
        discussion: """
        The graph is loaded once (its load time is reported on its own), then the kernel runs --repeat times; \
        each run is timed alone, so process start and loading never count against the kernel. The `load` \
        and `load-snapshot` kernels time the loading itself. --values writes the kernel's result (one value \
        per node, keyed by node label) for checking against other libraries.

        Kernels: load, load-snapshot, bfs (full single-source, direction-optimising), bfs-pair (single pair, searching from the \
        source until the target is found), bidirectional (single pair, from both ends), \
        dijkstra, sssp (single-source costs by the search GraphView.cheapestCosts picks: direction-optimising \
        BFS when every channel costs the same, Dijkstra on one thread under 4,096 nodes, delta-stepping \
        otherwise; --delta forces delta-stepping with that width), yen (k shortest, --k), earliest-arrival, \
        betweenness, betweenness-sampled (--pivots), closeness, pagerank (--steps for a fixed number of steps), \
        components (weak on an undirected graph, strong on a directed one), articulation. bfs, sssp, pagerank, \
        closeness and the betweenness kernels use --threads, as do components on an undirected graph (strong \
        components run on one thread); delta-stepping uses at most one thread per core.

        Examples:
          channels bench bfs --graph rmat18.txt --repeat 10 --format json
          channels bench betweenness --graph ba10k.txt --undirected --threads 1 --repeat 3
          channels bench load --graph rmat20.txt --repeat 3
          channels bench pagerank --graph rmat18.txt --values pagerank.json
          channels bench pagerank --graph rmat18.txt --undirected --steps 20 --threads 1
          channels bench sssp --graph rmat18.txt --weighted --threads 2
        """)

    enum Kernel: String, ExpressibleByArgument, CaseIterable {
        case load, loadSnapshot = "load-snapshot", bfs, bfsPair = "bfs-pair", bidirectional, dijkstra, sssp, yen
        case earliestArrival = "earliest-arrival", betweenness, betweennessSampled = "betweenness-sampled"
        case closeness, pagerank, components, articulation
    }

    @Argument(help: "The kernel to time.")
    var kernel: Kernel

    @OptionGroup var graphOptions: GraphOptions

    @Option(name: .customLong("repeat"), help: ArgumentHelp("How many timed runs.", valueName: "n"))
    var repetitions: Int = 5

    @Option(help: ArgumentHelp("Untimed runs first.", valueName: "n"))
    var warmup: Int = 1

    @Option(help: ArgumentHelp("The source node's label (default: the node of highest out-degree).", valueName: "label"))
    var source: String?

    @Option(help: ArgumentHelp("The target node's label for pair kernels (default: the farthest node the source reaches).", valueName: "label"))
    var target: String?

    @Option(name: [.customLong("k"), .customShort("k")], help: ArgumentHelp("yen: routes to find.", valueName: "n"))
    var k: Int = 10

    @Option(help: ArgumentHelp("betweenness-sampled: source nodes to sample.", valueName: "n"))
    var pivots: Int = 256

    @Option(help: ArgumentHelp("pagerank: run exactly this many steps, with no convergence test (time per step, as GAP's pr -i n -t 0).", valueName: "n"))
    var steps: Int?

    @Option(help: ArgumentHelp("sssp: delta-stepping's bin width (default: the mean channel cost over the mean degree).", valueName: "x"))
    var delta: Double?

    @Option(help: ArgumentHelp("Random seed for sampling.", valueName: "n"))
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Worker threads.", valueName: "n"))
    var threads: Int = OrderedParallelSum.processorCount

    @Flag(help: "Weighted kernels use the edge weights (Dijkstra, betweenness, closeness).")
    var weighted = false

    @Option(help: ArgumentHelp("Write the kernel's values per node label to this JSON file.", valueName: "file"))
    var values: String?

    @OptionGroup var output: OutputOptions

    var outputFile: String? { output.file }

    func validate() throws {
        if repetitions < 1 { throw ValidationError("--repeat must be at least 1") }
        if warmup < 0 { throw ValidationError("--warmup cannot be negative") }
        if threads < 1 { throw ValidationError("--threads must be at least 1") }
        if let steps, steps < 1 { throw ValidationError("--steps must be at least 1") }
        if let delta, !(delta > 0 && delta.isFinite) { throw ValidationError("--delta must be a positive number") }
    }

    func execute() throws -> Int32 {
        let clock = ContinuousClock()
        var loadTimes: [Double] = []
        var loaded: LoadedGraph?
        let loadRuns = kernel == .load || kernel == .loadSnapshot ? warmup + repetitions : 1
        for run in 0..<loadRuns {
            loaded = nil  // so that each load starts from the memory the last one gave back
            let start = clock.now
            let graph = try graphOptions.load()
            _ = graph.snapshot
            let elapsed = Self.milliseconds(clock.now - start)
            if kernel != .load && kernel != .loadSnapshot || run >= warmup { loadTimes.append(elapsed) }
            loaded = graph
        }
        guard let loaded else { return ExitStatus.software }
        let snapshot = loaded.snapshot
        let view = GraphView(snapshot)
        var kernelTimes: [Double] = []
        var summary: [(String, JSON)] = []
        if kernel != .load && kernel != .loadSnapshot {
            let (sourceNode, targetNode) = try endpoints(loaded: loaded, view: view)
            summary.append(("source", .string(loaded.graph.actors[sourceNode].id)))
            if [.bfsPair, .bidirectional, .dijkstra, .yen, .earliestArrival].contains(kernel) {
                summary.append(("target", .string(loaded.graph.actors[targetNode].id)))
            }
            var result: KernelResult = .none
            // Path queries reuse one finder, as a session answering many queries does: its scratch space
            // for every node is set up once, and each query touches only the nodes it reaches.
            let finder = PathFinder(snapshot)
            for attempt in 0..<(warmup + repetitions) {
                let start = clock.now
                result = run(view: view, finder: finder, source: sourceNode, target: targetNode)
                let elapsed = Self.milliseconds(clock.now - start)
                if attempt >= warmup { kernelTimes.append(elapsed) }
            }
            summary += result.summary
            if let values {
                try OutputFile.write(Array(result.valuesJSON(labels: loaded).rendered(indent: nil).utf8), to: values)
            }
        }
        let timesLoad = kernel == .load || kernel == .loadSnapshot
        output.write(BenchReport(
            kernel: kernel.rawValue, graph: loaded.name, nodes: snapshot.nodeCount, edges: snapshot.edgeCount,
            directed: snapshot.isDirected, threads: threads, loadMilliseconds: loadTimes.min() ?? 0,
            times: timesLoad ? loadTimes : kernelTimes, timed: timesLoad ? "load" : "kernel", result: summary))
        return ExitStatus.success
    }

    /// The source (given, or the node of highest out-degree, the lowest id on ties) and the target (given,
    /// or the last node a breadth-first search from the source reaches: one at the greatest hop distance).
    private func endpoints(loaded: LoadedGraph, view: GraphView) throws -> (Int, Int) {
        let snapshot = view.snapshot
        let sourceNode = try source.map { try loaded.actor($0) } ?? (0..<snapshot.nodeCount).max {
            (snapshot.outDegree($0), -$0) < (snapshot.outDegree($1), -$1)
        } ?? 0
        if let target { return (sourceNode, try loaded.actor(target)) }
        let tree = view.breadthFirst(from: sourceNode)
        let farthest = tree.order.last.map(Int.init) ?? sourceNode
        return (sourceNode, farthest)
    }

    /// What a kernel produced, summarised for the report and, where there is one, per node.
    enum KernelResult {
        case none
        case distances([Double])
        case route(Route?)
        case routes([Route])
        case perNode([Double])
        case count(Int)

        var summary: [(String, JSON)] {
            switch self {
            case .none: return []
            case .distances(let values):
                let reached = values.filter(\.isFinite)
                return [("reached", .int(reached.count)), ("distance_sum", .number(reached.reduce(0, +)))]
            case .route(let route):
                return [("hops", route.map { .int($0.hops) } ?? .null), ("cost", route.map { .number($0.cost) } ?? .null)]
            case .routes(let routes):
                return [("routes", .int(routes.count)), ("costs", .array(routes.map { .number($0.cost) }))]
            case .perNode(let values):
                return [("sum", .number(values.filter(\.isFinite).reduce(0, +))), ("max", .number(values.filter(\.isFinite).max() ?? 0))]
            case .count(let count):
                return [("count", .int(count))]
            }
        }

        func valuesJSON(labels loaded: LoadedGraph) -> JSON {
            switch self {
            case .distances(let values), .perNode(let values):
                return .object(values.enumerated().map { (loaded.graph.actors[$0].id, JSON.number($1)) })
            case .route(let route):
                return .array((route?.nodes ?? []).map { .string(loaded.graph.actors[Int($0)].id) })
            case .routes(let routes):
                return .array(routes.map { .object([("cost", .number($0.cost)), ("path", .array($0.nodes.map { .string(loaded.graph.actors[Int($0)].id) }))]) })
            case .count(let count):
                return .int(count)
            case .none:
                return .null
            }
        }
    }

    private func run(view: GraphView, finder: PathFinder, source: Int, target: Int) -> KernelResult {
        let snapshot = view.snapshot
        switch kernel {
        case .load, .loadSnapshot:
            return .none
        case .bfs:
            let levels = view.hopDistances(from: source, threads: threads)
            return .distances(levels.distance.map { $0 < 0 ? .infinity : Double($0) })
        case .bfsPair:
            return .route(finder.shortestRouteSearchingForward(from: source, to: target, in: view))
        case .bidirectional:
            return .route(finder.shortestRoute(from: source, to: target, in: view))
        case .dijkstra:
            return .distances(view.shortestDistances(from: source, cost: weighted ? .weight : .hops).cost)
        case .sssp:
            if delta == nil { return .distances(view.cheapestCosts(from: source, cost: weighted ? .weight : .hops, threads: threads)) }
            return .distances(view.deltaSteppingCosts(from: source, cost: weighted ? .weight : .hops, delta: delta, threads: threads))
        case .yen:
            return .routes(finder.kShortestRoutes(from: source, to: target, k: k, cost: weighted ? .weight : .hops, in: view).routes)
        case .earliestArrival:
            var query = PathQuery(source: source, target: target)
            query.mode = .earliestArrival(after: .min, before: nil)
            return .route(finder.answer(query).routes.first?.route)
        case .betweenness, .betweennessSampled:
            var options = BetweennessOptions()
            options.weighted = weighted
            options.threads = threads
            options.seed = seed
            if kernel == .betweennessSampled { options.sampleSize = pivots }
            return .perNode(view.betweenness(options)?.nodes ?? [])
        case .closeness:
            return .perNode(view.closeness(weighted: weighted, threads: threads)?.closeness ?? [])
        case .pagerank:
            if let steps { return .perNode(view.pageRank(alpha: 0.85, steps: steps, threads: threads)) }
            return .perNode((try? view.pageRank(alpha: 0.85, PowerIterationOptions(weighted: false, tolerance: 1e-10, maximumIterations: 1000, threads: threads))) ?? [])
        case .components:
            return .count(snapshot.isDirected ? view.strongComponents().count : view.weakComponents(threads: threads).count)
        case .articulation:
            return .count(view.cutStructure().articulationPoints.count)
        }
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) * 1e-15
    }
}
