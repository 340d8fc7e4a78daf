import Foundation
import ChannelsCore
import ChannelsFormats
import ChannelsModel

/// The answer to a path query, as text for people and JSON or CSV for scripts.
struct PathReport: Report {
    let loaded: LoadedGraph
    let query: PathQuery
    let answer: PathAnswer

    var graph: GraphCatalog { loaded.graph }
    private var source: Actor { graph.actors[query.source] }
    private var target: Actor { graph.actors[query.target] }

    // MARK: Text

    func text(style: Style) -> String {
        var output = ""
        guard !answer.routes.isEmpty else {
            output += "No route from \(source.name) to \(target.name)\(constraintSummary.map { " \($0)" } ?? ""): \(reasonSentence).\n"
            return output
        }
        output += style.bold("\(source.name) → \(target.name)") + style.dim(" · \(headline)") + "\n"
        for (rank, found) in answer.routes.enumerated() {
            output += "\n"
            if answer.routes.count > 1 || query.k > 1 {
                output += style.bold("Route \(rank + 1)") + style.dim(" · \(describe(found.route))") + "\n"
            }
            output += steps(of: found, style: style)
        }
        if let note = truncationNote { output += "\n" + style.yellow(note) + "\n" }
        return output
    }

    private var headline: String {
        var parts: [String] = []
        if let count = answer.cheapestCount {
            parts.append("\(Self.count(count)) cheapest route\(count == 1 ? "" : "s") by \(query.cost.rawValue)")
        } else if answer.routes.count == 1, let only = answer.routes.first {
            parts.append(describe(only.route))
        } else {
            parts.append("\(answer.routes.count) routes")
        }
        if let constraints = constraintSummary { parts.append(constraints) }
        return parts.joined(separator: " · ")
    }

    private func describe(_ route: Route) -> String {
        var text = "\(route.hops) hop\(route.hops == 1 ? "" : "s")"
        if query.cost != .hops { text += ", \(query.cost.rawValue) cost \(Self.decimal(route.cost))" }
        if let last = route.days.last { text += ", arrives \(Day(rawValue: last))" }
        if let first = route.days.first, case .latestDeparture = query.mode { text += ", leaves \(Day(rawValue: first))" }
        return text
    }

    private func steps(of found: FoundRoute, style: Style) -> String {
        var output = ""
        let route = found.route
        for hop in 0..<route.hops {
            let from = graph.actors[Int(route.nodes[hop])]
            let to = graph.actors[Int(route.nodes[hop + 1])]
            let channel = graph.channels[Int(route.edges[hop])]
            let arrow = channel.directed ? "──\(channel.kind)──▶" : "──\(channel.kind)──"
            output += "  \(hop + 1). \(label(from, style)) \(style.cyan(arrow)) \(label(to, style))\n"
            var details: [String] = []
            if let day = route.days.isEmpty ? nil : route.days[hop] {
                details.append("on \(Day(rawValue: day))" + (channel.whenDescription.map { $0 == Day(rawValue: day).description ? "" : " (channel: \($0))" } ?? " (undated channel)"))
            } else if let when = channel.whenDescription {
                details.append(when)
            } else {
                details.append("undated")
            }
            if let name = channel.name { details.append("“\(name)”") }
            if let confidence = channel.confidence { details.append("confidence \(Self.decimal(confidence))") }
            details.append(style.dim(channel.id))
            let others = found.parallel[hop].count
            if others > 0 { details.append("\(others) other channel\(others == 1 ? "" : "s") for this hop") }
            output += "     " + details.joined(separator: " · ") + "\n"
            if !channel.disputedDates.isEmpty {
                output += "     " + style.yellow("sources disagree on the date: \(disputeSummary(channel))") + "\n"
            }
            for cite in channel.cites {
                output += "     " + style.dim("↳ \(cite.doc)") + ": " + Self.excerpt(cite) + "\n"
            }
        }
        return output
    }

    private func label(_ actor: Actor, _ style: Style) -> String {
        style.bold(actor.name) + (actor.side.map { style.dim(" (\($0))") } ?? "")
    }

    private func disputeSummary(_ channel: Channel) -> String {
        var byDate: [(date: String, docs: [String])] = []
        for cite in channel.cites {
            let date = (cite.date ?? channel.date ?? channel.from)?.description ?? "undated"
            if let index = byDate.firstIndex(where: { $0.date == date }) {
                byDate[index].docs.append(cite.doc)
            } else {
                byDate.append((date, [cite.doc]))
            }
        }
        return byDate.map { "\($0.date) (\($0.docs.joined(separator: ", ")))" }.joined(separator: " vs ")
    }

    static func excerpt(_ cite: Citation) -> String {
        if let quote = cite.quote {
            let flat = quote.split(whereSeparator: \.isNewline).joined(separator: " ")
            return "“" + (flat.count > 110 ? flat.prefix(108) + "…" : flat) + "”"
        }
        return cite.note ?? ""
    }

    private var truncationNote: String? {
        guard answer.truncated else { return nil }
        if answer.timedOut { return "Stopped after --timeout; more routes may exist." }
        if let count = answer.cheapestCount {
            return "Showing \(answer.routes.count) of \(Self.count(count)) cheapest routes (--limit)."
        }
        switch query.mode {
        case .allSimple: return "Stopped at --limit \(answer.routes.count); more routes may exist."
        default: return "Stopped after examining the candidate budget; fewer than --k routes passed every --via."
        }
    }

    /// The constraints in force, for the headline, e.g. "avoiding Qatar PM · only call, meeting".
    private var constraintSummary: String? {
        var parts: [String] = []
        let filter = query.filter
        if !filter.avoidedNodes.isEmpty {
            parts.append("avoiding " + filter.avoidedNodes.sorted().map { graph.actors[Int($0)].name }.joined(separator: ", "))
        }
        if !filter.avoidedSides.isEmpty { parts.append("avoiding side " + filter.avoidedSides.sorted().joined(separator: ", ")) }
        if !filter.avoidedActorKinds.isEmpty { parts.append("avoiding kind " + filter.avoidedActorKinds.sorted().joined(separator: ", ")) }
        if let only = filter.onlyKinds { parts.append("only " + only.sorted().joined(separator: ", ")) }
        if !filter.exceptKinds.isEmpty { parts.append("except " + filter.exceptKinds.sorted().joined(separator: ", ")) }
        if let window = filter.window { parts.append("active " + Self.window(window)) }
        if let minimum = filter.minimumConfidence { parts.append("confidence ≥ \(Self.decimal(minimum))") }
        if !query.via.isEmpty { parts.append("via " + query.via.map { graph.actors[Int($0)].name }.joined(separator: ", ")) }
        switch query.mode {
        case .earliestArrival(let after, let before):
            parts.append("leaving on or after \(Day(rawValue: after))" + (before.map { ", arriving by \(Day(rawValue: $0))" } ?? ""))
        case .latestDeparture(let before):
            parts.append("arriving by \(Day(rawValue: before))")
        default: break
        }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    var reasonSentence: String {
        switch answer.reason {
        case .endpointExcluded(let node)?:
            return "\(graph.actors[Int(node)].name) is itself excluded by the constraints"
        case .filterCut(let components)?:
            let names = components.map(describe)
            return "the constraints cut every route; dropping \(names.count == 1 ? names[0] : "any one of " + names.joined(separator: ", ")) would open one"
        case .viaImpossible(let nodes)?:
            return "no loopless route passes through " + nodes.map { graph.actors[Int($0)].name }.joined(separator: " and ")
        case .noTimeRespectingRoute?:
            return "routes exist, but none in which each hop happens no earlier than the hop before it within the dates given"
        case .disconnected(let sourceReach, let targetReach)?:
            return "\(source.name) can reach \(sourceReach) actor\(sourceReach == 1 ? "" : "s") and \(targetReach) can reach \(target.name), but no channel joins the two groups"
        case nil:
            return "no route exists"
        }
    }

    private func describe(_ component: ChannelFilter.Component) -> String {
        switch component {
        case .onlyKinds: "--only"
        case .exceptKinds: "--except"
        case .window: "the time window"
        case .minimumConfidence: "--min-confidence"
        case .avoidedNode(let node): "--avoid \(graph.actors[Int(node)].id)"
        case .avoidedSide(let side): "--avoid-side \(side)"
        case .avoidedActorKind(let kind): "--avoid-kind \(kind)"
        }
    }

    // MARK: JSON

    /// The documented JSON shape of a path answer (README, "JSON output").
    func json() -> JSON {
        .object([
            ("graph", .optional(graph.title)),
            ("query", queryJSON),
            ("found", .bool(!answer.routes.isEmpty)),
            ("count", answer.cheapestCount.map(JSON.number) ?? .int(answer.routes.count)),
            ("truncated", .bool(answer.truncated)),
            ("reason", answer.routes.isEmpty ? .string(reasonSentence) : .null),
            ("paths", .array(answer.routes.enumerated().map { routeJSON($1, rank: $0 + 1) })),
        ])
    }

    private var queryJSON: JSON {
        let filter = query.filter
        var mode: [(String, JSON)] = []
        switch query.mode {
        case .shortest: mode = [("mode", .string("shortest"))]
        case .allShortest(let limit): mode = [("mode", .string("all-shortest")), ("limit", .int(limit))]
        case .allSimple(let hops, let limit, _):
            mode = [("mode", .string("all-simple")), ("max_hops", .int(hops)), ("limit", .int(limit))]
        case .earliestArrival(let after, let before):
            mode = [("mode", .string("earliest-arrival")), ("after", .string(Day(rawValue: after).description)),
                    ("before", .optional(before.map { Day(rawValue: $0).description }))]
        case .latestDeparture(let before):
            mode = [("mode", .string("latest-departure")), ("before", .string(Day(rawValue: before).description))]
        }
        return .object([
            ("from", .actorReference(source)),
            ("to", .actorReference(target)),
            ("cost", .string(query.cost.rawValue)),
            ("k", .int(query.k)),
        ] + mode + [
            ("via", .array(query.via.map { .string(graph.actors[Int($0)].id) })),
            ("avoid", .array(filter.avoidedNodes.sorted().map { .string(graph.actors[Int($0)].id) })),
            ("avoid_sides", .array(filter.avoidedSides.sorted().map(JSON.string))),
            ("avoid_kinds", .array(filter.avoidedActorKinds.sorted().map(JSON.string))),
            ("only", filter.onlyKinds.map { .array($0.sorted().map(JSON.string)) } ?? .null),
            ("except", .array(filter.exceptKinds.sorted().map(JSON.string))),
            ("window", filter.window.map { .string(Self.window($0)) } ?? .null),
            ("min_confidence", .optional(filter.minimumConfidence)),
            ("undated", .string(filter.undated.rawValue)),
        ])
    }

    private func routeJSON(_ found: FoundRoute, rank: Int) -> JSON {
        let route = found.route
        let steps: [JSON] = (0..<route.hops).map { hop in
            let channel = graph.channels[Int(route.edges[hop])]
            return .object([
                ("from", .actorReference(graph.actors[Int(route.nodes[hop])])),
                ("to", .actorReference(graph.actors[Int(route.nodes[hop + 1])])),
                ("day", route.days.isEmpty ? .null : .string(Day(rawValue: route.days[hop]).description)),
                ("channel", .channel(channel, in: graph)),
                ("parallel", .array(found.parallel[hop].map { .string(graph.channels[Int($0)].id) })),
            ])
        }
        return .object([
            ("rank", .int(rank)),
            ("hops", .int(route.hops)),
            ("cost", .number(route.cost)),
            ("actors", .array(route.nodes.map { .string(graph.actors[Int($0)].id) })),
            ("departure", route.days.first.map { .string(Day(rawValue: $0).description) } ?? .null),
            ("arrival", route.days.last.map { .string(Day(rawValue: $0).description) } ?? .null),
            ("steps", .array(steps)),
        ])
    }

    // MARK: CSV

    /// One row per hop of each route listed: the documented CSV shape of a path answer (README).
    func csv() -> String {
        var table = Table(["route", "hop", "from", "to", "channel", "kind", "directed", "day", "date", "name",
                           "confidence", "route_hops", "route_cost"])
        for (rank, found) in answer.routes.enumerated() {
            let route = found.route
            for hop in 0..<route.hops {
                let channel = graph.channels[Int(route.edges[hop])]
                table.append([
                    String(rank + 1), String(hop + 1),
                    graph.actors[Int(route.nodes[hop])].id, graph.actors[Int(route.nodes[hop + 1])].id,
                    channel.id, channel.kind.rawValue, channel.directed ? "true" : "false",
                    route.days.isEmpty ? "" : Day(rawValue: route.days[hop]).description,
                    channel.whenDescription ?? "", channel.name ?? "",
                    channel.confidence.map(Self.exact) ?? "",
                    String(route.hops), Self.exact(route.cost),
                ])
            }
        }
        return table.csv()
    }

    // MARK: Formatting

    static func window(_ window: DayRange) -> String {
        let first = window.first == .min ? "" : Day(rawValue: window.first).description
        let last = window.last == .max ? "" : Day(rawValue: window.last).description
        return first == last ? first : "\(first)..\(last)"
    }

    static func count(_ value: Double) -> String {
        value < 9e15 ? String(Int(value)) : String(format: "%.3g", value)
    }

    /// A number with all its digits, integers without a fraction.
    static func exact(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    static func decimal(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format: "%.4g", value)
    }
}
