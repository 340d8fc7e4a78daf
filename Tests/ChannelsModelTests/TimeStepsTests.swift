import ChannelsModel
import Testing

struct TimeStepsTests {
    static func day(_ text: String) -> Day { PartialDate(text)?.firstDay ?? Day(rawValue: 0) }

    @Test func weeksRunMondayToSunday() {
        #expect(StepUnit.week.start(of: Self.day("2023-11-08")) == Self.day("2023-11-06"))
        #expect(StepUnit.week.start(of: Self.day("2023-11-06")) == Self.day("2023-11-06"))
        #expect(StepUnit.week.start(of: Self.day("2023-11-12")) == Self.day("2023-11-06"))
        #expect(StepUnit.week.start(of: Self.day("1970-01-01")) == Self.day("1969-12-29"))
        #expect(StepUnit.week.start(of: Self.day("1969-12-28")) == Self.day("1969-12-22"))
    }

    @Test func stepsCoverTheSpanClippedAtBothEnds() {
        let weeks = StepUnit.week.steps(from: Self.day("2023-10-31"), through: Self.day("2023-11-14"))
        #expect(weeks.map(\.description) == ["2023-10-31..2023-11-05", "2023-11-06..2023-11-12", "2023-11-13..2023-11-14"])
        let months = StepUnit.month.steps(from: Self.day("2023-12-15"), through: Self.day("2024-02-03"))
        #expect(months.map(\.description) == ["2023-12-15..2023-12-31", "2024-01-01..2024-01-31", "2024-02-01..2024-02-03"])
        let days = StepUnit.day.steps(from: Self.day("2024-02-28"), through: Self.day("2024-03-01"))
        #expect(days.map(\.description) == ["2024-02-28", "2024-02-29", "2024-03-01"])
        #expect(StepUnit.day.steps(from: Self.day("2024-03-01"), through: Self.day("2024-02-28")).isEmpty)
    }
}
