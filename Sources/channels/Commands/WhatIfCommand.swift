import ArgumentParser
import ChannelsCore
import ChannelsModel

struct WhatIfCommand: GraphQuestion {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "Compare the graph before and after removing actors, sides, channels or kinds of channel.",
        discussion: """
        Removals are masks on one snapshot: nothing is copied. For each --pair (or, when none is given, \
        every pair of sides: a side reaches another when any of its actors reaches any of the other's), \
        the report says whether every route is lost, the shortest route got longer (with the new route), \
        it went another way at the same length, or is unchanged. It then lists the broker ranking shifts \
        (betweenness and Gould–Fernandez brokerage by side, old rank → new rank), the actors that become \
        (or stop being) articulation points, and the components that split. The constraints (--only, \
        --between, …) apply before and after alike.

        --remove-kind takes channel kinds (removing those channels) or actor kinds (removing those actors).

        Examples:
          channels whatif --remove-side qatar --pair Biden Hamas
          channels whatif --remove-side qatar --remove-side egypt --pair Biden Hamas
          channels whatif --remove "Abbas Kamel" --format json
          channels whatif --remove-kind standing-channel --top 5
          channels whatif --remove-side qatar --pair Biden Hamas --render docs/whatif-qatar.svg

        Exit status: 0, or 1 when a --pair that had a route has none left; 64 for unknown actors, sides, \
        kinds or channels (with the nearest names).
        """)

    @Option(help: ArgumentHelp("Remove this actor and its channels (repeatable).", valueName: "actor"))
    var remove: [String] = []

    @Option(name: .customLong("remove-side"), help: ArgumentHelp("Remove every actor of this side (repeatable).", valueName: "side"))
    var removeSide: [String] = []

    @Option(name: .customLong("remove-channel"), help: ArgumentHelp("Remove this channel, by id (repeatable).", valueName: "id"))
    var removeChannel: [String] = []

    @Option(name: .customLong("remove-kind"), help: ArgumentHelp("Remove every channel, or every actor, of these kinds (comma-separated, repeatable).", valueName: "kinds"))
    var removeKind: [String] = []

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Ask about routes from A to B (repeatable: --pair A B --pair C D).", valueName: "actor"))
    var pair: [String] = []

    @Option(help: ArgumentHelp("List at most this many broker ranking shifts per measure.", valueName: "n"))
    var top: Int = 10

    @Flag(name: .customLong("no-brokers"), help: "Skip the broker rankings (betweenness of the whole graph, twice), for big graphs.")
    var noBrokers = false

    @Option(help: ArgumentHelp("Draw the graph with what was removed struck through and the new routes highlighted (.svg, .png, .pdf, .dot).", valueName: "file"))
    var render: String?

    @OptionGroup var graphOptions: GraphOptions
    @OptionGroup(title: "Constraints") var filterOptions: FilterOptions
    @OptionGroup(title: "Diagram") var diagram: DiagramOptionGroup
    @OptionGroup var output: OutputOptions

    var outputFile: String? { output.file }

    func validate() throws {
        if remove.isEmpty && removeSide.isEmpty && removeChannel.isEmpty && removeKind.isEmpty {
            throw ValidationError("nothing to remove: give --remove, --remove-side, --remove-channel or --remove-kind")
        }
        if pair.count % 2 != 0 { throw ValidationError("--pair takes two actors: --pair Biden Hamas") }
        if top < 1 { throw ValidationError("--top must be at least 1") }
        if !filterOptions.avoidedActors.isEmpty || !filterOptions.avoidedSides.isEmpty || !filterOptions.avoidedActorKinds.isEmpty {
            throw ValidationError("whatif compares with and without removals: use --remove, --remove-side or --remove-kind instead of --avoid")
        }
    }

    func execute() throws -> Int32 {
        let loaded = try graphOptions.load()
        let report = try report(on: loaded)
        if let render { try WhatIfPicture(loaded: loaded, report: report, options: diagram.options).write(to: render, layout: diagram.layout) }
        output.write(report)
        return status(of: report)
    }

    func answer(on loaded: LoadedGraph) throws -> Answer {
        let report = try report(on: loaded)
        return Answer(report, status: status(of: report))
    }

    /// 1 when a pair asked for with --pair lost its route (or an end), else 0.
    private func status(of report: WhatIfReport) -> Int32 {
        let lostAsked = !pair.isEmpty && report.pairs.contains { $0.outcome.change == .lost || $0.outcome.change == .endpointRemoved }
        return lostAsked ? ExitStatus.noResult : ExitStatus.success
    }

    /// The graph before and after the removal, compared.
    func report(on loaded: LoadedGraph) throws -> WhatIfReport {
        let graph = loaded.graph
        let removal = try removal(loaded)
        let questions = try questions(loaded)
        let whatIf = WhatIf(loaded.snapshot.view(try filterOptions.filter(for: loaded)), removing: removal)
        let outcomes = whatIf.pairs(questions.map(\.question), finder: PathFinder(loaded.snapshot))
        let brokers = noBrokers ? nil : try brokerShifts(whatIf, graph: graph)
        let articulation = whatIf.articulationChanges()
        return WhatIfReport(
            graph: graph, removal: removal, whatIf: whatIf,
            pairs: zip(questions, outcomes).map { WhatIfReport.Pair(from: $0.from, to: $0.to, outcome: $1) },
            brokers: brokers, articulationGained: articulation.gained, articulationLost: articulation.lost,
            components: whatIf.componentChange(), askedPairs: !pair.isEmpty)
    }

    /// The removal the options describe, every name checked against the graph.
    private func removal(_ loaded: LoadedGraph) throws -> Removal {
        let graph = loaded.graph
        var removal = Removal()
        removal.nodes = Set(try remove.map { Int32(try loaded.actor($0)) })
        removal.sides = Set(try FilterOptions.sides(removeSide, in: graph))
        removal.edges = Set(try removeChannel.map { Int32(try loaded.channel($0)) })
        let channelKinds = graph.kinds.channelKinds.map(\.id), actorKinds = graph.kinds.actorKinds.map(\.id)
        for kind in try FilterOptions.kinds(removeKind, option: "--remove-kind", allowed: channelKinds + actorKinds.filter { !channelKinds.contains($0) }) {
            if channelKinds.contains(kind) { removal.channelKinds.insert(kind) } else { removal.actorKinds.insert(kind) }
        }
        return removal
    }

    /// The `--pair`s, or every pair of sides (ordered when some channel is directed).
    private func questions(_ loaded: LoadedGraph) throws -> [(from: WhatIfReport.End, to: WhatIfReport.End, question: PairQuestion)] {
        if !pair.isEmpty {
            return try stride(from: 0, to: pair.count, by: 2).map { index in
                let source = try loaded.actor(pair[index]), target = try loaded.actor(pair[index + 1])
                return (.actor(source), .actor(target), PairQuestion(from: source, to: target))
            }
        }
        let graph = loaded.graph
        var sides = graph.sides.map(\.id)
        for actor in graph.actors { if let side = actor.side, !sides.contains(side) { sides.append(side) } }
        let members = sides.map { side in graph.actors.indices.filter { graph.actors[$0].side == side }.map(Int32.init) }
        let ordered = loaded.snapshot.view(.none).hasDirectedChannels
        var questions: [(WhatIfReport.End, WhatIfReport.End, PairQuestion)] = []
        for a in sides.indices {
            for b in sides.indices where a != b && (ordered || a < b) {
                questions.append((.side(sides[a]), .side(sides[b]), PairQuestion(from: members[a], to: members[b])))
            }
        }
        return questions
    }

    /// Betweenness and, when actors have sides, Gould–Fernandez brokerage by side: each ranked before and after.
    private func brokerShifts(_ whatIf: WhatIf, graph: GraphCatalog) throws -> WhatIfReport.Brokers {
        let (before, after) = try PairedBetweenness.compute(whatIf.before, whatIf.after, label: "betweenness before and after")
        let betweenness = Ranking.shifts(before: before, after: after,
                                         includedBefore: whatIf.before.allowsNode, includedAfter: whatIf.after.allowsNode)
        var brokerage: [RankShift]?
        if graph.actors.contains(where: { $0.side != nil }) {
            let groups = GroupCodes.codes(graph.actors.map { $0.side ?? "" })
            let total = { (view: GraphView) in view.brokerage(groups: groups).raw.map { $0[5] } }
            brokerage = Ranking.shifts(before: total(whatIf.before), after: total(whatIf.after),
                                       includedBefore: whatIf.before.allowsNode, includedAfter: whatIf.after.allowsNode)
        }
        return WhatIfReport.Brokers(betweenness: Array(betweenness.prefix(top)), brokerage: brokerage.map { Array($0.prefix(top)) })
    }
}
