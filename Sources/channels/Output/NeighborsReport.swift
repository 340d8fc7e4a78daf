import ChannelsFormats
import ChannelsModel

/// `channels neighbors`: an actor's direct counterparts, with the channels that join them.
struct NeighborsReport: Report {
    /// A counterpart, whether channels run to it, from it or both ways, and which.
    struct Neighbor {
        let actor: Int
        let direction: String
        /// Channel indices, ascending.
        let channels: [Int]
    }

    let graph: GraphCatalog
    let actor: Int
    let neighbors: [Neighbor]

    func text(style: Style) -> String { table().rendered(style: style) }

    func csv() -> String { table().csv() }

    /// `{"actor": {"id", "name"}, "neighbors": [{"actor", "direction", "channels": [id…]}]}`.
    func json() -> JSON {
        .object([
            ("actor", .actorReference(graph.actors[actor])),
            ("neighbors", .array(neighbors.map { neighbor in
                .object([
                    ("actor", .actorReference(graph.actors[neighbor.actor])),
                    ("direction", .string(neighbor.direction)),
                    ("channels", .array(neighbor.channels.map { .string(graph.channels[$0].id) })),
                ])
            })),
        ])
    }

    private func table() -> Table {
        var table = Table(["id", "name", "side", "direction", "channels", "kinds"], alignments: [.left, .left, .left, .left, .right, .left])
        for neighbor in neighbors {
            let other = graph.actors[neighbor.actor]
            let counts = Dictionary(grouping: neighbor.channels, by: { graph.channels[$0].kind.rawValue })
            let kinds = counts.keys.sorted().map { "\($0) ×\(counts[$0]?.count ?? 0)" }.joined(separator: ", ")
            table.append([other.id, other.name, other.side ?? "", neighbor.direction, String(neighbor.channels.count), kinds])
        }
        return table
    }
}
