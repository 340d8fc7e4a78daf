public import ArgumentParser
import ChannelsCore
import ChannelsFormats
import ChannelsModel
import ChannelsRender

extension StepUnit: ExpressibleByArgument {}

extension CentralityCommand {
    /// `--over`: the metrics on each step's window, each exactly what `--between START END` gives alone.
    func series(over unit: StepUnit, loaded: LoadedGraph) throws -> CentralitySeriesReport {
        let metrics = self.metrics
        let graph = loaded.graph
        var filter = try filterOptions.filter(for: loaded)
        guard let period = period(of: graph, within: filter.window) else {
            throw Failure(ExitStatus.noResult, "--over needs dated channels, and this graph has none")
        }
        let steps = unit.steps(from: period.first, through: period.last)
        let actors = try selectedActors(graph: graph, view: loaded.snapshot.view(filter))
        var results: [CentralitySeriesReport.Step] = []
        for (index, step) in steps.enumerated() {
            let start = cumulative ? period.first : steps[max(0, index - (window ?? 1) + 1)].first
            filter.window = DayRange(first: start.rawValue, last: step.last.rawValue)
            let view = loaded.snapshot.view(filter)
            let active = view.edgeMask?.population ?? loaded.snapshot.edgeCount
            results.append(.init(step: step, window: DaySpan(first: start, last: step.last), channels: active,
                                 values: try compute(metrics, view: view, loaded: loaded)))
            try Interrupt.check()
        }
        let ranked = Self.byPeak(actors, metric: metrics[0], steps: results, graph: graph)
        return CentralitySeriesReport(
            graph: graph, metrics: metrics, unit: unit, window: cumulative ? nil : window ?? 1, steps: results,
            actors: Array(ranked.prefix(top ?? .max)), textActors: Array(ranked.prefix(top ?? Self.chartedActors)))
    }

    /// How many actors the text table and the chart show without --top.
    static let chartedActors = 8

    /// The span the steps cover: the --between period, else from the first dated channel's start to the
    /// last one's end (an open end counts as its start).
    private func period(of graph: GraphCatalog, within window: DayRange?) -> DaySpan? {
        if let window, window.first != .min, window.last != .max {
            return DaySpan(first: Day(rawValue: window.first), last: Day(rawValue: window.last))
        }
        var first: Day?, last: Day?
        for channel in graph.channels where channel.isDated {
            guard let start = channel.firstDay ?? channel.lastDay, let end = channel.lastDay ?? channel.firstDay else { continue }
            first = min(first ?? start, start)
            last = max(last ?? end, end)
        }
        guard let first, let last else { return nil }
        return DaySpan(first: first, last: last)
    }

    /// Actors by their best value of `metric` over the steps (highest, or lowest where low is central),
    /// then by id.
    private static func byPeak(_ actors: [Int], metric: CentralityMetric, steps: [CentralitySeriesReport.Step], graph: GraphCatalog) -> [Int] {
        let peaks = actors.map { actor -> Double in
            let values = steps.compactMap { $0.values[metric]?[actor] }.filter { !$0.isNaN }
            return (metric.ascending ? values.min() : values.max()) ?? .nan
        }
        return actors.indices.sorted { a, b in
            let (x, y) = (peaks[a], peaks[b])
            if x.isNaN != y.isNaN { return y.isNaN }
            if x != y && !x.isNaN { return metric.ascending ? x < y : x > y }
            return graph.actors[actors[a]].id < graph.actors[actors[b]].id
        }.map { actors[$0] }
    }
}
