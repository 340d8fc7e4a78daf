import ChannelsCore
import ChannelsFormats
import ChannelsModel

/// Broker rank shifts as `whatif` and `diff` show them: a titled table in text, an object in JSON.
enum RankShiftOutput {
    static func text(_ title: String, _ shifts: [RankShift], actor: (Int32) -> Actor, style: Style) -> String {
        let output = "\n" + style.bold(title) + "\n"
        guard !shifts.isEmpty else { return output + "  no rank changes\n" }
        var table = Table(["actor", "rank was", "", "now", "value was", "now"], alignments: [.left, .right, .left, .right, .right, .right])
        for shift in shifts {
            table.append([actor(shift.node).name, shift.beforeRank.map(String.init) ?? "new", "→", shift.afterRank.map(String.init) ?? "removed",
                          shift.before.map(PathReport.decimal) ?? "—", shift.after.map(PathReport.decimal) ?? "—"])
        }
        return output + table.rendered(style: style).split(separator: "\n").map { "  " + $0 + "\n" }.joined()
    }

    /// `{"actor", "name", "rank_before", "rank_after", "value_before", "value_after"}`.
    static func json(_ shift: RankShift, actor: Actor) -> JSON {
        .object([
            ("actor", .string(actor.id)),
            ("name", .string(actor.name)),
            ("rank_before", shift.beforeRank.map(JSON.int) ?? .null),
            ("rank_after", shift.afterRank.map(JSON.int) ?? .null),
            ("value_before", shift.before.map(JSON.number) ?? .null),
            ("value_after", shift.after.map(JSON.number) ?? .null),
        ])
    }
}
