/// Channels in the order they happened, grouped by the date each starts on; undated ones apart.
///
/// A channel's date is its `date`, else the start of its interval (`from`), else, for an interval open at
/// the start, its end (`until`). A date of month or year precision forms a group of its own, sorted at the
/// start of its period and before the days in it (`2023-11` comes before `2023-11-01`). Within a group,
/// channels ending earlier come first (open-ended ones last), then in the graph's order.
public struct Timeline: Sendable {
    /// The channels that start on one date.
    public struct Group: Sendable {
        /// The date, at the precision its channels are dated with.
        public let date: PartialDate
        /// Indices into the graph's channels.
        public let channels: [Int]
    }

    public let groups: [Group]
    /// Indices of the selected channels without any date, in the graph's order.
    public let undated: [Int]

    /// The timeline of `selected` (indices into `channels`).
    ///
    /// - Complexity: O(*k* log *k*) for *k* selected channels.
    public init<Channels: RandomAccessCollection<Channel>>(channels: Channels, selected: some Sequence<Int>) where Channels.Index == Int {
        var dated: [(date: PartialDate, channel: Int)] = []
        var undated: [Int] = []
        for index in selected {
            if let date = Self.date(of: channels[index]) { dated.append((date, index)) } else { undated.append(index) }
        }
        dated.sort { a, b in
            let (dayA, dayB) = (a.date.firstDay, b.date.firstDay)
            if dayA != dayB { return dayA < dayB }
            if a.date.precision != b.date.precision { return a.date.precision < b.date.precision }
            return Self.precedes(channels[a.channel], channels[b.channel]) ?? (a.channel < b.channel)
        }
        var groups: [Group] = []
        var start = 0
        while start < dated.count {
            var end = start + 1
            while end < dated.count && dated[end].date == dated[start].date { end += 1 }
            groups.append(Group(date: dated[start].date, channels: dated[start..<end].map(\.channel)))
            start = end
        }
        self.groups = groups
        self.undated = undated.sorted()
    }

    /// The date a channel is placed at: its date, the start of its interval, or the end of an interval open
    /// at the start; nil when undated.
    public static func date(of channel: Channel) -> PartialDate? {
        channel.date ?? channel.from ?? channel.until
    }

    /// Whether `a` comes before `b` in time: by first day, then last day (an open end last); undated after
    /// dated. `nil` when the two are tied.
    public static func precedes(_ a: Channel, _ b: Channel) -> Bool? {
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
