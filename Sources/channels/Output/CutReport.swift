import ChannelsCore
import ChannelsFormats
import ChannelsModel

/// `channels cut`: the smallest set of intermediaries separating two actors, and the actors every route
/// between them passes through.
struct CutReport: Report {
    let graph: GraphCatalog
    let source: Int
    let target: Int
    let cut: VertexCutResult
    /// The dominators of the target from the source; nil when no route joins them.
    let dominators: [Int32]?
    /// With an adjacent pair: the channels that join them directly.
    let directChannels: [Int]

    private var a: Actor { graph.actors[source] }
    private var b: Actor { graph.actors[target] }

    func text(style: Style) -> String {
        var text = ""
        switch cut {
        case .adjacent:
            let count = directChannels.count
            text += "\(a.name) and \(b.name) are joined directly (\(count) channel\(count == 1 ? "" : "s"): \(directChannels.prefix(5).map { graph.channels[$0].id }.joined(separator: ", "))); no set of intermediaries separates them.\n"
        case .cut(let nodes) where nodes.isEmpty:
            text += "No route leads from \(a.name) to \(b.name) under these constraints; nothing needs cutting.\n"
        case .cut(let nodes):
            text += style.bold("Minimum cut: \(nodes.count) actor\(nodes.count == 1 ? "" : "s")") + style.dim(" · \(nodes.count) route\(nodes.count == 1 ? "" : "s") from \(a.name) to \(b.name) share no intermediary") + "\n"
            for node in nodes {
                let actor = graph.actors[Int(node)]
                text += "  \(actor.name)" + style.dim(" [\(actor.id)]" + (actor.side.map { " · \($0)" } ?? "")) + "\n"
            }
        }
        if let dominators {
            text += dominators.isEmpty
                ? "No single actor lies on every route from \(a.name) to \(b.name).\n"
                : style.bold("Every route passes through: ") + dominators.map { graph.actors[Int($0)].name }.joined(separator: " → ") + "\n"
        }
        return text
    }

    func csv() -> String {
        var table = Table(["role", "id", "name", "kind", "side"])
        func row(_ role: String, _ node: Int32) -> [String] {
            let actor = graph.actors[Int(node)]
            return [role, actor.id, actor.name, actor.kind.rawValue, actor.side ?? ""]
        }
        if case .cut(let nodes) = cut {
            for node in nodes { table.append(row("cut", node)) }
        }
        for node in dominators ?? [] { table.append(row("dominator", node)) }
        return table.csv()
    }

    /// `{"from", "to", "connected", "adjacent", "cut": [actor…] | null, "independent_routes": n | null,
    /// "dominators": [actor…] | null}`.
    func json() -> JSON {
        var cutJSON: JSON = .null
        var independentRoutes: JSON = .null
        if case .cut(let nodes) = cut {
            cutJSON = .array(nodes.map { .actor(graph.actors[Int($0)]) })
            independentRoutes = .int(nodes.count)
        }
        return .object([
            ("from", .actorReference(a)),
            ("to", .actorReference(b)),
            ("connected", .bool(dominators != nil)),
            ("adjacent", .bool(cut == .adjacent)),
            ("cut", cutJSON),
            ("independent_routes", independentRoutes),
            ("dominators", dominators.map { .array($0.map { .actor(graph.actors[Int($0)]) }) } ?? .null),
        ])
    }
}
