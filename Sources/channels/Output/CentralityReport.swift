import ChannelsFormats
import ChannelsModel
import Foundation

/// Centrality values of the listed actors, as an aligned table, CSV or JSON.
struct CentralityReport: Report {
    let graph: GraphCatalog
    let metrics: [CentralityMetric]
    let values: [CentralityMetric: [Double]]
    let rows: [Int]
    let normalized: Bool

    private var shown: [CentralityMetric] { metrics.filter { values[$0] != nil } }

    func text(style: Style) -> String {
        var table = Table(["rank", "id", "name", "side"] + shown.map(\.rawValue),
                          alignments: [.right, .left, .left, .left] + shown.map { _ in .right })
        for (rank, actor) in rows.enumerated() {
            table.append([String(rank + 1), graph.actors[actor].id, graph.actors[actor].name, graph.actors[actor].side ?? ""]
                + shown.map { Self.format(values[$0]?[actor] ?? .nan) })
        }
        return table.rendered(style: style)
    }

    func csv() -> String {
        var table = Table(["id", "name", "kind", "side"] + shown.map(\.rawValue))
        for actor in rows {
            let subject = graph.actors[actor]
            table.append([subject.id, subject.name, subject.kind.rawValue, subject.side ?? ""]
                + shown.map { metric in values[metric].map { $0[actor].isNaN ? "" : "\($0[actor])" } ?? "" })
        }
        return table.csv()
    }

    /// `{"graph", "metrics", "normalized", "actors": [{"id", "name", "kind", "side", <metric>: value…}]}`;
    /// NaN (an undefined constraint, say) is `null`.
    func json() -> JSON {
        .object([
            ("graph", .optional(graph.title)),
            ("metrics", .array(shown.map { .string($0.rawValue) })),
            ("normalized", .bool(normalized)),
            ("actors", .array(rows.map { actor in
                let subject = graph.actors[actor]
                return .object([
                    ("id", .string(subject.id)), ("name", .string(subject.name)),
                    ("kind", .string(subject.kind.rawValue)), ("side", .optional(subject.side)),
                ] + shown.map { ($0.rawValue, JSON.number(values[$0]?[actor] ?? .nan)) })
            })),
        ])
    }

    /// Six significant digits, whole numbers without decimals, NaN as a dash.
    static func format(_ value: Double) -> String {
        if value.isNaN { return "–" }
        if value == value.rounded() && abs(value) < 1e12 { return String(Int(value)) }
        return String(format: "%.6g", value)
    }
}
