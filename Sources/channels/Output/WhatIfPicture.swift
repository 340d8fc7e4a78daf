import ChannelsCore
import ChannelsFormats
import ChannelsModel

/// The graph with what a what-if removes struck through (greyed, dashed, crossed) and the routes that
/// changed drawn highlighted along their new way.
struct WhatIfPicture {
    let loaded: LoadedGraph
    let report: WhatIfReport
    let options: DiagramOptions

    func write(to path: String, layout: String) throws {
        try DiagramOutput.write(dot: dot(), to: path, format: nil, layout: layout)
    }

    /// The picture in DOT.
    func dot() -> String {
        let graph = loaded.graph
        let whatIf = report.whatIf
        var options = options
        for node in whatIf.removedNodes { options.actorMarks[Int(node)] = .removed }
        for edge in 0..<graph.channels.count where whatIf.before.allowsEdge(edge) && !whatIf.after.allowsEdge(edge) {
            options.channelMarks[edge] = .removed
        }
        for edge in 0..<graph.channels.count {
            let channel = graph.channels[edge]
            if options.actorMarks[channel.source] == .removed || options.actorMarks[channel.target] == .removed {
                options.channelMarks[edge] = .removed
            }
        }
        let changed = report.pairs.filter { $0.outcome.change == .longer || $0.outcome.change == .rerouted }
        for (rank, pair) in changed.enumerated() {
            guard let route = pair.outcome.after?.route else { continue }
            for (hop, edge) in route.edges.enumerated() {
                options.highlighted[Int(edge)] = changed.count > 1 ? "\(rank + 1).\(hop + 1)" : "\(hop + 1)"
            }
        }
        if options.title == nil { options.title = "What if: without " + report.removedSummary }
        let actors = graph.actors.indices.filter { whatIf.before.allowsNode($0) || options.actorMarks[$0] != nil }
        return DOTWriter(graph: graph.typed, options: options, actors: actors).write()
    }
}
