import ArgumentParser
import ChannelsCore
import ChannelsModel

struct DiffCommand: ChannelsCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two graphs: actors and channels added, removed and changed; broker and connectivity shifts.",
        discussion: """
        OLD and NEW are graph files in any format channels reads, or built-in graphs by name. Actors are \
        matched by id, then by name or alias (folded as names are everywhere: case, diacritics, Arabic \
        spelling variants), so a renamed actor that keeps its old name as an alias is reported as changed, \
        not as removed and added. Channels are matched by id, then by matched endpoints and kind with the \
        same dates, then (channels without a single date) by endpoints and kind. The broker rankings \
        (betweenness, and Gould–Fernandez brokerage by side) of the two graphs are compared actor by \
        actor; pairs of matched actors that became connected or disconnected (channels taken either way) \
        are listed by group.

        Examples:
          channels diff hostage-deal-2023 ceasefire-talks-2024
          channels diff old.yaml new.graphml --format json
          channels diff hostage-deal-2023 ceasefire-talks-2024 --render docs/diff-2023-2024.svg

        Exit status: 0 when the graphs are the same, 1 when they differ (as diff(1)); 65 or 66 when a \
        graph cannot be read.
        """)

    @Argument(help: ArgumentHelp("The graph before: a file or a built-in graph.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The graph after.", valueName: "new"))
    var new: String

    @Flag(help: "Edge lists and CSV edges without a direction are undirected (default: directed).")
    var undirected = false

    @Option(help: ArgumentHelp("List at most this many broker ranking shifts per measure.", valueName: "n"))
    var top: Int = 10

    @Flag(name: .customLong("no-brokers"), help: "Skip the broker rankings (betweenness of both graphs), for big graphs.")
    var noBrokers = false

    @Option(help: ArgumentHelp("Draw both graphs in one: added in green, removed struck through, changed in purple (.svg, .png, .pdf, .dot).", valueName: "file"))
    var render: String?

    @OptionGroup(title: "Diagram") var diagram: DiagramOptionGroup
    @OptionGroup var output: OutputOptions

    var outputFile: String? { output.file }

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func execute() throws -> Int32 {
        let report = try report(before: try load(old), after: try load(new))
        if let render { try DiffPicture(report: report, options: diagram.options).write(to: render, layout: diagram.layout) }
        output.write(report)
        return report.diff.isEmpty ? ExitStatus.success : ExitStatus.noResult
    }

    /// What changed from `before` (read from OLD) to `after` (read from NEW).
    func report(before: LoadedGraph, after: LoadedGraph) throws -> DiffReport {
        let diff = GraphDiff(old: before.graph.typed, new: after.graph.typed)
        let union = DiffUnion(diff)
        let brokers = noBrokers ? nil : try brokerShifts(diff, union: union, before: before, after: after)
        return DiffReport(oldName: old, newName: new, before: before.graph, after: after.graph, diff: diff, union: union,
                          brokers: brokers, connectivity: connectivity(diff, before: before, after: after))
    }

    private func load(_ graph: String) throws -> LoadedGraph {
        try GraphOptions.parse(["--graph", graph] + (undirected ? ["--undirected"] : [])).load()
    }

    /// Betweenness and brokerage by side in both graphs, ranked over the actors of both (``DiffUnion``).
    private func brokerShifts(_ diff: GraphDiff, union: DiffUnion, before: LoadedGraph, after: LoadedGraph) throws -> WhatIfReport.Brokers {
        let (old, new) = try PairedBetweenness.compute(GraphView(before.snapshot), GraphView(after.snapshot), label: "betweenness of both graphs")
        let betweenness = union.shifts(old: old, new: new)
        var brokerage: [RankShift]?
        if diff.old.actors.contains(where: { $0.side != nil }) || diff.new.actors.contains(where: { $0.side != nil }) {
            let totals = { (graph: ChannelGraph, snapshot: GraphSnapshot) in
                GraphView(snapshot).brokerage(groups: GroupCodes.codes(graph.actors.map { $0.side ?? "" })).raw.map { $0[5] }
            }
            brokerage = union.shifts(old: totals(diff.old, before.snapshot), new: totals(diff.new, after.snapshot))
        }
        return WhatIfReport.Brokers(betweenness: Array(betweenness.prefix(top)), brokerage: brokerage.map { Array($0.prefix(top)) })
    }

    /// Groups of matched actors whose weak connectivity changed.
    private func connectivity(_ diff: GraphDiff, before: LoadedGraph, after: LoadedGraph) -> [DiffReport.Connectivity] {
        let old = GraphView(before.snapshot).weakComponents(), new = GraphView(after.snapshot).weakComponents()
        let matched = diff.actorMatch.enumerated().compactMap { index, match in match.map { (old: index, new: $0) } }
        var changes: [DiffReport.Connectivity] = []
        // Split: matched actors together before, apart after; joined: apart before, together after.
        for (change, outer, inner) in [("disconnected", old.membership, new.membership), ("connected", new.membership, old.membership)] {
            let outerOf = { (pair: (old: Int, new: Int)) in change == "disconnected" ? outer[pair.old] : outer[pair.new] }
            let innerOf = { (pair: (old: Int, new: Int)) in change == "disconnected" ? inner[pair.new] : inner[pair.old] }
            var groups: [Int32: [Int32: [Int]]] = [:]
            for pair in matched { groups[outerOf(pair), default: [:]][innerOf(pair), default: []].append(pair.new) }
            for outerKey in groups.keys.sorted() {
                let parts = groups[outerKey, default: [:]].values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
                if parts.count > 1 { changes.append(DiffReport.Connectivity(change: change, groups: parts)) }
            }
        }
        return changes
    }
}
