import ChannelsFormats
import ChannelsModel

/// `channels reach`: whom an actor reaches (or who reaches it), level by level.
struct ReachReport: Report {
    let graph: GraphCatalog
    let actor: Int
    let backward: Bool
    /// The actors first reached at each number of hops, from 1.
    let levels: [[Int]]
    /// How many other actors the constraints let through.
    let candidates: Int
    /// The `--hops` limit, if any.
    let maximumHops: Int?

    var reached: Int { levels.reduce(0) { $0 + $1.count } }

    func text(style: Style) -> String {
        let verb = backward ? "can be reached by" : "reaches"
        var text = style.bold(graph.actors[actor].name) + " \(verb) \(reached) of \(candidates) actors"
        text += (maximumHops.map { " within \($0) hop\($0 == 1 ? "" : "s")" } ?? "") + "\n"
        for (depth, nodes) in levels.enumerated() {
            let names = nodes.map { graph.actors[$0].name }.joined(separator: ", ")
            text += "  " + style.bold("\(depth + 1) hop\(depth == 0 ? "" : "s"):") + " \(names)\n"
        }
        return text
    }

    func csv() -> String {
        var table = Table(["hops", "id", "name", "side"])
        for (depth, nodes) in levels.enumerated() {
            for node in nodes { table.append([String(depth + 1), graph.actors[node].id, graph.actors[node].name, graph.actors[node].side ?? ""]) }
        }
        return table.csv()
    }

    /// `{"actor", "direction", "reached", "levels": [{"hops", "actors": [{"id", "name"}]}]}`.
    func json() -> JSON {
        .object([
            ("actor", .actorReference(graph.actors[actor])),
            ("direction", .string(backward ? "backward" : "forward")),
            ("reached", .int(reached)),
            ("levels", .array(levels.enumerated().map { depth, nodes in
                .object([("hops", .int(depth + 1)), ("actors", .array(nodes.map { .actorReference(graph.actors[$0]) }))])
            })),
        ])
    }
}
