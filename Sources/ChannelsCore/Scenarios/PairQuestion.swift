/// A question a what-if asks about two ends: can one still reach the other, and by how many hops. Each end
/// is one actor or a group of them (every actor of a side); a group is reached when any member is.
public struct PairQuestion: Hashable, Sendable {
    public var from: [Int32]
    public var to: [Int32]

    public init(from: [Int32], to: [Int32]) {
        self.from = from
        self.to = to
    }

    /// A question about two actors.
    public init(from source: Int, to target: Int) {
        self.init(from: [Int32(source)], to: [Int32(target)])
    }
}

/// How a removal changed the answer to a ``PairQuestion``.
public enum PairChange: String, Hashable, Sendable, CaseIterable {
    /// A route existed and none is left.
    case lost
    /// Routes are left, but the shortest is longer.
    case longer
    /// The shortest route is as short as before, through other actors or channels.
    case rerouted
    /// The shortest route found before is still there.
    case unchanged
    /// The removal takes out every actor at one end.
    case endpointRemoved = "endpoint-removed"
    /// No route existed even before.
    case unconnected
}

/// The routes before and after a removal for one question.
public struct PairOutcome: Sendable {
    public let question: PairQuestion
    public let before: FoundRoute?
    public let after: FoundRoute?
    public let change: PairChange

    public init(question: PairQuestion, before: FoundRoute?, after: FoundRoute?, change: PairChange) {
        self.question = question
        self.before = before
        self.after = after
        self.change = change
    }
}
