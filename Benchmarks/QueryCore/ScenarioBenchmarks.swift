@preconcurrency import Benchmark
import ChannelsCore
import ChannelsModel

/// Scenarios: a what-if on undirected R-MAT 16 (about 1M channels; scale 10 in smoke mode) without its 10 busiest
/// actors, asked about 100 pairs; and betweenness over 30 daily steps of the curated graph.
func scenarioBenchmarks() {
    Benchmark("scenario.whatif-100-pairs.rmat-1m", configuration: Suite.configuration(iterations: 10, setup: { _ = Inputs.whatIf })) { benchmark in
        let (snapshot, removal, questions) = Inputs.whatIf
        let finder = PathFinder(snapshot)
        benchmark.startMeasurement()
        let whatIf = WhatIf(GraphView(snapshot), removing: removal)
        blackHole(whatIf.pairs(questions, finder: finder).count)
    }
    Benchmark("scenario.betweenness-over-30-days.curated",
              configuration: Suite.configuration(iterations: 20, setup: { _ = Inputs.curated }, metrics: Suite.metricsWithoutARC)) { benchmark in
        let snapshot = Inputs.curated.snapshot
        let first = PartialDate("2023-10-24")?.firstDay.rawValue ?? 0
        benchmark.startMeasurement()
        for day in first..<first + 30 {
            let view = snapshot.view(ChannelFilter(window: DayRange(first: day, last: day)))
            blackHole(view.betweenness()?.nodes.count)
        }
    }
}
