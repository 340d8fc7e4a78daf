public import ArgumentParser
import ChannelsCore
import ChannelsModel

struct PathCommand: GraphQuestion {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Explain how one actor can reach another, hop by hop, and through whom.",
        discussion: """
        Every step names the channel it uses (kind, name, date) and the documents that report it. By default \
        the route with the fewest hops is shown; --k asks for more, ranked. Constraints combine freely.

        Directed channels (messages) are walked forward only; calls, meetings, standing channels and \
        memberships both ways. Time-respecting routes (--after, --before) make each hop happen no earlier \
        than the one before it.

        Examples:
          channels path Biden Hamas
          channels path بايدن حماس
          channels path Biden Hamas --k 3
          channels path Biden Hamas --avoid-side qatar          # without Qatar, is there still a way?
          channels path Biden Hamas --only call,meeting,message
          channels path Biden Hamas --after 2023-11-10          # earliest arrival
          channels path Biden Hamas --all-shortest --format json

        Exit status: 0 when a route exists, 1 when none does (with the reason), 64 for a bad command line, \
        65 for an invalid graph file.
        """)

    @Argument(help: "Where the route starts: an actor's id, name or alias.")
    var from: String

    @Argument(help: "Where the route ends.")
    var to: String

    @OptionGroup var graphOptions: GraphOptions
    @OptionGroup(title: "Constraints") var filterOptions: FilterOptions

    @Option(help: ArgumentHelp("What a route costs: hops, weight (channel latency) or confidence (−log, so the most credible route wins).", valueName: "cost"))
    var cost: PathCost = .hops

    @Option(name: [.customLong("k"), .customShort("k")], help: ArgumentHelp("Show the k best loopless routes, ranked (Yen).", valueName: "n"))
    var k: Int = 1

    @Option(name: .customLong("via"), help: ArgumentHelp("The route must pass through this actor (repeatable).", valueName: "actor"))
    var via: [String] = []

    @Flag(name: .customLong("all-shortest"), help: "Count every cheapest route and list them (up to --limit).")
    var allShortest = false

    @Flag(name: .customLong("all-simple"), help: "List every loopless route of at most --max-hops hops (up to --limit).")
    var allSimple = false

    @Option(name: .customLong("max-hops"), help: ArgumentHelp("With --all-simple: the longest route to list.", valueName: "n"))
    var maximumHops: Int = 6

    @Option(help: ArgumentHelp("With --all-shortest or --all-simple: list at most this many routes.", valueName: "n"))
    var limit: Int = 100

    @Option(help: ArgumentHelp("With --all-simple: stop enumerating after this many seconds.", valueName: "seconds"))
    var timeout: Double = 10

    @Option(help: ArgumentHelp("Time-respecting: the earliest-arriving route whose first hop is on or after this day.", valueName: "date"))
    var after: String?

    @Option(help: ArgumentHelp("Time-respecting: the route that leaves latest and arrives by this day.", valueName: "date"))
    var before: String?

    @Option(help: ArgumentHelp("Also draw the route(s), highlighted in their surroundings, to this file (.svg, .png, .pdf, .dot).", valueName: "file"))
    var render: String?

    @OptionGroup var output: OutputOptions

    var outputFile: String? { output.file }
    @OptionGroup(title: "Drawing (with --render)") var diagram: DiagramOptionGroup

    /// Caps on enumeration, so that no query can exhaust memory: ranked routes, listed routes, and the
    /// length of loopless routes (whose number grows exponentially with it; --timeout bounds the time).
    static let maximumK = 1_000
    static let maximumLimit = 100_000
    static let maximumMaximumHops = 32

    func validate() throws {
        if !(1...Self.maximumK).contains(k) { throw ValidationError("--k must be between 1 and \(Self.maximumK)") }
        if !(1...Self.maximumLimit).contains(limit) { throw ValidationError("--limit must be between 1 and \(Self.maximumLimit)") }
        if !(1...Self.maximumMaximumHops).contains(maximumHops) { throw ValidationError("--max-hops must be between 1 and \(Self.maximumMaximumHops)") }
        if !(timeout > 0) { throw ValidationError("--timeout must be positive") }
        if allShortest && allSimple { throw ValidationError("use --all-shortest or --all-simple, not both") }
        let timeRespecting = after != nil || before != nil
        if timeRespecting && (allShortest || allSimple || k > 1 || !via.isEmpty || cost != .hops) {
            throw ValidationError("time-respecting routes (--after, --before) find the earliest arrival or latest departure; they do not combine with --k, --via, --cost, --all-shortest or --all-simple")
        }
        if (allShortest || allSimple) && (k > 1 || !via.isEmpty) {
            throw ValidationError("--k and --via apply to ranked routes, not to --all-shortest or --all-simple")
        }
    }

    func execute() throws -> Int32 {
        let loaded = try graphOptions.load()
        let report = try report(on: loaded)
        output.write(report)
        if let render, !report.answer.routes.isEmpty {
            try PathPicture(loaded: loaded, answer: report.answer, options: diagram.options).write(to: render, layout: diagram.layout)
        }
        return report.answer.routes.isEmpty ? ExitStatus.noResult : ExitStatus.success
    }

    func answer(on loaded: LoadedGraph) throws -> Answer {
        let report = try report(on: loaded)
        return Answer(report, status: report.answer.routes.isEmpty ? ExitStatus.noResult : ExitStatus.success,
                      repeatable: !report.answer.timedOut)
    }

    /// The routes the query asks for, on `loaded`.
    func report(on loaded: LoadedGraph) throws -> PathReport {
        var query = PathQuery(source: try loaded.actor(from), target: try loaded.actor(to))
        query.cost = cost
        query.k = k
        query.via = try via.map { Int32(try loaded.actor($0)) }
        query.filter = try filterOptions.filter(for: loaded)
        query.mode = try mode()
        return PathReport(loaded: loaded, query: query, answer: PathFinder(loaded.snapshot).answer(query))
    }

    private func mode() throws -> PathQuery.Mode {
        if allShortest { return .allShortest(limit: limit) }
        if allSimple { return .allSimple(maximumHops: maximumHops, limit: limit, budget: .milliseconds(Int(timeout * 1000))) }
        let afterDay = try after.map { try DateArgument.parse($0, option: "--after").firstDay.rawValue }
        let beforeDay = try before.map { try DateArgument.parse($0, option: "--before").lastDay.rawValue }
        if let afterDay, let beforeDay, beforeDay < afterDay {
            throw Failure(ExitStatus.usage, "--before \(before ?? "") is earlier than --after \(after ?? "")")
        }
        if let afterDay { return .earliestArrival(after: afterDay, before: beforeDay) }
        if let beforeDay { return .latestDeparture(before: beforeDay) }
        return .shortest
    }
}

extension PathCost: ExpressibleByArgument {}
