import ChannelsCore
import ChannelsModel

/// The actors of two compared graphs in one numbering: the old graph's actors in its order (matched or
/// removed), then the actors only the new graph has. Rankings of the two graphs are compared in it.
struct DiffUnion {
    let diff: GraphDiff
    /// Each actor's index in the old and in the new graph.
    let members: [(old: Int?, new: Int?)]

    init(_ diff: GraphDiff) {
        self.diff = diff
        members = diff.actorMatch.enumerated().map { (old: $0.offset, new: $0.element) } + diff.addedActors.map { (old: nil, new: $0) }
    }

    /// The actor as the new graph has it, or as the old one had it when it is gone.
    func actor(_ member: Int) -> Actor {
        let (old, new) = members[member]
        if let new { return diff.new.actors[new] }
        return diff.old.actors[old ?? 0]
    }

    /// Rank shifts between per-actor values of the old graph and of the new one.
    func shifts(old: [Double], new: [Double]) -> [RankShift] {
        let before = members.map { $0.old.map { old[$0] } ?? 0 }, after = members.map { $0.new.map { new[$0] } ?? 0 }
        return Ranking.shifts(before: before, after: after, includedBefore: { members[$0].old != nil }, includedAfter: { members[$0].new != nil })
    }

    /// One graph with every actor and channel of both: the new graph, then what only the old one had
    /// (its actors appended, its channels re-pointed at the matched actors). `removedActors` and
    /// `removedChannels` give the appended ones' indices.
    func graph() -> (graph: ChannelGraph, removedActors: [Int], removedChannels: [Int]) {
        let new = diff.new, old = diff.old
        var actors = new.actors
        var position = diff.actorMatch
        var removedActors: [Int] = []
        for index in diff.removedActors {
            position[index] = actors.count
            removedActors.append(actors.count)
            actors.append(Self.unclashed(old.actors[index], among: actors))
        }
        var channels = new.channels
        var removedChannels: [Int] = []
        for index in diff.removedChannels {
            var channel = old.channels[index]
            guard let source = position[channel.source], let target = position[channel.target] else { continue }
            channel.source = source
            channel.target = target
            removedChannels.append(channels.count)
            channels.append(channel)
        }
        var sides = new.sides
        for side in old.sides where !sides.contains(where: { $0.id == side.id }) { sides.append(side) }
        let actorKinds = new.declaredActorKinds + old.declaredActorKinds.filter { kind in !new.declaredActorKinds.contains { $0.id == kind.id } }
        let channelKinds = new.declaredChannelKinds + old.declaredChannelKinds.filter { kind in !new.declaredChannelKinds.contains { $0.id == kind.id } }
        let graph = ChannelGraph(title: new.title, sides: sides, declaredActorKinds: actorKinds, declaredChannelKinds: channelKinds,
                                 actors: actors, channels: channels)
        return (graph, removedActors, removedChannels)
    }

    /// `actor`, its id suffixed if a new actor already has it (a removed actor whose id was reused).
    private static func unclashed(_ actor: Actor, among actors: [Actor]) -> Actor {
        var copy = actor
        while actors.contains(where: { $0.id == copy.id }) { copy.id += "~old" }
        return copy
    }
}
