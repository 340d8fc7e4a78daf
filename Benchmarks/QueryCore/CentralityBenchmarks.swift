@preconcurrency import Benchmark
import ChannelsCore

/// Centrality: exact betweenness on BA (10k nodes, m = 5) on one and on both cores, sampled betweenness
/// (256 pivots) on BA with 100k nodes, closeness on BA 10k, PageRank on R-MAT 18, betweenness on the
/// curated graph.
func centralityBenchmarks() {
    let ba: Benchmark.BenchmarkSetupHook = { _ = Inputs.ba }
    for threads in [1, 2] {
        Benchmark("centrality.betweenness-exact-\(threads)-thread\(threads == 1 ? "" : "s").ba",
                  configuration: Suite.configuration(iterations: 3, setup: ba)) { benchmark in
            var options = BetweennessOptions()
            options.threads = threads
            let view = GraphView(Inputs.ba)
            benchmark.startMeasurement()
            blackHole(view.betweenness(options)?.nodes.count)
        }
    }
    Benchmark("centrality.betweenness-sampled-256.ba-large",
              configuration: Suite.configuration(iterations: 5, setup: { _ = Inputs.largeBA })) { benchmark in
        var options = BetweennessOptions()
        options.sampleSize = 256
        options.seed = 1
        let view = GraphView(Inputs.largeBA)
        benchmark.startMeasurement()
        blackHole(view.betweenness(options)?.nodes.count)
    }
    Benchmark("centrality.closeness.ba", configuration: Suite.configuration(iterations: 3, setup: ba)) { benchmark in
        let view = GraphView(Inputs.ba)
        benchmark.startMeasurement()
        blackHole(view.closeness()?.closeness.count)
    }
    Benchmark("centrality.pagerank.rmat", configuration: Suite.configuration(iterations: 10, setup: { _ = Inputs.rmat })) { benchmark in
        let view = GraphView(Inputs.rmat)
        benchmark.startMeasurement()
        blackHole((try? view.pageRank(alpha: 0.85, PowerIterationOptions(weighted: false, tolerance: 1e-10, maximumIterations: 1000)))?.count)
    }
    Benchmark("centrality.betweenness.curated", configuration: Suite.configuration(iterations: 1000, setup: { _ = Inputs.curated }, metrics: Suite.metricsWithoutARC)) { benchmark in
        let view = GraphView(Inputs.curated.snapshot)
        benchmark.startMeasurement()
        blackHole(view.betweenness()?.nodes.count)
    }
}
