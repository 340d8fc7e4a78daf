@preconcurrency import Benchmark
import ChannelsCore
import ChannelsFormats
import ChannelsModel
import Foundation

/// The query-core benchmark suite: loading, paths, centrality and structure on generated graphs, and
/// the CLI-sized queries on the curated graph.
///
/// Run with `BENCHMARKS=1 swift package benchmark` (see `Benchmarks/README.md`). Wall clock is reported,
/// never gated: the committed thresholds gate allocations and retain/release counts only.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = Suite.configuration(iterations: 10)
    loadBenchmarks()
    pathBenchmarks()
    centralityBenchmarks()
    structureBenchmarks()
    scenarioBenchmarks()
}

/// Shared settings: the metrics every benchmark records and the tolerances its thresholds allow.
enum Suite {
    static var metrics: [BenchmarkMetric] { [.wallClock, .cpuTotal, .mallocCountTotal, .retainCount, .releaseCount] }

    /// The metrics but retain/release counts. Counting them needs Swift 6.3's runtime hooks, which crash in
    /// code that parses YAML on Linux (ordo-one/benchmark#349; the interposer that avoids it is not in this
    /// machine's package mirror), so the benchmarks on the curated graph go without.
    static var metricsWithoutARC: [BenchmarkMetric] { [.wallClock, .cpuTotal, .mallocCountTotal] }

    /// A kernel allocates a fixed handful of buffers and retains next to nothing, whatever the graph's
    /// size; a count that grows by more than these margins means work per node or per edge crept in.
    /// Counts move by a few dozen between runs (threads, lazy runtime set-up), so the margins are absolute.
    /// Time is not checked at all: the machines are shared and noisy.
    static var thresholds: [BenchmarkMetric: BenchmarkThresholds] {
        [
            .mallocCountTotal: BenchmarkThresholds(absolute: [.p90: 50]),
            .retainCount: BenchmarkThresholds(absolute: [.p90: 100]),
            .releaseCount: BenchmarkThresholds(absolute: [.p90: 100]),
        ]
    }

    /// A configuration running at most `iterations` times (once in smoke mode), for at most 20 seconds.
    static func configuration(iterations: Int, setup: Benchmark.BenchmarkSetupHook? = nil, metrics: [BenchmarkMetric]? = nil) -> Benchmark.Configuration {
        .init(
            metrics: metrics ?? Suite.metrics,
            timeUnits: .milliseconds,
            warmupIterations: Inputs.smoke ? 0 : 1,
            maxDuration: .seconds(Inputs.smoke ? 5 : 20),
            maxIterations: Inputs.smoke ? 1 : iterations,
            thresholds: thresholds.filter { (metrics ?? Suite.metrics).contains($0.key) },
            setup: setup)
    }
}
