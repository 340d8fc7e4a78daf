import ChannelsCore
import ChannelsModel
import ChannelsFormats

/// A picture of found routes: the route actors and their direct contacts, the routes' channels
/// highlighted and labelled with step, kind and date, everything else dimmed.
struct PathPicture {
    let loaded: LoadedGraph
    let answer: PathAnswer
    let options: DiagramOptions

    /// Direct contacts of route actors beyond this many are left out, keeping the picture readable.
    static let contextLimit = 40

    func write(to path: String, layout: String) throws {
        try DiagramOutput.write(dot: dot(), to: path, format: nil, layout: layout)
    }

    /// The picture in DOT.
    func dot() -> String {
        let graph = loaded.graph
        var options = options
        var onRoute: [Int] = []
        for (rank, found) in answer.routes.enumerated() {
            let route = found.route
            for (hop, edge) in route.edges.enumerated() {
                let channel = graph.channels[Int(edge)]
                let day = route.days.isEmpty ? channel.whenDescription : Day(rawValue: route.days[hop]).description
                let prefix = answer.routes.count > 1 ? "\(rank + 1).\(hop + 1)" : "\(hop + 1)"
                options.highlighted[Int(edge)] = "\(prefix) · \(channel.kind)" + (day.map { " · \($0)" } ?? "")
            }
            for node in route.nodes where !onRoute.contains(Int(node)) { onRoute.append(Int(node)) }
        }
        if options.title == nil {
            let first = answer.routes[0].route
            options.title = "\(graph.actors[Int(first.nodes[0])].name) → \(graph.actors[Int(first.nodes[first.nodes.count - 1])].name)"
        }
        var actors = onRoute
        for channel in graph.channels where actors.count < onRoute.count + Self.contextLimit {
            for (a, b) in [(channel.source, channel.target), (channel.target, channel.source)]
            where onRoute.contains(a) && !actors.contains(b) && actors.count < onRoute.count + Self.contextLimit {
                actors.append(b)
            }
        }
        return DOTWriter(graph: graph.typed, options: options, actors: actors).write()
    }
}
