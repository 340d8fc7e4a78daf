/// A calendar day, stored as the number of days since 1970-01-01 in the proleptic Gregorian calendar.
///
/// Days are plain integers so that the query core can compare them in hot loops.
///
///     Day(year: 2023, month: 11, day: 12)?.description   // "2023-11-12"
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let rawValue: Int32

    public init(rawValue: Int32) {
        self.rawValue = rawValue
    }

    /// The day of a valid calendar date, or `nil` for an impossible one such as 2023-02-30.
    ///
    /// - Complexity: O(1).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        rawValue = Int32(era * 146097 + doe - 719468)
    }

    /// The (year, month, day) of this day.
    ///
    /// - Complexity: O(1).
    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = Int(rawValue) + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String {
        let (y, m, d) = components
        return PartialDate.format(year: y, month: m, day: d)
    }

    /// The number of days in a month of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }
}

/// A date of year, month or day precision, as graph files write it: `2023`, `2023-11`, `2023-11-12`.
///
/// A partial date covers every day it names: `2023-10` spans 1–31 October 2023.
public struct PartialDate: Hashable, Sendable, CustomStringConvertible {
    public enum Precision: Int, Sendable, Comparable {
        case year, month, day
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public let year: Int
    public let month: Int?
    public let day: Int?

    /// A validated partial date; `nil` if any part is out of range.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let year = Int(parts[0]) else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : nil
        let day = parts.count > 2 ? Int(parts[2]) : nil
        self.init(year: year, month: month, day: day)
    }

    public init(_ day: Day) {
        let (y, m, d) = day.components
        year = y
        month = m
        self.day = d
    }

    public var precision: Precision {
        day != nil ? .day : month != nil ? .month : .year
    }

    /// The first day the date covers.
    public var firstDay: Day {
        Day(year: year, month: month ?? 1, day: day ?? 1) ?? Day(rawValue: 0)
    }

    /// The last day the date covers.
    public var lastDay: Day {
        let m = month ?? 12
        return Day(year: year, month: m, day: day ?? Day.daysIn(month: m, year: year)) ?? Day(rawValue: 0)
    }

    public var description: String {
        PartialDate.format(year: year, month: month, day: day)
    }

    static func format(year: Int, month: Int?, day: Int?) -> String {
        var text = String(year)
        while text.count < 4 { text = "0" + text }
        if let month { text += month < 10 ? "-0\(month)" : "-\(month)" }
        if let day { text += day < 10 ? "-0\(day)" : "-\(day)" }
        return text
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
