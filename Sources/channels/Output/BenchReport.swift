import Foundation
import ChannelsFormats

/// `channels bench`: a kernel's timings on one graph, and a summary of its answer.
struct BenchReport: Report {
    let kernel: String
    let graph: String
    let nodes: Int
    let edges: Int
    let directed: Bool
    let threads: Int
    /// The fastest load, in milliseconds.
    let loadMilliseconds: Double
    /// The timed runs, in milliseconds, in the order they ran.
    let times: [Double]
    /// What the runs timed: "load" or "kernel".
    let timed: String
    /// The answer's summary (`source`, `target`, `reached`, `hops`, … by kernel).
    let result: [(String, JSON)]

    var median: Double {
        let sorted = times.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    func text(style: Style) -> String {
        var text = "\(kernel) on \(graph): \(nodes) nodes, \(edges) edges\n"
        text += "  load \(Self.format(loadMilliseconds)) ms"
        text += " · \(timed) median \(Self.format(median)) ms, min \(Self.format(times.min() ?? 0)) ms over \(times.count) runs\n"
        for (key, value) in result { text += "  \(key): \(value.rendered(indent: nil))\n" }
        return text
    }

    /// One row per timed run: `kernel,graph,nodes,edges,directed,threads,load_ms,run,ms`.
    func csv() -> String {
        var table = Table(["kernel", "graph", "nodes", "edges", "directed", "threads", "load_ms", "run", "ms"])
        for (run, time) in times.enumerated() {
            table.append([kernel, graph, String(nodes), String(edges), String(directed), String(threads),
                          "\(loadMilliseconds)", String(run + 1), "\(time)"])
        }
        return table.csv()
    }

    /// `{"kernel", "graph", "nodes", "edges", "directed", "threads", "load_ms", "times_ms", "median_ms",
    /// "min_ms", "result"}`.
    func json() -> JSON {
        .object([
            ("kernel", .string(kernel)),
            ("graph", .string(graph)),
            ("nodes", .int(nodes)),
            ("edges", .int(edges)),
            ("directed", .bool(directed)),
            ("threads", .int(threads)),
            ("load_ms", .number(loadMilliseconds)),
            ("times_ms", .array(times.map(JSON.number))),
            ("median_ms", .number(median)),
            ("min_ms", .number(times.min() ?? 0)),
            ("result", .object(result)),
        ])
    }

    /// Milliseconds: three decimals below 10, one above.
    static func format(_ milliseconds: Double) -> String {
        String(format: milliseconds < 10 ? "%.3f" : "%.1f", milliseconds)
    }
}
