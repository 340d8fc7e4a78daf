public import ChannelsModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif


/// Writes a channel graph, or part of it, as DOT: deterministic (same input, same bytes), with every
/// user text escaped, actors shaped by kind and coloured by side, channels styled by kind.
///
///     let dot = DOTWriter(graph: graph, options: DiagramOptions()).write()
public struct DOTWriter {
    public let graph: ChannelGraph
    public let options: DiagramOptions
    /// The actors to draw (indices); all when `nil`.
    public let actors: [Int]?
    /// The channels to draw (indices); every channel between drawn actors when `nil`.
    public let channels: [Int]?

    public init(graph: ChannelGraph, options: DiagramOptions, actors: [Int]? = nil, channels: [Int]? = nil) {
        self.graph = graph
        self.options = options
        self.actors = actors
        self.channels = channels
    }

    /// The DOT text.
    ///
    /// - Complexity: O(*n* + *m*) for the drawn actors and channels.
    public func write() -> String {
        let drawnActors = (actors ?? Array(graph.actors.indices)).sorted()
        let isDrawn = Set(drawnActors)
        let drawnChannels = (channels ?? Array(graph.channels.indices)).sorted().filter {
            isDrawn.contains(graph.channels[$0].source) && isDrawn.contains(graph.channels[$0].target)
        }
        let colors = DiagramStyle.sideColors(graph)
        let highlighting = !options.highlighted.isEmpty
        let onRoute = Set(options.highlighted.keys.flatMap { [graph.channels[$0].source, graph.channels[$0].target] })

        var lines: [String] = []
        lines.append("digraph \(DOTText.quoted(graphName)) {")
        let title = options.title ?? graph.title ?? ""
        lines.append("  graph" + DOTText.attributes([
            ("charset", "UTF-8"), ("label", title), ("labelloc", "t"), ("fontname", Self.font), ("fontsize", "18"),
            ("rankdir", options.rankDirection), ("newrank", "true"), ("nodesep", "0.15"), ("ranksep", "0.5"),
            ("splines", "true"), ("overlap", "false"), ("outputorder", "edgesfirst"), ("pad", "0.3"),
        ]))
        lines.append("  node" + DOTText.attributes([("fontname", Self.font), ("fontsize", "14"), ("style", "filled"), ("margin", "0.08,0.04")]))
        lines.append("  edge" + DOTText.attributes([("fontname", Self.font), ("fontsize", "10"), ("color", DiagramStyle.ink), ("fontcolor", "#555555"), ("arrowsize", "0.7")]))

        for (cluster, members) in clusters(of: drawnActors).enumerated() {
            let indent = members.label == nil ? "  " : "    "
            if let label = members.label {
                lines.append("  subgraph \(DOTText.quoted("cluster_\(cluster)")) {")
                lines.append("    graph" + DOTText.attributes([
                    ("label", label), ("style", "rounded,dashed"), ("color", members.color ?? "#999999"),
                    ("fontcolor", "#444444"), ("fontsize", "13"), ("margin", "12"),
                ]))
            }
            for actor in members.actors {
                let dim = highlighting && !onRoute.contains(actor) && options.actorMarks[actor] == nil
                let struck = options.actorMarks[actor] == .removed
                lines.append(indent + DOTText.quoted(graph.actors[actor].id)
                             + DOTText.attributes(nodeAttributes(actor, colors: colors, dimmed: dim), html: struck ? [("label", struckLabel(actor))] : []))
            }
            if members.label != nil { lines.append("  }") }
        }

        for edge in edgeLines(drawnChannels, highlighting: highlighting) { lines.append("  " + edge) }
        if options.legend { lines.append(contentsOf: legend(actors: drawnActors, channels: drawnChannels, colors: colors)) }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Fonts with Latin and Arabic glyphs (DejaVu ships with Debian's Graphviz dependencies).
    static let font = "DejaVu Sans"

    private var graphName: String { "channels" }

    // MARK: Actors

    private func nodeAttributes(_ index: Int, colors: [String: String], dimmed: Bool) -> [(String, String)] {
        let actor = graph.actors[index]
        let mark = options.actorMarks[index]
        var attributes: [(String, String)] = [("id", actor.id)]
        if mark != .removed { attributes.append(("label", label(actor))) }
        var shape = DiagramStyle.shape(for: actor.kind)
        let style = shape.first { $0.0 == "style" }?.1 ?? "filled"
        shape.removeAll { $0.0 == "style" }
        attributes += shape
        let faded = dimmed || mark == .removed
        let fill = faded ? "#F2F2F2" : actor.side.flatMap { colors[$0] } ?? "#FFFFFF"
        attributes += [("style", mark == .removed ? "dashed,filled" : style), ("fillcolor", fill)]
        attributes.append(("fontcolor", faded ? "#9A9A9A" : Self.isDark(fill) ? "#FFFFFF" : "#000000"))
        switch mark {
        case .removed: attributes.append(("color", DiagramStyle.removed))
        case .added: attributes += [("color", DiagramStyle.added), ("penwidth", "3")]
        case .changed: attributes += [("color", DiagramStyle.changed), ("penwidth", "3")]
        case nil: if dimmed { attributes.append(("color", DiagramStyle.dimmed)) }
        }
        var tooltip = actor.name
        if let role = actor.role { tooltip += " — \(role)" }
        if let side = actor.side { tooltip += " (\(side))" }
        attributes.append(("tooltip", tooltip))
        if let link = options.actorLink {
            attributes.append(("URL", link.replacingOccurrences(of: "{id}", with: Self.percentEncoded(actor.id))))
        }
        return attributes
    }

    /// `text` with everything but unreserved URL characters (RFC 3986) percent-encoded.
    static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// The actor's label struck through, as an HTML-like label.
    private func struckLabel(_ index: Int) -> String {
        label(graph.actors[index]).split(separator: "\n").map { "<S>\(DOTText.html(String($0)))</S>" }.joined(separator: "<BR/>")
    }

    private func label(_ actor: Actor) -> String {
        switch options.labels {
        case .name: Self.wrap(actor.name)
        case .id: actor.id
        case .arabic: Self.wrap(actor.aliases.first { $0.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } } ?? actor.name)
        }
    }

    /// Long names broken at spaces into lines of about `width` characters, so nodes stay narrow.
    static func wrap(_ text: String, width: Int = 18) -> String {
        guard text.count > width else { return text }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty && current.count + 1 + word.count > width {
                lines.append(current)
                current = String(word)
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.joined(separator: "\n")
    }

    /// Actors grouped for clusters, in the graph's order of sides (or kinds); ungrouped actors last.
    private func clusters(of drawn: [Int]) -> [(label: String?, color: String?, actors: [Int])] {
        let colors = DiagramStyle.sideColors(graph)
        switch options.clustering {
        case .none:
            return [(nil, nil, drawn)]
        case .side:
            var order = graph.sides.map(\.id)
            for actor in drawn { if let side = graph.actors[actor].side, !order.contains(side) { order.append(side) } }
            var groups: [(String?, String?, [Int])] = order.compactMap { side in
                let members = drawn.filter { graph.actors[$0].side == side }
                return members.isEmpty ? nil : (graph.side(id: side)?.name ?? side, colors[side], members)
            }
            let loose = drawn.filter { graph.actors[$0].side == nil }
            if !loose.isEmpty { groups.append((nil, nil, loose)) }
            return groups
        case .kind:
            let order = graph.kinds.actorKinds.map(\.id)
            return order.compactMap { kind in
                let members = drawn.filter { graph.actors[$0].kind.rawValue == kind }
                return members.isEmpty ? nil : (kind, nil, members)
            }
        }
    }

    // MARK: Channels

    private func edgeLines(_ drawn: [Int], highlighting: Bool) -> [String] {
        guard options.mergeParallel else {
            return drawn.map { edge in
                edgeLine(channels: [edge], highlighting: highlighting)
            }
        }
        // One edge per (endpoints, kind, direction), in the order of each group's first channel.
        var groups: [[Int]] = []
        var index: [String: Int] = [:]
        for edge in drawn {
            let channel = graph.channels[edge]
            let ends = channel.directed || channel.source <= channel.target ? (channel.source, channel.target) : (channel.target, channel.source)
            let key = "\(ends.0) \(ends.1) \(channel.kind.rawValue) \(channel.directed)"
            if let position = index[key] {
                groups[position].append(edge)
            } else {
                index[key] = groups.count
                groups.append([edge])
            }
        }
        return groups.map { edgeLine(channels: $0, highlighting: highlighting) }
    }

    private func edgeLine(channels group: [Int], highlighting: Bool) -> String {
        let first = graph.channels[group[0]]
        let source = graph.actors[first.source].id, target = graph.actors[first.target].id
        var attributes: [(String, String)] = [("id", group.count == 1 ? first.id : "\(first.id)+\(group.count - 1)")]
        let highlightedStep = group.lazy.compactMap { options.highlighted[$0] }.first
        var line = DiagramStyle.line(for: first.kind)
        let double = line.contains { $0.0 == "double" }
        line.removeAll { $0.0 == "double" }
        let mark = highlightedStep == nil ? group.lazy.compactMap { options.channelMarks[$0] }.first : nil
        let color = highlightedStep != nil ? DiagramStyle.highlight
            : mark.map(Self.color(of:)) ?? (highlighting ? DiagramStyle.dimmed : DiagramStyle.ink)
        if mark == .removed { line = line.map { $0.0 == "style" ? ("style", "dashed") : $0 } }
        attributes += line
        attributes.append(("color", double ? "\(color):invis:\(color)" : color))
        if let step = highlightedStep {
            attributes.append(("penwidth", "3"))
            attributes.append(("fontcolor", DiagramStyle.highlight))
            attributes.append(("fontsize", "13"))
            attributes.append(("label", step))
        } else {
            if mark == .added || mark == .changed { attributes.append(("penwidth", "2.4")) }
            let text = edgeLabel(group)
            if mark == .removed {
                attributes.append(("label", "✕" + (text.map { " " + $0 } ?? "")))
                attributes.append(("fontcolor", DiagramStyle.removed))
            } else if let text {
                attributes.append(("label", text))
                if highlighting && mark == nil { attributes.append(("fontcolor", "#B0B0B0")) }
            }
        }
        attributes.append(("dir", first.directed ? "forward" : "none"))
        if first.directed { attributes.append(("arrowhead", "vee")) }
        attributes.append(("tooltip", tooltip(group)))
        return "\(DOTText.quoted(source)) -> \(DOTText.quoted(target))" + DOTText.attributes(attributes)
    }

    private static func color(of mark: DiagramMark) -> String {
        switch mark {
        case .removed: DiagramStyle.removed
        case .added: DiagramStyle.added
        case .changed: DiagramStyle.changed
        }
    }

    private func edgeLabel(_ group: [Int]) -> String? {
        let dates = group.compactMap { graph.channels[$0].whenDescription }
        guard options.edgeDates || group.count > 1 else { return nil }
        if group.count == 1 { return dates.first }
        let firsts = group.compactMap { graph.channels[$0].firstDay ?? graph.channels[$0].lastDay }.sorted()
        let range = firsts.isEmpty ? "" : firsts.first == firsts.last ? " · \(firsts[0])" : " · \(firsts[0])..\(firsts[firsts.count - 1])"
        return "×\(group.count)" + (options.edgeDates ? range : "")
    }

    private func tooltip(_ group: [Int]) -> String {
        group.map { edge in
            let channel = graph.channels[edge]
            return "\(channel.kind.rawValue)" + (channel.name.map { " “\($0)”" } ?? "") + (channel.whenDescription.map { " \($0)" } ?? "")
                + " [\(channel.id)]" + (channel.cites.isEmpty ? "" : " · sources: " + channel.cites.map(\.doc).joined(separator: ", "))
        }.joined(separator: "\n")
    }

    // MARK: Legend

    /// The legend: one node holding a table of the sides drawn (in their colours) and the channel kinds
    /// drawn (with a sample of each line style), so it takes little room in any layout.
    private func legend(actors: [Int], channels: [Int], colors: [String: String]) -> [String] {
        let sides = graph.sides.map(\.id).filter { side in actors.contains { graph.actors[$0].side == side } }
        var kinds: [ChannelKind] = []
        for edge in channels where !kinds.contains(graph.channels[edge].kind) { kinds.append(graph.channels[edge].kind) }
        let order = graph.kinds.channelKinds.map(\.id)
        kinds.sort { (order.firstIndex(of: $0.rawValue) ?? .max) < (order.firstIndex(of: $1.rawValue) ?? .max) }
        var rows = "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>"
        for side in sides {
            let fill = colors[side] ?? "#FFFFFF"
            rows += "<TR><TD BGCOLOR=\"\(fill)\" WIDTH=\"28\"> </TD><TD ALIGN=\"LEFT\"><FONT COLOR=\"#000000\">\(DOTText.html(graph.side(id: side)?.name ?? side))</FONT></TD></TR>"
        }
        for kind in kinds {
            rows += "<TR><TD>\(Self.lineSample(kind, directed: graph.kinds.isDirectedByDefault(kind)))</TD><TD ALIGN=\"LEFT\">\(DOTText.html(kind.rawValue))</TD></TR>"
        }
        let marks = DiagramMark.allCases.filter { mark in
            actors.contains { options.actorMarks[$0] == mark } || channels.contains { options.channelMarks[$0] == mark }
        }
        for mark in marks {
            let sample = mark == .removed ? "<FONT COLOR=\"\(DiagramStyle.removed)\">✕ ╌╌╌╌</FONT>" : "<FONT COLOR=\"\(Self.color(of: mark))\">━━━━━━</FONT>"
            rows += "<TR><TD>\(sample)</TD><TD ALIGN=\"LEFT\">\(mark.rawValue)</TD></TR>"
        }
        let table = "<<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\" COLOR=\"#BBBBBB\">\(rows)</TABLE>>"
        return ["  \"legend\" [id=\"legend\", shape=\"plaintext\", style=\"\", fontsize=\"12\", label=\(table)]"]
    }

    /// A line-style sample in text, for the legend: the glyphs follow the edge styles of ``DiagramStyle``.
    static func lineSample(_ kind: ChannelKind, directed: Bool) -> String {
        let sample: String
        switch kind {
        case .call: sample = "──────"
        case .videoCall: sample = "─ ─ ─ "
        case .meeting: sample = "━━━━━━"
        case .message: sample = "──────"
        case .standingChannel: sample = "══════"
        case .membership: sample = "┈┈┈┈┈┈"
        case .command: sample = "━ ━ ━ "
        default: sample = "╌╌╌╌╌╌"
        }
        return sample + (directed ? "▶" : " ")
    }

    /// Whether white text reads better than black on `hex` (WCAG relative luminance below 0.35).
    static func isDark(_ hex: String) -> Bool {
        guard hex.count == 7, let value = Int(hex.dropFirst(), radix: 16) else { return false }
        func channel(_ shift: Int) -> Double {
            let c = Double((value >> shift) & 0xFF) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
        return luminance < 0.2
    }
}
