import ChannelsModel
import Foundation
import Testing

/// The timeline tells events in the order the seeds tell them.
@Suite(.enabled(if: Seeds.areAvailable, Seeds.absentReason))
struct SeedTimelineTests {
    /// Seed 003 narrates 14–21 November 2023 day by day. Its channels dated to a day in that week, ordered
    /// by where the seed first quotes them, have the same sequence of days as the timeline gives them.
    @Test func seed003sNovemberComesOutInTheSeedsOrder() throws {
        let graph = try CuratedGraphTests.load("hostage-deal-2023")
        let document = try #require(graph.documents.map(\.id).first { $0.hasPrefix("003") })
        let seed = try Seeds.text(document)
        let window = try #require(Day(year: 2023, month: 11, day: 14))...(try #require(Day(year: 2023, month: 11, day: 21)))
        var positions: [Int: String.Index] = [:]
        for (index, channel) in graph.channels.enumerated() {
            guard let date = Timeline.date(of: channel), date.precision == .day, window.contains(date.firstDay) else { continue }
            let quotes = channel.cites.filter { $0.doc == document }.compactMap(\.quote)
            let found = quotes.compactMap { seed.range(of: Seeds.collapsingWhitespace($0))?.lowerBound }.min()
            if let found { positions[index] = found }
        }
        let timeline = Timeline(channels: graph.channels, selected: positions.keys)
        let byTimeline = timeline.groups.flatMap { group in group.channels.map { _ in group.date } }
        let bySeed = positions.sorted { $0.value < $1.value }.map { Timeline.date(of: graph.channels[$0.key]) }
        #expect(byTimeline.count >= 10)
        #expect(bySeed == byTimeline.map(Optional.some))
    }
}
