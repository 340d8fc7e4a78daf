@preconcurrency import Benchmark
import ChannelsCore
import ChannelsModel

/// Paths on R-MAT (scale 18; 10 in smoke mode) from its hub: single pair (BFS and bidirectional), full
/// single-source BFS, Dijkstra on whole weights, Yen with k = 10, earliest arrival on dated edges; and
/// `path Biden Hamas` on the curated graph.
func pathBenchmarks() {
    let rmat: Benchmark.BenchmarkSetupHook = { _ = Inputs.rmat }
    Benchmark("path.pair-bfs.rmat", configuration: Suite.configuration(iterations: 20, setup: rmat)) { benchmark in
        let snapshot = Inputs.rmat, view = GraphView(snapshot), finder = PathFinder(snapshot)
        let source = Inputs.hub(of: snapshot), target = Inputs.farthest(from: source, in: snapshot)
        benchmark.startMeasurement()
        blackHole(finder.shortestRouteSearchingForward(from: source, to: target, in: view))
    }
    Benchmark("path.pair-bidirectional.rmat", configuration: Suite.configuration(iterations: 50, setup: rmat)) { benchmark in
        let snapshot = Inputs.rmat, view = GraphView(snapshot), finder = PathFinder(snapshot)
        let source = Inputs.hub(of: snapshot), target = Inputs.farthest(from: source, in: snapshot)
        benchmark.startMeasurement()
        blackHole(finder.shortestRoute(from: source, to: target, in: view))
    }
    Benchmark("path.full-bfs.rmat", configuration: Suite.configuration(iterations: 20, setup: rmat)) { benchmark in
        let snapshot = Inputs.rmat, view = GraphView(snapshot), source = Inputs.hub(of: snapshot)
        benchmark.startMeasurement()
        blackHole(view.breadthFirst(from: source).order.count)
    }
    Benchmark("path.direction-optimizing-bfs.rmat", configuration: Suite.configuration(iterations: 20, setup: rmat)) { benchmark in
        let snapshot = Inputs.rmat, view = GraphView(snapshot), source = Inputs.hub(of: snapshot)
        benchmark.startMeasurement()
        blackHole(view.hopDistances(from: source).distance.count)
    }
    Benchmark("path.delta-stepping.rmat", configuration: Suite.configuration(iterations: 10, setup: rmat)) { benchmark in
        let snapshot = Inputs.rmat, view = GraphView(snapshot), source = Inputs.hub(of: snapshot)
        benchmark.startMeasurement()
        blackHole(view.deltaSteppingCosts(from: source, cost: .weight).count)
    }
    Benchmark("path.dijkstra.rmat", configuration: Suite.configuration(iterations: 10, setup: rmat)) { benchmark in
        let snapshot = Inputs.rmat, view = GraphView(snapshot), source = Inputs.hub(of: snapshot)
        benchmark.startMeasurement()
        blackHole(view.shortestDistances(from: source, cost: .weight).cost.count)
    }
    Benchmark("path.yen-k10.rmat", configuration: Suite.configuration(iterations: 5, setup: rmat)) { benchmark in
        let snapshot = Inputs.rmat, view = GraphView(snapshot), finder = PathFinder(snapshot)
        let source = Inputs.hub(of: snapshot), target = Inputs.farthest(from: source, in: snapshot)
        benchmark.startMeasurement()
        blackHole(finder.kShortestRoutes(from: source, to: target, k: 10, cost: .hops, in: view).routes.count)
    }
    Benchmark("path.earliest-arrival.rmat-dated", configuration: Suite.configuration(iterations: 10, setup: { _ = Inputs.datedRMAT })) { benchmark in
        let snapshot = Inputs.datedRMAT, finder = PathFinder(snapshot)
        let source = Inputs.hub(of: snapshot), target = Inputs.farthest(from: source, in: snapshot)
        var query = PathQuery(source: source, target: target)
        query.mode = .earliestArrival(after: .min, before: nil)
        benchmark.startMeasurement()
        blackHole(finder.answer(query).routes.count)
    }
    Benchmark("path.biden-hamas.curated", configuration: Suite.configuration(iterations: 1000, setup: { _ = Inputs.curated }, metrics: Suite.metricsWithoutARC)) { benchmark in
        let (graph, snapshot) = Inputs.curated
        let resolver = ActorResolver(graph: graph)
        guard case .success(let biden) = resolver.resolve("Biden"), case .success(let hamas) = resolver.resolve("Hamas") else {
            benchmark.error("the curated graph lacks Biden or Hamas")
            return
        }
        let finder = PathFinder(snapshot)
        benchmark.startMeasurement()
        blackHole(finder.answer(PathQuery(source: biden, target: hamas)).routes.count)
    }
}
