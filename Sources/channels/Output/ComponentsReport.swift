import ChannelsCore
import ChannelsFormats
import ChannelsModel

/// `channels components`: the components, largest first, with the articulation points and bridges.
struct ComponentsReport: Report {
    let graph: GraphCatalog
    let strong: Bool
    /// Each component's nodes, largest component first.
    let groups: [[Int32]]
    let cuts: CutStructure

    private var kind: String { strong ? "strong" : "weak" }

    func text(style: Style) -> String {
        var text = style.bold("\(groups.count) \(kind) component\(groups.count == 1 ? "" : "s")") + "\n"
        for (index, group) in groups.enumerated() {
            let names = group.prefix(12).map { graph.actors[Int($0)].name }.joined(separator: ", ")
            text += "  \(index + 1). \(group.count) actor\(group.count == 1 ? "" : "s"): \(names)\(group.count > 12 ? ", …" : "")\n"
        }
        text += "\n" + style.bold("Articulation points (\(cuts.articulationPoints.count)):") + " "
        text += cuts.articulationPoints.isEmpty ? "none\n" : cuts.articulationPoints.map { graph.actors[Int($0)].name }.joined(separator: ", ") + "\n"
        text += style.bold("Bridges (\(cuts.bridges.count)):") + (cuts.bridges.isEmpty ? " none" : "") + "\n"
        for edge in cuts.bridges {
            let channel = graph.channels[Int(edge)]
            text += "  \(graph.actors[channel.source].name) — \(graph.actors[channel.target].name)" + style.dim("  \(channel.id)") + "\n"
        }
        return text
    }

    func csv() -> String {
        var table = Table(["component", "size", "id", "name"])
        for (index, group) in groups.enumerated() {
            for node in group { table.append([String(index + 1), String(group.count), graph.actors[Int(node)].id, graph.actors[Int(node)].name]) }
        }
        return table.csv()
    }

    /// `{"graph", "kind", "count", "components": [[id…]], "articulation_points": [{"id", "name"}],
    /// "bridges": [{"id", "source", "target"}]}`.
    func json() -> JSON {
        .object([
            ("graph", .optional(graph.title)),
            ("kind", .string(kind)),
            ("count", .int(groups.count)),
            ("components", .array(groups.map { .array($0.map { .string(graph.actors[Int($0)].id) }) })),
            ("articulation_points", .array(cuts.articulationPoints.map { .actorReference(graph.actors[Int($0)]) })),
            ("bridges", .array(cuts.bridges.map { edge in
                let channel = graph.channels[Int(edge)]
                return .object([("id", .string(channel.id)), ("source", .string(graph.actors[channel.source].id)),
                                ("target", .string(graph.actors[channel.target].id))])
            })),
        ])
    }
}
