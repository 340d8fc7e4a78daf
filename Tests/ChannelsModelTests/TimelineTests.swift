import ChannelsModel
import Testing

/// Hand-made channels: days, a month, a year, intervals (closed, open at either end), undated.
struct TimelineTests {
    static func channel(_ id: String, date: String? = nil, from: String? = nil, until: String? = nil) -> Channel {
        Channel(id: id, kind: .call, source: 0, target: 1, directed: false, date: date.flatMap { PartialDate($0) },
                from: from.flatMap { PartialDate($0) }, until: until.flatMap { PartialDate($0) })
    }

    static let channels = [
        channel("nov-12", date: "2023-11-12"),
        channel("undated-a"),
        channel("november", date: "2023-11"),
        channel("nov-01", date: "2023-11-01"),
        channel("interval", from: "2023-11-01", until: "2023-11-20"),
        channel("open-start", until: "2023-11-05"),
        channel("year", date: "2023"),
        channel("open-end", from: "2023-11-01"),
        channel("nov-12-again", date: "2023-11-12"),
        channel("undated-b"),
    ]

    @Test func groupsByStartDateWithPeriodsBeforeTheirDays() {
        let timeline = Timeline(channels: Self.channels, selected: Self.channels.indices.reversed())
        #expect(timeline.groups.map(\.date.description) == ["2023", "2023-11", "2023-11-01", "2023-11-05", "2023-11-12"])
        let ids = timeline.groups.map { $0.channels.map { Self.channels[$0].id } }
        // On 1 November: the one-day call, then the interval ending on the 20th, then the open-ended one.
        #expect(ids == [["year"], ["november"], ["nov-01", "interval", "open-end"], ["open-start"], ["nov-12", "nov-12-again"]])
        #expect(timeline.undated.map { Self.channels[$0].id } == ["undated-a", "undated-b"])
    }

    @Test func onlyTheSelectedChannelsAppear() {
        let timeline = Timeline(channels: Self.channels, selected: [0, 1])
        #expect(timeline.groups.map(\.channels) == [[0]])
        #expect(timeline.undated == [1])
        #expect(Timeline(channels: Self.channels, selected: []).groups.isEmpty)
    }
}
