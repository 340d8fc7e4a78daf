#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A route through the graph: the actors it visits and the channel it uses for each hop.
public struct Route: Hashable, Sendable {
    /// The nodes visited, from the source to the target.
    public var nodes: [Int32]
    /// The edge used for each hop: `edges[i]` joins `nodes[i]` and `nodes[i + 1]`.
    public var edges: [Int32]
    /// The route's cost under the cost model of the query that found it.
    public var cost: Double
    /// For time-respecting routes, the day each hop happens (days since 1970); otherwise empty.
    public var days: [Int32]

    public init(nodes: [Int32], edges: [Int32], cost: Double, days: [Int32] = []) {
        self.nodes = nodes
        self.edges = edges
        self.cost = cost
        self.days = days
    }

    public var hops: Int { edges.count }

    /// The route a search recorded, followed back from `end` to `start` through each node's predecessor
    /// (the node it was reached from, and the edge); `arrival`, for time-respecting searches, gives the day
    /// each node was reached. With ``extend(to:next:edge:day:)``, every search's routes are traced
    /// here. The cost is the number of hops unless given.
    ///
    /// - Complexity: O(hops), reversing in place.
    @inline(__always)
    static func traced(
        from start: Int, to end: Int, cost: Double? = nil,
        predecessorNode: (Int) -> Int32, predecessorEdge: (Int) -> Int32, arrival: ((Int) -> Int32)? = nil
    ) -> Route {
        var route = Route(nodes: [Int32(end)], edges: [], cost: 0)
        var current = end
        while current != start {
            route.edges.append(predecessorEdge(current))
            if let arrival { route.days.append(arrival(current)) }
            current = Int(predecessorNode(current))
            route.nodes.append(Int32(current))
        }
        route.nodes.reverse()
        route.edges.reverse()
        route.days.reverse()
        route.cost = cost ?? Double(route.edges.count)
        return route
    }

    /// Extends the route from its last node to `end` by the walk that `next` records (each node's
    /// successor, and the edge to it); `day`, for time-respecting searches, gives the day each hop leaves.
    /// The cost becomes the number of hops.
    ///
    /// - Complexity: O(hops added).
    @inline(__always)
    mutating func extend(to end: Int, next: (Int) -> Int32, edge: (Int) -> Int32, day: ((Int) -> Int32)? = nil) {
        guard var current = nodes.last.map(Int.init) else { preconditionFailure("a route has at least one node") }
        while current != end {
            edges.append(edge(current))
            if let day { days.append(day(current)) }
            current = Int(next(current))
            nodes.append(Int32(current))
        }
        cost = Double(edges.count)
    }
}

/// How a route's cost is counted.
public enum PathCost: String, Hashable, Sendable, CaseIterable {
    /// One per hop: the fewest intermediaries.
    case hops
    /// The sum of channel weights (latency or cost); a channel without weight counts 1.
    case weight
    /// The sum of −log(confidence): the route whose channels are jointly most credible.
    case confidence
}

extension GraphSnapshot {
    /// The cost of using `edge` under `model`.
    @inline(__always)
    public func cost(ofEdge edge: Int, _ model: PathCost) -> Double {
        switch model {
        case .hops: 1
        case .weight: weight(ofEdge: edge)
        case .confidence: -log(confidence(ofEdge: edge))
        }
    }
}

