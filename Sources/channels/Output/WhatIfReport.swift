import ChannelsCore
import ChannelsFormats
import ChannelsModel

/// A graph before and after a removal: routes between pairs, broker ranking shifts, articulation points
/// and split components (the shapes are documented in the README).
struct WhatIfReport: Report {
    /// One end of a pair question: an actor, or every actor of a side.
    enum End {
        case actor(Int)
        case side(String)
    }

    struct Pair {
        let from: End
        let to: End
        let outcome: PairOutcome
    }

    struct Brokers {
        /// The first shifts (see ``Ranking/shifts(before:after:includedBefore:includedAfter:)``).
        let betweenness: [RankShift]
        /// `nil` when no actor has a side.
        let brokerage: [RankShift]?
    }

    let graph: GraphCatalog
    let removal: Removal
    let whatIf: WhatIf
    let pairs: [Pair]
    /// `nil` with `--no-brokers`.
    let brokers: Brokers?
    let articulationGained: [Int32]
    let articulationLost: [Int32]
    let components: ComponentChange
    /// Whether the pairs were asked for (else they are every pair of sides).
    let askedPairs: Bool

    // MARK: Text

    func text(style: Style) -> String {
        var output = style.bold("What if: without \(removedSummary)") + "\n"
        output += style.dim(impactSummary) + "\n"

        output += "\n" + style.bold(askedPairs ? "Routes" : "Routes between sides") + "\n"
        let shown = askedPairs ? pairs : pairs.filter { $0.outcome.change != .unchanged && $0.outcome.change != .unconnected }
        for pair in shown { output += pairText(pair) }
        let hidden = pairs.count - shown.count
        if hidden > 0 { output += style.dim("  \(hidden) other pair\(hidden == 1 ? "" : "s") of sides: no change") + "\n" }
        if shown.isEmpty && hidden == 0 { output += "  (no pairs)\n" }

        if let brokers {
            output += RankShiftOutput.text("Betweenness ranking", brokers.betweenness, actor: { graph.actors[Int($0)] }, style: style)
            if let brokerage = brokers.brokerage { output += RankShiftOutput.text("Brokerage ranking (Gould–Fernandez total, by side)", brokerage, actor: { graph.actors[Int($0)] }, style: style) }
        }

        output += "\n" + style.bold("Articulation points") + "\n"
        output += "  new: " + names(articulationGained) + "\n"
        output += "  no longer: " + names(articulationLost) + "\n"

        output += "\n" + style.bold("Components") + style.dim(" · \(components.before) before, \(components.after) after") + "\n"
        if components.splits.isEmpty { output += "  none split\n" }
        for split in components.splits {
            output += "  split into \(split.parts.count): " + split.parts.map { "{" + names($0, limit: 6) + "}" }.joined(separator: " · ") + "\n"
        }
        return output
    }

    var removedSummary: String {
        var parts: [String] = []
        if !removal.sides.isEmpty { parts.append("side\(removal.sides.count == 1 ? "" : "s") " + removal.sides.sorted().joined(separator: ", ")) }
        if !removal.actorKinds.isEmpty { parts.append("actors of kind " + removal.actorKinds.sorted().joined(separator: ", ")) }
        if !removal.nodes.isEmpty { parts.append(removal.nodes.sorted().map { graph.actors[Int($0)].name }.joined(separator: ", ")) }
        if !removal.channelKinds.isEmpty { parts.append("channels of kind " + removal.channelKinds.sorted().joined(separator: ", ")) }
        if !removal.edges.isEmpty { parts.append("channel\(removal.edges.count == 1 ? "" : "s") " + removal.edges.sorted().map { graph.channels[Int($0)].id }.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }

    private var impactSummary: String {
        let actors = whatIf.removedNodes.count, channels = whatIf.removedEdges.count
        let named = Set(whatIf.removedEdges)
        let withActors = (0..<whatIf.before.snapshot.edgeCount).count { edge in
            whatIf.before.allowsEdge(edge) && !named.contains(Int32(edge))
                && !(whatIf.after.allowsNode(Int(whatIf.before.snapshot.edgeSources[edge])) && whatIf.after.allowsNode(Int(whatIf.before.snapshot.edgeTargets[edge])))
        }
        return "\(actors) actor\(actors == 1 ? "" : "s") removed (with \(withActors) channel\(withActors == 1 ? "" : "s")), \(channels) more channel\(channels == 1 ? "" : "s") removed"
    }

    private func pairText(_ pair: Pair) -> String {
        let outcome = pair.outcome
        var line = "  \(label(pair.from)) → \(label(pair.to)): "
        switch outcome.change {
        case .lost: line += "LOST — no route left (was \(hops(outcome.before)): \(path(outcome.before)))"
        case .longer: line += "longer, \(hops(outcome.before)) → \(hops(outcome.after)): \(path(outcome.after))"
        case .rerouted: line += "rerouted, still \(hops(outcome.after)): \(path(outcome.after))"
        case .unchanged: line += "unchanged, \(hops(outcome.after)): \(path(outcome.after))"
        case .endpointRemoved: line += "endpoint removed — \(removedEnd(pair)) is among the removed actors"
        case .unconnected: line += "no route before either"
        }
        return line + "\n"
    }

    private func removedEnd(_ pair: Pair) -> String {
        let fromGone = !pair.outcome.question.from.contains { whatIf.after.allowsNode(Int($0)) }
        return label(fromGone ? pair.from : pair.to)
    }

    private func label(_ end: End) -> String {
        switch end {
        case .actor(let index): graph.actors[index].name
        case .side(let id): graph.side(id: id)?.name ?? id
        }
    }

    private func hops(_ found: FoundRoute?) -> String {
        guard let hops = found?.route.hops else { return "—" }
        return "\(hops) hop\(hops == 1 ? "" : "s")"
    }

    private func path(_ found: FoundRoute?) -> String {
        found?.route.nodes.map { graph.actors[Int($0)].name }.joined(separator: " → ") ?? "—"
    }

    private func names(_ nodes: [Int32], limit: Int = .max) -> String {
        guard !nodes.isEmpty else { return "none" }
        let shown = nodes.prefix(limit).map { graph.actors[Int($0)].name }.joined(separator: ", ")
        return nodes.count > limit ? shown + ", … (\(nodes.count) in all)" : shown
    }

    // MARK: JSON

    func json() -> JSON {
        .object([
            ("graph", .optional(graph.title)),
            ("removed", .object([
                ("actors", .array(whatIf.removedNodes.map { .string(graph.actors[Int($0)].id) })),
                ("channels", .array(whatIf.removedEdges.map { .string(graph.channels[Int($0)].id) })),
                ("sides", .array(removal.sides.sorted().map(JSON.string))),
                ("kinds", .array((removal.channelKinds.union(removal.actorKinds)).sorted().map(JSON.string))),
            ])),
            ("pairs", .array(pairs.map(pairJSON))),
            ("brokers", brokers.map { brokers in
                .object([
                    ("betweenness", .array(brokers.betweenness.map(shiftJSON))),
                    ("brokerage", brokers.brokerage.map { .array($0.map(shiftJSON)) } ?? .null),
                ])
            } ?? .null),
            ("articulation_points", .object([
                ("new", .array(articulationGained.map { .string(graph.actors[Int($0)].id) })),
                ("no_longer", .array(articulationLost.map { .string(graph.actors[Int($0)].id) })),
            ])),
            ("components", .object([
                ("before", .int(components.before)),
                ("after", .int(components.after)),
                ("split", .array(components.splits.map { split in
                    .object([
                        ("members", ids(split.members)),
                        ("parts", .array(split.parts.map(ids))),
                    ])
                })),
            ])),
        ])
    }

    private func endJSON(_ end: End) -> JSON {
        switch end {
        case .actor(let index): .object([("type", .string("actor")), ("id", .string(graph.actors[index].id)), ("name", .string(graph.actors[index].name))])
        case .side(let id): .object([("type", .string("side")), ("id", .string(id)), ("name", .string(graph.side(id: id)?.name ?? id))])
        }
    }

    private func pairJSON(_ pair: Pair) -> JSON {
        .object([
            ("from", endJSON(pair.from)),
            ("to", endJSON(pair.to)),
            ("change", .string(pair.outcome.change.rawValue)),
            ("before", routeJSON(pair.outcome.before)),
            ("after", routeJSON(pair.outcome.after)),
        ])
    }

    private func routeJSON(_ found: FoundRoute?) -> JSON {
        guard let route = found?.route else { return .null }
        return .object([
            ("hops", .int(route.hops)),
            ("actors", ids(route.nodes)),
            ("channels", .array(route.edges.map { .string(graph.channels[Int($0)].id) })),
        ])
    }

    private func shiftJSON(_ shift: RankShift) -> JSON {
        RankShiftOutput.json(shift, actor: graph.actors[Int(shift.node)])
    }

    private func ids(_ nodes: [Int32]) -> JSON {
        .array(nodes.map { .string(graph.actors[Int($0)].id) })
    }

    // MARK: CSV

    /// One row per finding: `section` is pair, betweenness, brokerage, articulation or split.
    func csv() -> String {
        var table = Table(["section", "subject", "other", "change", "before", "after", "rank_before", "rank_after",
                           "detail_before", "detail_after"])
        for pair in pairs {
            let outcome = pair.outcome
            table.append(["pair", endID(pair.from), endID(pair.to), outcome.change.rawValue,
                          outcome.before.map { "\($0.route.hops)" } ?? "", outcome.after.map { "\($0.route.hops)" } ?? "", "", "",
                          routeIDs(outcome.before), routeIDs(outcome.after)])
        }
        if let brokers {
            for (section, shifts) in [("betweenness", brokers.betweenness), ("brokerage", brokers.brokerage ?? [])] {
                for shift in shifts {
                    table.append([section, graph.actors[Int(shift.node)].id, "", Self.direction(shift), shift.before.map(PathReport.exact) ?? "",
                                  shift.after.map(PathReport.exact) ?? "", shift.beforeRank.map(String.init) ?? "", shift.afterRank.map(String.init) ?? "", "", ""])
                }
            }
        }
        for (change, nodes) in [("new", articulationGained), ("no-longer", articulationLost)] {
            for node in nodes { table.append(["articulation", graph.actors[Int(node)].id, "", change, "", "", "", "", "", ""]) }
        }
        for (index, split) in components.splits.enumerated() {
            table.append(["split", "\(index + 1)", "", "split", "\(split.members.count)", "\(split.parts.count)", "", "",
                          idList(split.members), split.parts.map(idList).joined(separator: " | ")])
        }
        return table.csv()
    }

    /// `up`, `down`, `new` or `removed`.
    static func direction(_ shift: RankShift) -> String {
        guard let before = shift.beforeRank else { return "new" }
        guard let after = shift.afterRank else { return "removed" }
        return after < before ? "up" : "down"
    }

    private func endID(_ end: End) -> String {
        switch end {
        case .actor(let index): graph.actors[index].id
        case .side(let id): "side:" + id
        }
    }

    private func routeIDs(_ found: FoundRoute?) -> String {
        found?.route.nodes.map { graph.actors[Int($0)].id }.joined(separator: " > ") ?? ""
    }

    private func idList(_ nodes: [Int32]) -> String {
        nodes.map { graph.actors[Int($0)].id }.joined(separator: ";")
    }
}
