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

