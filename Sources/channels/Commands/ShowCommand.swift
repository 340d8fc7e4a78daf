import ArgumentParser
import ChannelsFormats
import ChannelsModel

struct ShowCommand: ChannelsCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one actor and all its channels in date order, with counterparts and sources.",
        discussion: """
        Undated channels come last. Channels whose sources disagree on the date are marked.

        Examples:
          channels show McGurk
          channels show "Abbas Kamel" --format json
          channels show قطر
        """)

    @Argument(help: "The actor: id, name or alias.")
    var actor: String

    @OptionGroup var graphOptions: GraphOptions
    @OptionGroup var output: OutputOptions

    var outputFile: String? { output.file }

    func execute() throws -> Int32 {
        let loaded = try graphOptions.load()
        let graph = loaded.graph
        let index = try loaded.actor(actor)
        let subject = graph.actors[index]
        let channels = graph.channels.enumerated()
            .filter { $0.element.source == index || $0.element.target == index }
            .sorted { Self.chronological($0.element, $1.element) ?? ($0.offset < $1.offset) }
            .map(\.element)
        switch output.format {
        case .json:
            let items: [JSON] = channels.map { channel in
                let other = channel.source == index ? channel.target : channel.source
                let direction = !channel.directed ? "both" : channel.source == index ? "out" : "in"
                return .object([
                    ("counterpart", .actorReference(graph.actors[other])),
                    ("direction", .string(direction)),
                    ("channel", .channel(channel, in: graph)),
                ])
            }
            guard case .object(var actorMembers) = JSON.actor(subject) else { return ExitStatus.software }
            actorMembers += [
                ("aliases", .array(subject.aliases.map(JSON.string))),
                ("note", .optional(subject.note)),
                ("cites", .array(subject.cites.map(JSON.citation))),
            ]
            Terminal.standardOutput.write(JSON.object([("actor", .object(actorMembers)), ("channels", .array(items))]).rendered() + "\n")
        case .text:
            Terminal.standardOutput.write(text(subject, index: index, channels: channels, graph: graph))
        case .csv:
            var table = Table(["date", "kind", "direction", "counterpart", "channel", "sources"])
            for channel in channels {
                let other = channel.source == index ? channel.target : channel.source
                table.append([channel.whenDescription ?? "", channel.kind.rawValue,
                              !channel.directed ? "both" : channel.source == index ? "out" : "in",
                              graph.actors[other].id, channel.id, channel.cites.map(\.doc).joined(separator: "; ")])
            }
            Terminal.standardOutput.write(table.csv())
        }
        return ExitStatus.success
    }

    private func text(_ subject: Actor, index: Int, channels: [Channel], graph: GraphCatalog) -> String {
        let style = Style(enabled: Terminal.standardOutput.usesColor)
        var output = style.bold(subject.name) + style.dim(" [\(subject.id)]") + "\n"
        var facts = [subject.kind.rawValue]
        if let side = subject.side { facts.append("side: \(side)") }
        if let role = subject.role { facts.append(role) }
        output += "  " + facts.joined(separator: " · ") + "\n"
        if !subject.aliases.isEmpty { output += "  also: " + subject.aliases.joined(separator: ", ") + "\n" }
        if let note = subject.note { output += "  note: \(note)\n" }
        output += "\n" + style.bold("\(channels.count) channel\(channels.count == 1 ? "" : "s")") + "\n"
        for channel in channels {
            let other = graph.actors[channel.source == index ? channel.target : channel.source]
            let arrow = !channel.directed ? "↔" : channel.source == index ? "→" : "←"
            var line = "  \((channel.whenDescription ?? "undated").padding(toLength: 22)) \(channel.kind.rawValue.padding(toLength: 16)) \(arrow) \(other.name)"
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

    /// Dated channels by first day, then last day; undated after them. `nil` when the two are tied.
    static func chronological(_ a: Channel, _ b: Channel) -> Bool? {
        switch (a.firstDay ?? a.lastDay, b.firstDay ?? b.lastDay) {
        case (nil, nil): return nil
        case (nil, _): return false
        case (_, nil): return true
        case let (x?, y?):
            if x != y { return x < y }
            let (lastA, lastB) = (a.lastDay ?? Day(rawValue: .max), b.lastDay ?? Day(rawValue: .max))
            return lastA == lastB ? nil : lastA < lastB
        }
    }
}

extension String {
    /// The string padded with spaces to `length` display columns.
    func padding(toLength length: Int) -> String {
        let width = Table.width(self)
        return width >= length ? self : self + String(repeating: " ", count: length - width)
    }
}
