/// What a query may use: channel kinds, actors, a time window, a minimum confidence.
///
/// A filter is plain data; ``GraphSnapshot/view(_:)`` turns it into masks over the snapshot, never a copy.
public struct ChannelFilter: Hashable, Sendable {
    /// Only channels of these kinds (by name); `nil` for all.
    public var onlyKinds: Set<String>?
    /// Never channels of these kinds.
    public var exceptKinds: Set<String> = []
    /// Actors the route may not pass through (or start or end at).
    public var avoidedNodes: Set<Int32> = []
    /// Actors of these sides are avoided.
    public var avoidedSides: Set<String> = []
    /// Actors of these kinds are avoided.
    public var avoidedActorKinds: Set<String> = []
    /// Only channels active on some day of this inclusive range.
    public var window: DayRange?
    /// What undated channels do under a time window or a time-respecting query.
    public var undated: UndatedPolicy = .always
    /// Only channels at least this certain.
    public var minimumConfidence: Double?

    public init(
        onlyKinds: Set<String>? = nil, exceptKinds: Set<String> = [], avoidedNodes: Set<Int32> = [],
        avoidedSides: Set<String> = [], avoidedActorKinds: Set<String> = [], window: DayRange? = nil,
        undated: UndatedPolicy = .always, minimumConfidence: Double? = nil
    ) {
        self.onlyKinds = onlyKinds
        self.exceptKinds = exceptKinds
        self.avoidedNodes = avoidedNodes
        self.avoidedSides = avoidedSides
        self.avoidedActorKinds = avoidedActorKinds
        self.window = window
        self.undated = undated
        self.minimumConfidence = minimumConfidence
    }

    /// A filter that lets everything through.
    public static let none = ChannelFilter()

    public var isEmpty: Bool {
        onlyKinds == nil && exceptKinds.isEmpty && avoidedNodes.isEmpty && avoidedSides.isEmpty
            && avoidedActorKinds.isEmpty && window == nil && minimumConfidence == nil
    }

    /// The parts of the filter, one at a time: used to tell which one cut the last route.
    public var components: [Component] {
        var parts: [Component] = []
        if onlyKinds != nil { parts.append(.onlyKinds) }
        if !exceptKinds.isEmpty { parts.append(.exceptKinds) }
        for node in avoidedNodes.sorted() { parts.append(.avoidedNode(node)) }
        for side in avoidedSides.sorted() { parts.append(.avoidedSide(side)) }
        for kind in avoidedActorKinds.sorted() { parts.append(.avoidedActorKind(kind)) }
        if window != nil { parts.append(.window) }
        if minimumConfidence != nil { parts.append(.minimumConfidence) }
        return parts
    }

    /// One part of a filter.
    public enum Component: Hashable, Sendable {
        case onlyKinds, exceptKinds, window, minimumConfidence
        case avoidedNode(Int32)
        case avoidedSide(String)
        case avoidedActorKind(String)
    }

    /// This filter without one of its parts.
    public func removing(_ component: Component) -> ChannelFilter {
        var copy = self
        switch component {
        case .onlyKinds: copy.onlyKinds = nil
        case .exceptKinds: copy.exceptKinds = []
        case .window: copy.window = nil
        case .minimumConfidence: copy.minimumConfidence = nil
        case .avoidedNode(let node): copy.avoidedNodes.remove(node)
        case .avoidedSide(let side): copy.avoidedSides.remove(side)
        case .avoidedActorKind(let kind): copy.avoidedActorKinds.remove(kind)
        }
        return copy
    }
}

/// An inclusive range of days, either end open.
public struct DayRange: Hashable, Sendable {
    public var first: Int32
    public var last: Int32

    public init(first: Int32 = .min, last: Int32 = .max) {
        self.first = first
        self.last = last
    }

    /// Whether an edge usable from `edgeFirst` to `edgeLast` is usable on some day of this range.
    @inline(__always)
    public func overlaps(edgeFirst: Int32, edgeLast: Int32) -> Bool {
        edgeFirst <= last && edgeLast >= first
    }
}

/// What undated channels do in time-aware queries.
public enum UndatedPolicy: String, Hashable, Sendable, CaseIterable {
    /// Undated channels count as usable on any day.
    case always
    /// Undated channels are left out.
    case ignore
}
