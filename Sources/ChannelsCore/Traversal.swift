/// Which way a traversal walks the channels.
public enum TraversalDirection: Sendable {
    /// Along the channels: out-rows.
    case forward
    /// Against the channels: in-rows.
    case backward
}

/// One direction of a snapshot's rows as raw buffers, valid only inside the closure that provides them.
///
/// Kernels read rows through this so their inner loops carry no bounds checks, copy-on-write checks or
/// reference counting.
public struct Rows {
    public let offsets: UnsafeBufferPointer<Int32>
    public let neighbours: UnsafeBufferPointer<Int32>
    public let edges: UnsafeBufferPointer<Int32>
    /// Each slot's channel weight; empty when the snapshot has no weights.
    public let weights: UnsafeBufferPointer<Double>

    @inline(__always)
    public func range(of node: Int) -> Range<Int> {
        Int(offsets[node])..<Int(offsets[node + 1])
    }

    /// Calls `body` once with each neighbour of `node` that `filter` lets it reach by at least one
    /// channel, in row order: parallel channels count once, as in counting routes between actors (rows
    /// are sorted by neighbour, so a run is skipped once one of its channels is allowed).
    ///
    /// - Complexity: O(deg(`node`)).
    @inline(__always)
    func forEachDistinctNeighbour<Filter: SlotFilter>(of node: Int, filter: Filter, _ body: (Int) -> Void) {
        var last = -1
        for slot in range(of: node) {
            let neighbour = Int(neighbours[slot])
            if neighbour == last { continue }
            guard filter.allows(edge: Filter.readsEdges ? Int(edges[slot]) : 0, from: node, to: neighbour) else { continue }
            last = neighbour
            body(neighbour)
        }
    }
}

/// Decides, slot by slot, whether a traversal may use `edge` to go from node `from` to node `to`.
public protocol SlotFilter {
    /// Whether ``allows(edge:from:to:)`` looks at its edge, so that a kernel need not read the rows' edge
    /// ids when it wants them for nothing else; when false, kernels may pass 0 for `edge`.
    static var readsEdges: Bool { get }
    func allows(edge: Int, from: Int, to: Int) -> Bool
    /// Whether `node` itself is in the view (for kernels that visit every node, not only neighbours).
    func allows(node: Int) -> Bool
}

extension SlotFilter {
    /// Filters read the edge unless they say otherwise.
    public static var readsEdges: Bool { true }

    @inline(__always)
    public func allows(node: Int) -> Bool { true }
}

/// Lets everything through; kernels specialised on it test nothing.
public struct OpenFilter: SlotFilter {
    public static var readsEdges: Bool { false }

    @inline(__always)
    public func allows(edge: Int, from: Int, to: Int) -> Bool { true }
}

/// A view's masks as raw words.
public struct MaskFilter: SlotFilter {
    let edgeWords: UnsafePointer<UInt64>?
    let nodeWords: UnsafePointer<UInt64>?

    @inline(__always)
    public func allows(edge: Int, from: Int, to: Int) -> Bool {
        if let edgeWords, edgeWords[edge >> 6] & (1 << UInt64(edge & 63)) == 0 { return false }
        if let nodeWords, nodeWords[to >> 6] & (1 << UInt64(to & 63)) == 0 { return false }
        return true
    }

    @inline(__always)
    public func allows(node: Int) -> Bool {
        guard let nodeWords else { return true }
        return nodeWords[node >> 6] & (1 << UInt64(node & 63)) != 0
    }
}

/// Both directions of a snapshot's rows as raw buffers, valid only inside ``GraphView/run(_:)``.
public struct Adjacency {
    public let forward: Rows
    public let backward: Rows

    @inline(__always)
    public func rows(_ direction: TraversalDirection) -> Rows {
        direction == .forward ? forward : backward
    }
}

/// A graph kernel, written once as a generic over its filter and run by ``GraphView/run(_:)``, which
/// specialises it for the unfiltered case.
public protocol Kernel {
    associatedtype Output
    func run<Filter: SlotFilter>(_ graph: Adjacency, filter: Filter) -> Output
}

extension GraphView {
    /// Runs `kernel` with this view's filter.
    public func run<K: Kernel>(_ kernel: K) -> K.Output {
        withRows(.forward) { forward in
            withRows(.backward) { backward in
                let graph = Adjacency(forward: forward, backward: backward)
                if isUnfiltered { return kernel.run(graph, filter: OpenFilter()) }
                return withMaskFilter { kernel.run(graph, filter: $0) }
            }
        }
    }

    /// The rows of `direction` as raw buffers.
    public func withRows<R>(_ direction: TraversalDirection, _ body: (Rows) throws -> R) rethrows -> R {
        let s = snapshot
        switch direction {
        case .forward:
            return try s.outOffsets.withUnsafeBufferPointer { offsets in
                try s.outTargets.withUnsafeBufferPointer { neighbours in
                    try s.outEdges.withUnsafeBufferPointer { edges in
                        try s.outWeights.withUnsafeBufferPointer { weights in
                            try body(Rows(offsets: offsets, neighbours: neighbours, edges: edges, weights: weights))
                        }
                    }
                }
            }
        case .backward:
            return try s.inOffsets.withUnsafeBufferPointer { offsets in
                try s.inSources.withUnsafeBufferPointer { neighbours in
                    try s.inEdges.withUnsafeBufferPointer { edges in
                        try s.inWeights.withUnsafeBufferPointer { weights in
                            try body(Rows(offsets: offsets, neighbours: neighbours, edges: edges, weights: weights))
                        }
                    }
                }
            }
        }
    }

    /// The view's masks as a ``MaskFilter``.
    public func withMaskFilter<R>(_ body: (MaskFilter) throws -> R) rethrows -> R {
        try Self.withWords(edgeMask) { edgeWords in
            try Self.withWords(nodeMask) { nodeWords in
                try body(MaskFilter(edgeWords: edgeWords, nodeWords: nodeWords))
            }
        }
    }

    private static func withWords<R>(_ mask: Bitmask?, _ body: (UnsafePointer<UInt64>?) throws -> R) rethrows -> R {
        guard let mask else { return try body(nil) }
        return try mask.words.withUnsafeBufferPointer { try body($0.baseAddress) }
    }
}
