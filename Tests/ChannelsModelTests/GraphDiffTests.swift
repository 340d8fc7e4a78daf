import ChannelsModel
import Testing

/// Matching rules of ``GraphDiff`` on graphs written in code.
struct GraphDiffTests {
    static func graph(_ actors: [Actor], _ channels: [Channel] = []) -> ChannelGraph {
        ChannelGraph(actors: actors, channels: channels)
    }

    @Test func aRenameIsCaughtThroughAFoldedAlias() {
        let old = Self.graph([Actor(id: "qatar-pm", name: "Mohammed Al-Thani")])
        let new = Self.graph([Actor(id: "mbar", name: "Sheikh Mohammed", aliases: ["mohammed al thani"])])
        let diff = GraphDiff(old: old, new: new)
        #expect(diff.actorMatch == [0])
        #expect(diff.removedActors.isEmpty && diff.addedActors.isEmpty)
        #expect(diff.changedActors.first?.fields.map(\.field) == ["id", "name", "aliases"])
    }

    @Test func anAmbiguousNameMatchesNobody() {
        let old = Self.graph([Actor(id: "x", name: "Al Thani")])
        let new = Self.graph([Actor(id: "emir", name: "Tamim", aliases: ["Al Thani"]), Actor(id: "pm", name: "Mohammed", aliases: ["Al-Thani"])])
        let diff = GraphDiff(old: old, new: new)
        #expect(diff.actorMatch == [nil])
        #expect(diff.removedActors == [0] && diff.addedActors == [0, 1])
    }

    @Test func idsWinOverNamesAndAreNotTakenTwice() {
        let old = Self.graph([Actor(id: "a", name: "Same Name"), Actor(id: "b", name: "Same Name")])
        let new = Self.graph([Actor(id: "b", name: "Same Name"), Actor(id: "c", name: "Same Name")])
        let diff = GraphDiff(old: old, new: new)
        #expect(diff.actorMatch == [1, 0])
    }

    @Test func channelsMatchByIdThenDatesThenAsStandingRelations() {
        let actors = [Actor(id: "a"), Actor(id: "b")]
        let old = Self.graph(actors, [
            Channel(id: "call", kind: .call, source: 0, target: 1, directed: false, date: PartialDate("2024-01-05")),
            Channel(id: "link", kind: .standingChannel, source: 1, target: 0, directed: false),
            Channel(id: "meet", kind: .meeting, source: 0, target: 1, directed: false, date: PartialDate("2024-02-01")),
        ])
        let new = Self.graph(actors, [
            Channel(id: "renamed-call", kind: .call, source: 1, target: 0, directed: false, date: PartialDate("2024-01-05")),
            Channel(id: "the-channel", kind: .standingChannel, source: 0, target: 1, directed: false, from: PartialDate("2024-01")),
            Channel(id: "other-meet", kind: .meeting, source: 0, target: 1, directed: false, date: PartialDate("2024-03-01")),
        ])
        let diff = GraphDiff(old: old, new: new)
        #expect(diff.channelMatch == [0, 1, nil], "a dated meeting on another day is another meeting")
        #expect(diff.removedChannels == [2] && diff.addedChannels == [2])
        #expect(diff.changedChannels.map { $0.fields.map(\.field) } == [["id"], ["id", "when"]])
    }
}
