import ChannelsFormats
import ChannelsModel

/// `channels centrality --metric edge-betweenness`: channels ranked by the share of shortest routes they
/// carry.
struct ChannelRankingReport: Report {
    let graph: GraphCatalog
    /// The channels to list, in rank order.
    let channels: [Int]
    /// Each channel's edge betweenness, by channel index.
    let values: [Double]
    let normalized: Bool

    func text(style: Style) -> String { table(value: CentralityReport.format).rendered(style: style) }

    func csv() -> String { table { "\($0)" }.csv() }

    /// `{"graph", "metric": "edge-betweenness", "normalized", "channels": [{"id", "kind", "source", "target",
    /// "date", "value"}]}`.
    func json() -> JSON {
        .object([
            ("graph", .optional(graph.title)),
            ("metric", .string("edge-betweenness")),
            ("normalized", .bool(normalized)),
            ("channels", .array(channels.map { edge in
                let channel = graph.channels[edge]
                return .object([
                    ("id", .string(channel.id)), ("kind", .string(channel.kind.rawValue)),
                    ("source", .string(graph.actors[channel.source].id)), ("target", .string(graph.actors[channel.target].id)),
                    ("date", .optional(channel.whenDescription)), ("value", .number(values[edge])),
                ])
            })),
        ])
    }

    private func table(value: (Double) -> String) -> Table {
        var table = Table(["rank", "channel", "kind", "source", "target", "date", "edge-betweenness"],
                          alignments: [.right, .left, .left, .left, .left, .left, .right])
        for (rank, edge) in channels.enumerated() {
            let channel = graph.channels[edge]
            table.append([String(rank + 1), channel.id, channel.kind.rawValue, graph.actors[channel.source].id,
                          graph.actors[channel.target].id, channel.whenDescription ?? "", value(values[edge])])
        }
        return table
    }
}
