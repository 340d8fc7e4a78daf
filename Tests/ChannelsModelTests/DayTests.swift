import ChannelsModel
import Testing

struct DayTests {
    @Test(arguments: [
        (1970, 1, 1, Int32(0)),
        (2000, 3, 1, Int32(11017)),
        (2023, 11, 12, Int32(19673)),
        (1969, 12, 31, Int32(-1)),
        (2024, 2, 29, Int32(19782)),
    ])
    func daysSinceEpoch(year: Int, month: Int, day: Int, expected: Int32) throws {
        let value = try #require(Day(year: year, month: month, day: day))
        #expect(value.rawValue == expected)
        #expect(value.components == (year, month, day))
    }

    @Test(arguments: [(2023, 2, 29), (2023, 2, 30), (2023, 4, 31), (2023, 13, 1), (2023, 0, 10), (2100, 2, 29), (0, 1, 1)])
    func impossibleDatesAreRejected(year: Int, month: Int, day: Int) {
        #expect(Day(year: year, month: month, day: day) == nil)
    }

    @Test func roundTripsEveryDayOfFourCenturies() throws {
        let start = try #require(Day(year: 1900, month: 1, day: 1)).rawValue
        let end = try #require(Day(year: 2300, month: 12, day: 31)).rawValue
        for raw in stride(from: start, through: end, by: 1) {
            let (y, m, d) = Day(rawValue: raw).components
            #expect(Day(year: y, month: m, day: d)?.rawValue == raw)
        }
    }

    @Test func partialDatesCoverTheirDays() throws {
        let month = try #require(PartialDate("2023-10"))
        #expect(month.precision == .month)
        #expect(month.firstDay.description == "2023-10-01")
        #expect(month.lastDay.description == "2023-10-31")
        let leapFebruary = try #require(PartialDate("2024-02"))
        #expect(leapFebruary.lastDay.description == "2024-02-29")
        let year = try #require(PartialDate("2023"))
        #expect(year.precision == .year)
        #expect((year.firstDay.description, year.lastDay.description) == ("2023-01-01", "2023-12-31"))
        #expect(PartialDate("2023-11-12")?.description == "2023-11-12")
    }

    @Test(arguments: ["2023-02-30", "2023-13", "23-11-12", "2023-1-5", "2023/11/12", "", "next week", "2023-11-12T10:00", "-2023"])
    func malformedPartialDatesAreRejected(text: String) {
        #expect(PartialDate(text) == nil)
    }
}
