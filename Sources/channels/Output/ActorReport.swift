import ChannelsFormats
import ChannelsModel

/// `channels show`: an actor, its aliases and notes, and its channels in date order with their sources.
struct ActorReport: Report {
    let graph: GraphCatalog
    let actor: Int
    /// The actor's channels, in the order to show them.
    let channels: [Channel]

    private var subject: Actor { graph.actors[actor] }

    private func counterpart(_ channel: Channel) -> Actor {
        graph.actors[channel.source == actor ? channel.target : channel.source]
    }

    private func direction(_ channel: Channel) -> String {
        !channel.directed ? "both" : channel.source == actor ? "out" : "in"
    }

    func text(style: Style) -> String {
        var output = style.bold(subject.name) + style.dim(" [\(subject.id)]") + "\n"
        var facts = [subject.kind.rawValue]
        if let side = subject.side { facts.append("side: \(side)") }
        if let role = subject.role { facts.append(role) }
        output += "  " + facts.joined(separator: " · ") + "\n"
        if !subject.aliases.isEmpty { output += "  also: " + subject.aliases.joined(separator: ", ") + "\n" }
        if let note = subject.note { output += "  note: \(note)\n" }
        output += "\n" + style.bold("\(channels.count) channel\(channels.count == 1 ? "" : "s")") + "\n"
        for channel in channels {
            let arrow = !channel.directed ? "↔" : channel.source == actor ? "→" : "←"
            var line = "  \((channel.whenDescription ?? "undated").padding(toLength: 22)) \(channel.kind.rawValue.padding(toLength: 16)) \(arrow) \(counterpart(channel).name)"
            if let name = channel.name { line += " · “\(name)”" }
            output += line + style.dim("  \(channel.id)") + "\n"
            if !channel.disputedDates.isEmpty {
                output += "      " + style.yellow("date disputed: also " + channel.disputedDates.map(\.description).joined(separator: ", ")) + "\n"
            }
            for cite in channel.cites {
                output += "      " + style.dim("↳ \(cite.doc)") + ": " + PathReport.excerpt(cite) + "\n"
            }
        }
        return output
    }

    func csv() -> String {
        var table = Table(["date", "kind", "direction", "counterpart", "channel", "sources"])
        for channel in channels {
            table.append([channel.whenDescription ?? "", channel.kind.rawValue, direction(channel),
                          counterpart(channel).id, channel.id, channel.cites.map(\.doc).joined(separator: "; ")])
        }
        return table.csv()
    }

    /// `{"actor": {…, "aliases", "note", "cites"}, "channels": [{"counterpart", "direction", "channel"}]}`.
    func json() -> JSON {
        .object([
            ("actor", .actor(subject, with: [
                ("aliases", .array(subject.aliases.map(JSON.string))),
                ("note", .optional(subject.note)),
                ("cites", .array(subject.cites.map(JSON.citation))),
            ])),
            ("channels", .array(channels.map { channel in
                .object([
                    ("counterpart", .actorReference(counterpart(channel))),
                    ("direction", .string(direction(channel))),
                    ("channel", .channel(channel, in: graph)),
                ])
            })),
        ])
    }
}
