import ChannelsFormats
import ChannelsModel

/// `channels timeline`: the selected channels in date order, grouped by the date each starts on, with
/// both actors, kind, name and sources; undated channels apart.
struct TimelineReport: Report {
    let graph: GraphCatalog
    let timeline: Timeline
    /// What the text says when no channel matches.
    let emptyMessage: String

    var channelCount: Int { timeline.groups.reduce(timeline.undated.count) { $0 + $1.channels.count } }

    func text(style: Style) -> String {
        guard channelCount > 0 else { return emptyMessage + "\n" }
        let datedCount = channelCount - timeline.undated.count
        var text = style.bold(graph.title ?? "Timeline") + style.dim(" · \(datedCount) dated channel\(datedCount == 1 ? "" : "s")"
            + (timeline.undated.isEmpty ? "" : ", \(timeline.undated.count) undated")) + "\n"
        for group in timeline.groups {
            let period = group.date.precision == .day ? "" : style.dim(" (the whole \(group.date.precision == .month ? "month" : "year"))")
            text += "\n" + style.bold(group.date.description) + period + "\n"
            for channel in group.channels { text += entry(channel, style: style) }
        }
        if !timeline.undated.isEmpty {
            text += "\n" + style.bold("Undated") + "\n"
            for channel in timeline.undated { text += entry(channel, style: style) }
        }
        return text
    }

    /// One channel: kind, actors, name and interval on one line, then a line per source.
    private func entry(_ index: Int, style: Style) -> String {
        let channel = graph.channels[index]
        let arrow = channel.directed ? "→" : "↔"
        var line = "  \(channel.kind.rawValue.padding(toLength: 16)) \(graph.actors[channel.source].name) \(arrow) \(graph.actors[channel.target].name)"
        if let name = channel.name { line += " · “\(name)”" }
        if channel.date == nil, let when = channel.whenDescription { line += " · \(when)" }
        var text = line + style.dim("  \(channel.id)") + "\n"
        if !channel.disputedDates.isEmpty {
            let dates = channel.cites.compactMap { cite in cite.date.map { "\(cite.doc) gives \($0)" } }
            let own = channel.date ?? channel.from
            text += "      " + style.yellow("date disputed: \(own?.description ?? "") here; " + dates.joined(separator: "; ")) + "\n"
        }
        for cite in channel.cites {
            text += "      " + style.dim("↳ \(cite.doc)") + ": " + PathReport.excerpt(cite) + "\n"
        }
        return text
    }

    /// One row per channel: `date,precision,id,kind,source,target,directed,name,when,sources,disputed_dates`
    /// (`date` and `precision` empty for undated channels; `when` the channel's own date or interval).
    func csv() -> String {
        var table = Table(["date", "precision", "id", "kind", "source", "target", "directed", "name", "when", "sources", "disputed_dates"])
        func row(_ index: Int, _ date: PartialDate?) {
            let channel = graph.channels[index]
            table.append([date?.description ?? "", date.map { Self.precision($0) } ?? "", channel.id, channel.kind.rawValue,
                          graph.actors[channel.source].id, graph.actors[channel.target].id, String(channel.directed),
                          channel.name ?? "", channel.whenDescription ?? "", channel.cites.map(\.doc).joined(separator: "; "),
                          channel.disputedDates.map(\.description).joined(separator: "; ")])
        }
        for group in timeline.groups { for channel in group.channels { row(channel, group.date) } }
        for channel in timeline.undated { row(channel, nil) }
        return table.csv()
    }

    /// `{"graph", "dated": [{"date", "precision", "channels": [channel…]}], "undated": [channel…]}`, each
    /// channel as everywhere (its citations carry the dates each source gives).
    func json() -> JSON {
        .object([
            ("graph", .optional(graph.title)),
            ("dated", .array(timeline.groups.map { group in
                .object([
                    ("date", .string(group.date.description)),
                    ("precision", .string(Self.precision(group.date))),
                    ("channels", .array(group.channels.map { .channel(graph.channels[$0], in: graph) })),
                ])
            })),
            ("undated", .array(timeline.undated.map { .channel(graph.channels[$0], in: graph) })),
        ])
    }

    static func precision(_ date: PartialDate) -> String {
        switch date.precision {
        case .day: "day"
        case .month: "month"
        case .year: "year"
        }
    }
}
