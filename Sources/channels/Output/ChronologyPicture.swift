import ArgumentParser
import ChannelsFormats
import ChannelsModel
import ChannelsRender

/// What the lanes of a chronology are.
enum ChronologyLanes: String, CaseIterable, ExpressibleByArgument {
    case actor, side
}

/// A timeline as a chronology chart: lanes in the graph's order of sides, then of actors; each dated
/// channel a contact between its actors' lanes, coloured like the diagrams.
struct ChronologyPicture {
    let graph: GraphCatalog
    let timeline: Timeline
    let lanes: ChronologyLanes

    func svg() -> String { chart().svg() }

    func chart() -> ChronologyChart {
        let colors = DiagramStyle.sideColors(graph.typed)
        let dated = timeline.groups.flatMap { group in group.channels.map { (group.date, $0) } }
        let involved = Set(dated.flatMap { [graph.channels[$0.1].source, graph.channels[$0.1].target] })
        var sides = graph.sides.map(\.id)
        for actor in graph.actors { if let side = actor.side, !sides.contains(side) { sides.append(side) } }
        let sideRank = { (side: String?) in side.flatMap { sides.firstIndex(of: $0) } ?? sides.count }

        var laneOf: [Int: Int] = [:]
        var laneList: [ChronologyChart.Lane] = []
        switch lanes {
        case .actor:
            for actor in involved.sorted(by: { (sideRank(graph.actors[$0].side), $0) < (sideRank(graph.actors[$1].side), $1) }) {
                laneOf[actor] = laneList.count
                let subject = graph.actors[actor]
                laneList.append(.init(label: subject.name, color: subject.side.flatMap { colors[$0] } ?? DiagramStyle.palette[7]))
            }
        case .side:
            let used = Set(involved.map { sideRank(graph.actors[$0].side) })
            var laneOfSide: [Int: Int] = [:]
            for rank in used.sorted() {
                laneOfSide[rank] = laneList.count
                let side = rank < sides.count ? sides[rank] : nil
                laneList.append(.init(label: side.map { graph.side(id: $0)?.name ?? $0 } ?? "(no side)",
                                      color: side.flatMap { colors[$0] } ?? DiagramStyle.palette[7]))
            }
            for actor in involved { laneOf[actor] = laneOfSide[sideRank(graph.actors[actor].side)] }
        }

        let contacts = dated.map { date, index in
            let channel = graph.channels[index]
            let first = date.firstDay
            let last = channel.date == nil ? channel.lastDay.flatMap { $0 > first ? $0 : nil } : nil
            let ends = "\(graph.actors[channel.source].name) \(channel.directed ? "→" : "—") \(graph.actors[channel.target].name)"
            return ChronologyChart.Contact(
                from: laneOf[channel.source] ?? 0, to: laneOf[channel.target] ?? 0, first: first, last: last,
                approximate: date.precision != .day, kind: channel.kind, directed: channel.directed,
                title: "\(channel.whenDescription ?? date.description) · \(channel.kind.rawValue) · \(ends)" + (channel.name.map { " · \($0)" } ?? "") + " [\(channel.id)]")
        }
        let count = contacts.count, undated = timeline.undated.count
        return ChronologyChart(
            title: "Chronology" + (graph.title.map { ": \($0)" } ?? ""),
            subtitle: "\(count) dated channel\(count == 1 ? "" : "s")" + (undated > 0 ? " · \(undated) undated, not drawn" : ""),
            lanes: laneList, contacts: contacts)
    }
}
