/// Calendar steps for series over time: days, ISO weeks (Monday to Sunday) or calendar months.
public enum StepUnit: String, Hashable, Sendable, CaseIterable {
    case day, week, month

    /// The first day of the step that contains `day`.
    public func start(of day: Day) -> Day {
        switch self {
        case .day:
            return day
        case .week:
            // 1970-01-01 was a Thursday: days since the Monday before it, modulo 7.
            let sinceMonday = ((Int(day.rawValue) + 3) % 7 + 7) % 7
            return Day(rawValue: day.rawValue - Int32(sinceMonday))
        case .month:
            let (year, month, _) = day.components
            return Day(year: year, month: month, day: 1) ?? day
        }
    }

    /// The first day of the step after the one starting on `start`.
    public func next(after start: Day) -> Day {
        switch self {
        case .day: return Day(rawValue: start.rawValue + 1)
        case .week: return Day(rawValue: start.rawValue + 7)
        case .month:
            let (year, month, _) = start.components
            return Day(year: month == 12 ? year + 1 : year, month: month == 12 ? 1 : month + 1, day: 1)
                ?? Day(rawValue: start.rawValue + Int32(Day.daysIn(month: month, year: year)))
        }
    }
}

/// A run of days, both ends included.
public struct DaySpan: Hashable, Sendable, CustomStringConvertible {
    public let first: Day
    public let last: Day

    public init(first: Day, last: Day) {
        self.first = first
        self.last = last
    }

    public var description: String { first == last ? first.description : "\(first)..\(last)" }
}

extension StepUnit {
    /// The steps that cover `first` through `last`, each clipped to that span: the first may start late
    /// and the last end early. Empty when `last` is before `first`.
    ///
    /// - Complexity: O(number of steps).
    public func steps(from first: Day, through last: Day) -> [DaySpan] {
        var spans: [DaySpan] = []
        var start = self.start(of: first)
        while start <= last {
            let following = next(after: start)
            spans.append(DaySpan(first: max(start, first), last: min(Day(rawValue: following.rawValue - 1), last)))
            start = following
        }
        return spans
    }
}
