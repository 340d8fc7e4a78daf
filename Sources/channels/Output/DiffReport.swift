import Foundation
import ChannelsCore
import ChannelsFormats
import ChannelsModel

/// What changed between two graphs (the shapes are documented in the README).
struct DiffReport: Report {
    /// Matched actors (indices in the new graph) that became connected or disconnected, by group: each
    /// group is connected within, and across groups the connection appeared or went.
    struct Connectivity {
        let change: String
        let groups: [[Int]]
    }

    let oldName: String
    let newName: String
    let before: GraphCatalog
    let after: GraphCatalog
    let diff: GraphDiff
    let union: DiffUnion
    /// `nil` with `--no-brokers`; shift nodes are ``DiffUnion`` members.
    let brokers: WhatIfReport.Brokers?
    let connectivity: [Connectivity]

    private var unchangedActors: Int { diff.actorMatch.compactMap { $0 }.count - diff.changedActors.count }
    private var unchangedChannels: Int { diff.channelMatch.compactMap { $0 }.count - diff.changedChannels.count }

    // MARK: Text

    func text(style: Style) -> String {
        var output = style.bold("\(oldName) → \(newName)") + "\n"
        output += style.dim("actors: \(diff.addedActors.count) added, \(diff.removedActors.count) removed, \(diff.changedActors.count) changed, \(unchangedActors) the same") + "\n"
        output += style.dim("channels: \(diff.addedChannels.count) added, \(diff.removedChannels.count) removed, \(diff.changedChannels.count) changed, \(unchangedChannels) the same") + "\n"
        if diff.isEmpty { return output + "\nThe graphs are the same.\n" }

        output += section("Actors added", diff.addedActors.map { "+ " + actorLine(after.actors[$0]) }, style: style)
        output += section("Actors removed", diff.removedActors.map { "- " + actorLine(before.actors[$0]) }, style: style)
        output += section("Actors changed", diff.changedActors.map { change in
            "~ \(before.actors[change.oldIndex].id): " + fieldsText(change.fields)
        }, style: style)
        output += section("Channels added", diff.addedChannels.map { "+ " + channelLine(after.channels[$0], in: after) }, style: style)
        output += section("Channels removed", diff.removedChannels.map { "- " + channelLine(before.channels[$0], in: before) }, style: style)
        output += section("Channels changed", diff.changedChannels.map { change in
            "~ \(before.channels[change.oldIndex].id): " + fieldsText(change.fields)
        }, style: style)
        if let brokers {
            output += RankShiftOutput.text("Betweenness ranking", brokers.betweenness, actor: { union.actor(Int($0)) }, style: style)
            if let brokerage = brokers.brokerage { output += RankShiftOutput.text("Brokerage ranking (Gould–Fernandez total, by side)", brokerage, actor: { union.actor(Int($0)) }, style: style) }
        }
        output += "\n" + style.bold("Connectivity of actors in both") + "\n"
        if connectivity.isEmpty { output += "  no pair of actors in both graphs became connected or disconnected\n" }
        for change in connectivity {
            output += "  \(change.change): " + change.groups.map { "{" + names($0) + "}" }.joined(separator: " · ") + "\n"
        }
        return output
    }

    private func section(_ title: String, _ lines: [String], style: Style) -> String {
        guard !lines.isEmpty else { return "" }
        return "\n" + style.bold(title) + style.dim(" (\(lines.count))") + "\n" + lines.map { "  " + $0 + "\n" }.joined()
    }

    private func actorLine(_ actor: Actor) -> String {
        "\(actor.id) · \(actor.name) · \(actor.kind.rawValue)" + (actor.side.map { " · \($0)" } ?? "")
    }

    private func channelLine(_ channel: Channel, in graph: GraphCatalog) -> String {
        let arrow = channel.directed ? "→" : "—"
        return "\(channel.id) · \(graph.actors[channel.source].id) \(arrow) \(graph.actors[channel.target].id) · \(channel.kind.rawValue)"
            + (channel.whenDescription.map { " · \($0)" } ?? "")
    }

    private func fieldsText(_ fields: [FieldChange]) -> String {
        fields.map { change in
            guard change.isList else {
                let quoted = { (value: String?) in value.map { "“\($0.trimmingCharacters(in: .whitespacesAndNewlines))”" } ?? "(none)" }
                return "\(change.field) \(quoted(change.old)) → \(quoted(change.new))"
            }
            let items = (change.old?.components(separatedBy: "; ").map { "−“\($0)”" } ?? []) + (change.new?.components(separatedBy: "; ").map { "+“\($0)”" } ?? [])
            return "\(change.field) " + items.joined(separator: " ")
        }.joined(separator: "; ")
    }

    private func names(_ actors: [Int]) -> String {
        let shown = actors.prefix(6).map { after.actors[$0].name }.joined(separator: ", ")
        return actors.count > 6 ? shown + ", … (\(actors.count) in all)" : shown
    }

    // MARK: JSON

    func json() -> JSON {
        .object([
            ("old", .object([("graph", .string(oldName)), ("title", .optional(before.title))])),
            ("new", .object([("graph", .string(newName)), ("title", .optional(after.title))])),
            ("same", .bool(diff.isEmpty)),
            ("actors", .object([
                ("added", .array(diff.addedActors.map { .actor(after.actors[$0]) })),
                ("removed", .array(diff.removedActors.map { .actor(before.actors[$0]) })),
                ("changed", .array(diff.changedActors.map { change in
                    .object([("old_id", .string(before.actors[change.oldIndex].id)), ("new_id", .string(after.actors[change.newIndex].id)),
                             ("fields", fieldsJSON(change.fields))])
                })),
                ("unchanged", .int(unchangedActors)),
            ])),
            ("channels", .object([
                ("added", .array(diff.addedChannels.map { .channel(after.channels[$0], in: after) })),
                ("removed", .array(diff.removedChannels.map { .channel(before.channels[$0], in: before) })),
                ("changed", .array(diff.changedChannels.map { change in
                    .object([("old_id", .string(before.channels[change.oldIndex].id)), ("new_id", .string(after.channels[change.newIndex].id)),
                             ("fields", fieldsJSON(change.fields))])
                })),
                ("unchanged", .int(unchangedChannels)),
            ])),
            ("brokers", brokers.map { brokers in
                .object([
                    ("betweenness", .array(brokers.betweenness.map(shiftJSON))),
                    ("brokerage", brokers.brokerage.map { .array($0.map(shiftJSON)) } ?? .null),
                ])
            } ?? .null),
            ("connectivity", .array(connectivity.map { change in
                .object([("change", .string(change.change)),
                         ("groups", .array(change.groups.map { .array($0.map { .string(after.actors[$0].id) }) }))])
            })),
        ])
    }

    private func fieldsJSON(_ fields: [FieldChange]) -> JSON {
        .array(fields.map { change in
            guard change.isList else { return .object([("field", .string(change.field)), ("old", .optional(change.old)), ("new", .optional(change.new))]) }
            let items = { (text: String?) in JSON.array((text?.components(separatedBy: "; ") ?? []).map(JSON.string)) }
            return .object([("field", .string(change.field)), ("removed", items(change.old)), ("added", items(change.new))])
        })
    }

    private func shiftJSON(_ shift: RankShift) -> JSON {
        RankShiftOutput.json(shift, actor: union.actor(Int(shift.node)))
    }

    // MARK: CSV

    /// One row per finding; a changed actor or channel has a row per changed field.
    func csv() -> String {
        var table = Table(["section", "change", "id", "new_id", "field", "old", "new"])
        for index in diff.addedActors { table.append(["actor", "added", "", after.actors[index].id, "", "", after.actors[index].name]) }
        for index in diff.removedActors { table.append(["actor", "removed", before.actors[index].id, "", "", before.actors[index].name, ""]) }
        for change in diff.changedActors {
            for field in change.fields {
                table.append(["actor", "changed", before.actors[change.oldIndex].id, after.actors[change.newIndex].id, field.field, field.old ?? "", field.new ?? ""])
            }
        }
        for index in diff.addedChannels { table.append(["channel", "added", "", after.channels[index].id, "", "", channelLine(after.channels[index], in: after)]) }
        for index in diff.removedChannels { table.append(["channel", "removed", before.channels[index].id, "", "", channelLine(before.channels[index], in: before), ""]) }
        for change in diff.changedChannels {
            for field in change.fields {
                table.append(["channel", "changed", before.channels[change.oldIndex].id, after.channels[change.newIndex].id, field.field, field.old ?? "", field.new ?? ""])
            }
        }
        if let brokers {
            for (section, shifts) in [("betweenness", brokers.betweenness), ("brokerage", brokers.brokerage ?? [])] {
                for shift in shifts {
                    let (old, new) = union.members[Int(shift.node)]
                    table.append([section, WhatIfReport.direction(shift), old.map { before.actors[$0].id } ?? "", new.map { after.actors[$0].id } ?? "",
                                  "rank", shift.beforeRank.map(String.init) ?? "", shift.afterRank.map(String.init) ?? ""])
                }
            }
        }
        for change in connectivity {
            table.append(["connectivity", change.change, "", "", "groups", "", change.groups.map { $0.map { after.actors[$0].id }.joined(separator: ";") }.joined(separator: " | ")])
        }
        return table.csv()
    }
}
