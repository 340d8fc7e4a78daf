/// A question of the form "how can A reach B?", with everything that constrains the answer.
public struct PathQuery: Hashable, Sendable {
    public var source: Int
    public var target: Int
    public var cost: PathCost = .hops
    /// How many ranked routes to return (Yen's algorithm when more than one).
    public var k: Int = 1
    /// Nodes every route must pass through.
    public var via: [Int32] = []
    public var filter: ChannelFilter = .none
    public var mode: Mode = .shortest

    public enum Mode: Hashable, Sendable {
        /// The `k` cheapest loopless routes.
        case shortest
        /// Every cheapest route, counted, and listed up to `limit`.
        case allShortest(limit: Int)
        /// Every loopless route of at most `maximumHops` hops, up to `limit` routes or `budget` of time.
        case allSimple(maximumHops: Int, limit: Int, budget: Duration)
        /// The route that arrives earliest, leaving no earlier than `after`, arriving no later than `before`.
        case earliestArrival(after: Int32, before: Int32?)
        /// The route that leaves latest and still arrives by `before`.
        case latestDeparture(before: Int32)
    }

    public init(source: Int, target: Int) {
        self.source = source
        self.target = target
    }

}

/// A route with, for each hop, the other channels that could have carried it.
public struct FoundRoute: Hashable, Sendable {
    public var route: Route
    /// For each hop, the other allowed channels between the same two actors, in edge order.
    public var parallel: [[Int32]]
}

/// The answer to a ``PathQuery``.
public struct PathAnswer: Sendable {
    public var routes: [FoundRoute]
    /// For ``PathQuery/Mode/allShortest(limit:)``: how many cheapest routes exist.
    public var cheapestCount: Double?
    /// The listing stopped at its limit, budget or candidate budget; more routes may exist.
    public var truncated: Bool = false
    /// The enumeration ran out of time rather than reaching its count.
    public var timedOut: Bool = false
    /// Why there is no route, when there is none.
    public var reason: NoRouteReason?
}

/// Why a query found no route: the first of these that applies.
public enum NoRouteReason: Hashable, Sendable {
    /// The source or target itself is excluded by the filter.
    case endpointExcluded(Int32)
    /// Without any one of these parts of the filter, a route would exist.
    case filterCut([ChannelFilter.Component])
    /// A required node cannot be fitted into a loopless route.
    case viaImpossible([Int32])
    /// A static route exists, but none in which each hop follows the one before it in time.
    case noTimeRespectingRoute
    /// The source reaches `sourceReach` actors and `targetReach` actors reach the target; the sets never meet.
    case disconnected(sourceReach: Int, targetReach: Int)
}
