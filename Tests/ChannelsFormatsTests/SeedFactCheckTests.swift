import ChannelsModel
import Foundation
import Testing

/// The curated graphs say no more than their seeds: every quote is in its seed word for word, every actor
/// and channel cites one, and no date is more precise than its citations allow.
@Suite(.enabled(if: Seeds.areAvailable, Seeds.absentReason))
struct SeedFactCheckTests {
    static let graphs = ["hostage-deal-2023", "ceasefire-talks-2024"]

    @Test(arguments: graphs)
    func everyQuoteIsVerbatimInTheSeedItCites(name: String) throws {
        let graph = try CuratedGraphTests.load(name)
        let registered = Set(graph.documents.map(\.id))
        var texts: [String: String] = [:]
        for cite in graph.channels.flatMap(\.cites) + graph.actors.flatMap(\.cites) {
            #expect(registered.contains(cite.doc), "\(cite.doc) is cited but not in documents:")
            guard let quote = cite.quote else { continue }
            if texts[cite.doc] == nil { texts[cite.doc] = try Seeds.text(cite.doc) }
            #expect(texts[cite.doc]?.contains(Seeds.collapsingWhitespace(quote)) == true, "\(cite.doc) does not contain “\(quote)”")
        }
    }

    @Test(arguments: graphs)
    func everyActorAndChannelCitesASeed(name: String) throws {
        let graph = try CuratedGraphTests.load(name)
        for channel in graph.channels {
            #expect(channel.cites.contains { $0.quote != nil }, "channel \(channel.id) quotes no seed")
        }
        for actor in graph.actors {
            #expect(!actor.cites.isEmpty, "actor \(actor.id) cites no seed")
        }
    }

    /// A day (a `date`, a `from` or an `until` of day precision) must come from the seeds in one of three
    /// ways: a quote of the channel gives the day's number ("12. november", "في 14 نوفمبر"); a quote counts
    /// it from a dated event ("the next day", "في اليوم التالي"), which the note explains; or the note names
    /// another channel that has that day, as an event that bounds or contains this one. A citation's own
    /// dissenting `date` must likewise be given or counted by its own quote. Months and years need no
    /// check: a month is what the graph records when a seed says "late October" or gives only an order.
    @Test(arguments: graphs)
    func noDayIsMorePreciseThanTheSeeds(name: String) throws {
        let graph = try CuratedGraphTests.load(name)
        var channelsByDay: [PartialDate: Set<String>] = [:]
        for channel in graph.channels {
            for date in [channel.date, channel.from, channel.until].compactMap({ $0 }) where date.precision == .day {
                channelsByDay[date, default: []].insert(channel.id)
            }
        }
        for channel in graph.channels {
            let agreeing = channel.cites.filter { $0.date == nil }
            for date in [channel.date, channel.from, channel.until].compactMap({ $0 }) where date.precision == .day {
                let quoted = agreeing.contains { Self.quote($0.quote, givesOrCounts: date) }
                let anchored = (channelsByDay[date] ?? []).contains { other in
                    other != channel.id && channel.note?.contains(other) == true
                }
                #expect(quoted || anchored, "\(channel.id): no quote gives or counts \(date), and its note names no channel of that day")
            }
            for cite in channel.cites {
                guard let date = cite.date, date.precision == .day else { continue }
                #expect(Self.quote(cite.quote, givesOrCounts: date), "\(channel.id): the quote of \(cite.doc) neither gives nor counts \(date)")
            }
        }
    }

    /// The phrases by which the seeds count a day from a dated event, as they are written there.
    static let relativeDays = [
        "the next day", "next morning", "the same day", "that evening",
        "To dager senere", "samme dag",
        "اليوم التالي", "من ذلك اليوم", "ذلك بيوم", "في ذلك المساء",
    ]

    static func quote(_ quote: String?, givesOrCounts date: PartialDate) -> Bool {
        guard let quote, let day = date.day else { return false }
        return numbers(in: quote).contains(day) || relativeDays.contains { quote.contains($0) }
    }

    /// The whole numbers written in `text`, in ASCII or Arabic-Indic digits.
    static func numbers(in text: String) -> [Int] {
        var numbers: [Int] = []
        var current: Int?
        for scalar in text.unicodeScalars {
            let digit: Int? = switch scalar.value {
            case 0x30...0x39: Int(scalar.value - 0x30)
            case 0x660...0x669: Int(scalar.value - 0x660)
            case 0x6F0...0x6F9: Int(scalar.value - 0x6F0)
            default: nil
            }
            if let digit {
                current = (current ?? 0) * 10 + digit
            } else if let number = current {
                numbers.append(number)
                current = nil
            }
        }
        if let current { numbers.append(current) }
        return numbers
    }

    @Test func numbersAreReadInEitherScript() {
        #expect(Self.numbers(in: "Biden ringte emiren 12. november") == [12])
        #expect(Self.numbers(in: "في ١٤ نوفمبر و 17") == [14, 17])
        #expect(Self.quote("في اليوم التالي", givesOrCounts: PartialDate(year: 2023, month: 11, day: 15)!))
        #expect(!Self.quote("On November 19", givesOrCounts: PartialDate(year: 2023, month: 11, day: 9)!))
    }
}
