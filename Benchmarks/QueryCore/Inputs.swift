import ChannelsBuiltin
import ChannelsCore
import ChannelsFormats
import ChannelsModel
import Foundation
import Synchronization

/// The graphs the benchmarks run on: generated deterministically (the same seed on every machine), each
/// once per process and before any measurement, from a benchmark's `setup`.
///
/// Sizes follow the mode: the full suite uses the graphs (R-MAT 18 and 20, BA with 10k and 100k
/// nodes); `CHANNELS_BENCH_SMOKE=1` uses the smallest (R-MAT 10 and 12, BA with 500 and 2000 nodes) so CI
/// builds and runs every benchmark once in seconds.
enum Inputs {
    static let smoke = ProcessInfo.processInfo.environment["CHANNELS_BENCH_SMOKE"] != nil

    /// R-MAT (Graph500 parameters), directed, edge factor 16, whole weights 1…100.
    static var rmatScale: Int { smoke ? 10 : 18 }
    /// The R-MAT graph loaded from text and from a binary snapshot.
    static var loadScale: Int { smoke ? 12 : 20 }
    /// Barabási–Albert, m = 5, for exact betweenness and closeness.
    static var baNodes: Int { smoke ? 500 : 10_000 }
    /// Barabási–Albert, m = 5, for sampled betweenness.
    static var largeBANodes: Int { smoke ? 2_000 : 100_000 }
    /// G(n, m), undirected, for components.
    static var gnmNodes: Int { smoke ? 1_000 : 1 << 20 }

    private static let cache = Mutex<[String: GraphSnapshot]>([:])
    private static let files = Mutex<[String: String]>([:])

    /// The snapshot named `key`, made by `make` the first time.
    static func snapshot(_ key: String, _ make: () -> GraphSnapshot) -> GraphSnapshot {
        if let cached = cache.withLock({ $0[key] }) { return cached }
        let made = make()
        cache.withLock { $0[key] = made }
        return made
    }

    static func plain(_ edges: GraphGenerators.Edges) -> GraphSnapshot {
        do {
            return try edges.plainGraph().snapshot
        } catch {
            fatalError("generated graphs are always valid: \(error)")
        }
    }

    static var rmat: GraphSnapshot {
        snapshot("rmat") { plain(GraphGenerators.rmat(scale: rmatScale, edgeFactor: 16, seed: 1).withIntegerWeights(upTo: 100, seed: 1)) }
    }

    static var rmatUndirected: GraphSnapshot {
        snapshot("rmat-undirected") { plain(GraphGenerators.rmat(scale: rmatScale, edgeFactor: 16, seed: 1, directed: false)) }
    }

    static var ba: GraphSnapshot {
        snapshot("ba") { plain(GraphGenerators.barabasiAlbert(nodes: baNodes, edgesPerNode: 5, seed: 1)) }
    }

    static var largeBA: GraphSnapshot {
        snapshot("ba-large") { plain(GraphGenerators.barabasiAlbert(nodes: largeBANodes, edgesPerNode: 5, seed: 1)) }
    }

    static var gnm: GraphSnapshot {
        snapshot("gnm") { plain(GraphGenerators.gnm(nodes: gnmNodes, edges: gnmNodes * 2, seed: 1)) }
    }

    /// The R-MAT graph with every edge dated on one day of 2023 (uniformly), for time-respecting paths.
    static var datedRMAT: GraphSnapshot {
        snapshot("rmat-dated") {
            let edges = GraphGenerators.rmat(scale: rmatScale, edgeFactor: 16, seed: 1)
            var generator = SplitMix64(seed: 2023)
            let first: Int32 = 19_358  // 2023-01-01
            let days = edges.sources.indices.map { _ in first + Int32(generator.next() % 365) }
            do {
                return try GraphSnapshot(
                    nodeCount: edges.nodeCount, sources: edges.sources, targets: edges.targets, directions: .allDirected,
                    attributes: EdgeAttributes(firstDays: days, lastDays: days))
            } catch {
                fatalError("generated graphs are always valid: \(error)")
            }
        }
    }

    /// R-MAT scale 16, undirected (about 1M channels; scale 10 in smoke mode), with its 10 busiest actors
    /// removed, and 100 pairs of other connected actors drawn with a fixed seed: the what-if benchmark's
    /// input. Undirected, so that nearly every pair has a route to lose or lengthen.
    static var whatIf: (snapshot: GraphSnapshot, removal: Removal, questions: [PairQuestion]) {
        let snapshot = snapshot("rmat-16") { plain(GraphGenerators.rmat(scale: smoke ? 10 : 16, edgeFactor: 16, seed: 1, directed: false)) }
        let busiest = (0..<snapshot.nodeCount).sorted { (snapshot.outDegree($0), -$0) > (snapshot.outDegree($1), -$1) }.prefix(10)
        let removal = Removal(nodes: Set(busiest.map(Int32.init)))
        var generator = SplitMix64(seed: 20)
        var questions: [PairQuestion] = []
        while questions.count < 100 {
            let source = Int(generator.next() % UInt64(snapshot.nodeCount)), target = Int(generator.next() % UInt64(snapshot.nodeCount))
            guard source != target, !busiest.contains(source), !busiest.contains(target), snapshot.outDegree(source) > 0 else { continue }
            questions.append(PairQuestion(from: source, to: target))
        }
        return (snapshot, removal, questions)
    }

    /// The curated hostage-deal graph, for the CLI-sized queries.
    static var curated: (graph: ChannelGraph, snapshot: GraphSnapshot) {
        let embedded = BuiltinGraphs.defaultGraph
        let graph = embedded.flatMap { YAMLGraphReader.read(Array($0.text.utf8), file: $0.fileName).graph } ?? ChannelGraph(actors: [], channels: [])
        return (graph, snapshot("curated") { GraphSnapshot(graph) })
    }

    /// A file holding the load benchmarks' R-MAT graph as an edge list (`txt`) or a snapshot (`chsnap`),
    /// written once into the temporary folder.
    static func loadFile(_ format: String) -> String {
        if let path = files.withLock({ $0[format] }) { return path }
        let plain: PlainGraph
        do {
            plain = try GraphGenerators.rmat(scale: loadScale, edgeFactor: 16, seed: 1).plainGraph()
        } catch {
            fatalError("generated graphs are always valid: \(error)")
        }
        let path = FileManager.default.temporaryDirectory.appending(path: "channels-bench-rmat\(loadScale).\(format)").path
        do {
            if format == "chsnap" {
                try BinarySnapshot.write(plain, to: path)
            } else {
                try AtomicFile.write(EdgeList.write(plain), to: path)
            }
        } catch {
            fatalError("cannot write \(path): \(error)")
        }
        files.withLock { $0[format] = path }
        return path
    }

    /// The node of highest out-degree (lowest id on ties): the source every path benchmark starts from.
    static func hub(of snapshot: GraphSnapshot) -> Int {
        (0..<snapshot.nodeCount).max { (snapshot.outDegree($0), -$0) < (snapshot.outDegree($1), -$1) } ?? 0
    }

    /// The last node a breadth-first search from `source` reaches, one at the greatest hop distance: the
    /// target of the pair benchmarks.
    static func farthest(from source: Int, in snapshot: GraphSnapshot) -> Int {
        GraphView(snapshot).breadthFirst(from: source).order.last.map(Int.init) ?? source
    }
}
