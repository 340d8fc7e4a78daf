import ChannelsFormats
import ChannelsModel

/// `channels actors`: the listed actors, with their aliases when asked.
struct ActorListReport: Report {
    let graph: GraphCatalog
    let actors: [Actor]
    /// Whether text and CSV show an aliases column (JSON always lists them).
    let showsAliases: Bool

    func text(style: Style) -> String { table(aliasSeparator: ", ").rendered(style: style) }

    func csv() -> String { table(aliasSeparator: "; ").csv() }

    /// `{"graph", "actors": [{"id", "name", "kind", "side", …, "aliases"}]}`.
    func json() -> JSON {
        .object([
            ("graph", .optional(graph.title)),
            ("actors", .array(actors.map { .actor($0, with: [("aliases", .array($0.aliases.map(JSON.string)))]) })),
        ])
    }

    private func table(aliasSeparator: String) -> Table {
        var table = Table(["id", "name", "kind", "side"] + (showsAliases ? ["aliases"] : []))
        for actor in actors {
            table.append([actor.id, actor.name, actor.kind.rawValue, actor.side ?? ""]
                + (showsAliases ? [actor.aliases.joined(separator: aliasSeparator)] : []))
        }
        return table
    }
}
