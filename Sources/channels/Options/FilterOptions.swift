public import ArgumentParser
import ChannelsCore
import ChannelsModel

/// The constraints every path, reachability and centrality query accepts.
struct FilterOptions: ParsableArguments {
    @Option(name: .customLong("avoid"), help: ArgumentHelp("Leave out this actor (repeatable): is there still a way without it?", valueName: "actor"))
    var avoidedActors: [String] = []

    @Option(name: .customLong("avoid-side"), help: ArgumentHelp("Leave out every actor of this side (repeatable).", valueName: "side"))
    var avoidedSides: [String] = []

    @Option(name: .customLong("avoid-kind"), help: ArgumentHelp("Leave out every actor of this kind (repeatable).", valueName: "kind"))
    var avoidedActorKinds: [String] = []

    @Option(name: .customLong("only"), help: ArgumentHelp("Use only channels of these kinds (comma-separated, repeatable).", valueName: "kinds"))
    var onlyKinds: [String] = []

    @Option(name: .customLong("except"), help: ArgumentHelp("Never use channels of these kinds (comma-separated, repeatable).", valueName: "kinds"))
    var exceptKinds: [String] = []

    @Option(name: .customLong("at"), help: ArgumentHelp("Only channels active on this day (YYYY-MM-DD; a month or year means any day in it).", valueName: "date"))
    var at: String?

    @Option(name: .customLong("between"), parsing: .upToNextOption,
            help: ArgumentHelp("Only channels active on some day between two dates, inclusive: --between 2023-11-01 2023-11-20.", valueName: "date"))
    var between: [String] = []

    @Option(name: .customLong("min-confidence"), help: ArgumentHelp("Only channels at least this certain, in (0, 1].", valueName: "x"))
    var minimumConfidence: Double?

    @Option(name: .customLong("undated"), help: ArgumentHelp("What undated channels do in time-aware queries: always (usable any day) or ignore.", valueName: "rule"))
    var undated: UndatedPolicy = .always

    func validate() throws {
        if !between.isEmpty && between.count != 2 {
            throw ValidationError("--between takes two dates: --between 2023-11-01 2023-11-20")
        }
        if at != nil && !between.isEmpty {
            throw ValidationError("use --at or --between, not both")
        }
        if let minimumConfidence, !(minimumConfidence > 0 && minimumConfidence <= 1) {
            throw ValidationError("--min-confidence must be in (0, 1]")
        }
    }

    /// The filter these options describe, with actors, kinds and sides checked against `loaded`.
    func filter(for loaded: LoadedGraph) throws -> ChannelFilter {
        let graph = loaded.graph
        var filter = ChannelFilter(undated: undated, minimumConfidence: minimumConfidence)
        filter.avoidedNodes = Set(try avoidedActors.map { Int32(try loaded.actor($0)) })
        let channelKinds = graph.kinds.channelKinds.map(\.id)
        let only = try Self.kinds(onlyKinds, option: "--only", allowed: channelKinds)
        filter.onlyKinds = only.isEmpty ? nil : Set(only)
        filter.exceptKinds = Set(try Self.kinds(exceptKinds, option: "--except", allowed: channelKinds))
        filter.avoidedActorKinds = Set(try Self.kinds(avoidedActorKinds, option: "--avoid-kind", allowed: graph.kinds.actorKinds.map(\.id)))
        filter.avoidedSides = Set(try Self.sides(avoidedSides, in: graph))
        filter.window = try Self.window(at: at, between: between)
        return filter
    }

    /// Checks sides against the graph's.
    static func sides(_ values: [String], in graph: GraphCatalog) throws -> [String] {
        let sides = Set(graph.sides.map(\.id) + graph.actors.compactMap(\.side))
        for side in values where !sides.contains(side) {
            let hint = Suggestions.didYouMean(side, among: sides.sorted())
            throw Failure(ExitStatus.usage, "unknown side '\(side)'\(hint) Sides: \(sides.sorted().joined(separator: ", "))")
        }
        return values
    }

    /// The time window of `--at` or `--between` (two dates), if any.
    static func window(at: String?, between: [String]) throws -> DayRange? {
        if let at {
            let date = try DateArgument.parse(at, option: "--at")
            return DayRange(first: date.firstDay.rawValue, last: date.lastDay.rawValue)
        }
        if between.count == 2 {
            let first = try DateArgument.parse(between[0], option: "--between")
            let last = try DateArgument.parse(between[1], option: "--between")
            guard first.firstDay <= last.lastDay else {
                throw Failure(ExitStatus.usage, "--between \(between[0]) \(between[1]) ends before it starts")
            }
            return DayRange(first: first.firstDay.rawValue, last: last.lastDay.rawValue)
        }
        return nil
    }

    /// Splits comma-separated kinds and checks each against the graph's vocabulary.
    static func kinds(_ values: [String], option: String, allowed: [String]) throws -> [String] {
        let kinds = values.flatMap { $0.split(separator: ",").map { String($0).trimmingWhitespace() } }.filter { !$0.isEmpty }
        for kind in kinds where !allowed.contains(kind) {
            let hint = Suggestions.didYouMean(kind, among: allowed)
            throw Failure(ExitStatus.usage, "\(option): unknown kind '\(kind)'\(hint) Allowed: \(allowed.joined(separator: ", "))")
        }
        return kinds
    }
}

extension UndatedPolicy: ExpressibleByArgument {}

/// Dates given on the command line.
enum DateArgument {
    static func parse(_ text: String, option: String) throws -> PartialDate {
        guard let date = PartialDate(text) else {
            throw Failure(ExitStatus.usage, "\(option): '\(text)' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")
        }
        return date
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
