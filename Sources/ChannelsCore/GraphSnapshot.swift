/// An immutable, compact snapshot of a channel graph for the query core: compressed sparse rows of
/// `Int32` ids in contiguous arrays, with per-channel attributes in parallel arrays.
///
/// Actors are nodes `0..<nodeCount` and channels are edges `0..<edgeCount`, in the order of the
/// `ChannelGraph` the snapshot was taken from. Every channel gives one *slot* (u → v) in the outgoing rows,
/// and a two-way channel a second one (v → u); the incoming rows mirror them. Within a row, slots are sorted
/// by neighbour and then by edge id, so parallel channels sit side by side and every traversal is
/// deterministic.
///
/// Memory: 8 bytes per slot in each direction (neighbour and edge id), shared between the directions when
/// no channel is directed, plus the per-edge attributes.
public struct GraphSnapshot: Sendable {
    public let nodeCount: Int
    public let edgeCount: Int

    /// Outgoing rows: `outOffsets[u]..<outOffsets[u + 1]` index `outTargets` and `outEdges`.
    public let outOffsets: [Int32]
    public let outTargets: [Int32]
    public let outEdges: [Int32]
    /// Incoming rows: `inOffsets[v]..<inOffsets[v + 1]` index `inSources` and `inEdges`.
    public let inOffsets: [Int32]
    public let inSources: [Int32]
    public let inEdges: [Int32]

    /// The endpoints of each edge, as written (source → target for a directed edge).
    public let edgeSources: [Int32]
    public let edgeTargets: [Int32]
    public let directions: EdgeDirections

    /// Per-edge kind codes into ``channelKindNames``; empty when the graph has no kinds.
    public let edgeKinds: [UInt16]
    /// First and last day each edge is usable (days since 1970). Open ends are `Int32.min`/`Int32.max`;
    /// an undated edge has first > last (``undatedFirstDay``, ``undatedLastDay``). Empty when nothing is dated.
    public let edgeFirstDays: [Int32]
    public let edgeLastDays: [Int32]
    /// Per-edge positive weights (latency or cost); empty means every weight is 1.
    public let edgeWeights: [Double]
    /// The weights again in the order of the out-rows' slots (empty without weights), so that a weighted
    /// search reads each row's costs in one sweep instead of one scattered read per channel.
    public let outWeights: [Double]
    /// The weights in the order of the in-rows' slots (the out-rows' when no channel is directed).
    public let inWeights: [Double]
    /// Per-edge confidence in (0, 1]; empty means every confidence is 1.
    public let edgeConfidences: [Double]
    /// Per-edge number of citing documents, used to break ties between equally short routes in favour of
    /// the better documented; empty when nothing is cited.
    public let edgeCitations: [UInt16]

    /// Per-node kind and side codes into ``actorKindNames`` and ``sideNames``; `UInt16.max` for none.
    public let nodeKinds: [UInt16]
    public let nodeSides: [UInt16]
    public let channelKindNames: [String]
    public let actorKindNames: [String]
    public let sideNames: [String]

    public static let undatedFirstDay = Int32.max
    public static let undatedLastDay = Int32.min
    public static let noCode = UInt16.max

    /// Whether any edge is directed. A snapshot with none is undirected for normalisations.
    public var isDirected: Bool { directions != .allTwoWay }

    public var slotCount: Int { outTargets.count }

    @inline(__always)
    public func isEdgeDirected(_ edge: Int) -> Bool {
        switch directions {
        case .allDirected: true
        case .allTwoWay: false
        case .mixed(let mask): mask.contains(edge)
        }
    }

    @inline(__always)
    public func weight(ofEdge edge: Int) -> Double {
        edgeWeights.isEmpty ? 1 : edgeWeights[edge]
    }

    @inline(__always)
    public func confidence(ofEdge edge: Int) -> Double {
        edgeConfidences.isEmpty ? 1 : edgeConfidences[edge]
    }

    @inline(__always)
    public func citations(ofEdge edge: Int) -> Int {
        edgeCitations.isEmpty ? 0 : Int(edgeCitations[edge])
    }

    /// Whether the edge carries any date.
    @inline(__always)
    public func isEdgeDated(_ edge: Int) -> Bool {
        !edgeFirstDays.isEmpty && edgeFirstDays[edge] <= edgeLastDays[edge]
    }

    /// The out-degree of `node`, counting parallel channels.
    public func outDegree(_ node: Int) -> Int { Int(outOffsets[node + 1] - outOffsets[node]) }

    /// The in-degree of `node`, counting parallel channels.
    public func inDegree(_ node: Int) -> Int { Int(inOffsets[node + 1] - inOffsets[node]) }

    /// Bytes held by the snapshot's arrays (the in-rows count once when shared with the out-rows).
    public var memoryFootprint: Int {
        let rows = (outOffsets.count + outTargets.count + outEdges.count) * 4
        let inRows = isDirected ? (inOffsets.count + inSources.count + inEdges.count) * 4 : 0
        let edges = (edgeSources.count + edgeTargets.count + edgeFirstDays.count + edgeLastDays.count) * 4
            + (edgeKinds.count + edgeCitations.count) * 2 + (edgeWeights.count + edgeConfidences.count) * 8
        let slotWeights = (outWeights.count + (isDirected ? inWeights.count : 0)) * 8
        return rows + inRows + edges + slotWeights + (nodeKinds.count + nodeSides.count) * 2
    }

    /// Wraps built rows and attributes; debug builds check the invariants (``invariantViolations()``)
    /// unless `checkingInvariants` is false, which only tests of the check itself pass.
    init(
        nodeCount: Int, rows: CSRRows, edgeSources: [Int32], edgeTargets: [Int32], directions: EdgeDirections,
        attributes: EdgeAttributes, nodeAttributes: NodeAttributes, checkingInvariants: Bool = true
    ) {
        self.nodeCount = nodeCount
        self.edgeCount = edgeSources.count
        outOffsets = rows.outOffsets
        outTargets = rows.outTargets
        outEdges = rows.outEdges
        inOffsets = rows.inOffsets
        inSources = rows.inSources
        inEdges = rows.inEdges
        self.edgeSources = edgeSources
        self.edgeTargets = edgeTargets
        self.directions = directions
        edgeKinds = attributes.kinds
        edgeFirstDays = attributes.firstDays
        edgeLastDays = attributes.lastDays
        edgeWeights = attributes.weights
        outWeights = Self.slotOrdered(attributes.weights, rows.outEdges)
        inWeights = directions == .allTwoWay ? outWeights : Self.slotOrdered(attributes.weights, rows.inEdges)
        edgeConfidences = attributes.confidences
        edgeCitations = attributes.citations
        channelKindNames = attributes.kindNames
        nodeKinds = nodeAttributes.kinds
        nodeSides = nodeAttributes.sides
        actorKindNames = nodeAttributes.kindNames
        sideNames = nodeAttributes.sideNames
        #if DEBUG
        if checkingInvariants {
            let problems = invariantViolations()
            assert(problems.isEmpty, "an unsound snapshot: \(problems.joined(separator: "; "))")
        }
        #endif
    }
}

extension GraphSnapshot {
    /// `weights` gathered into slot order; empty when `weights` is.
    ///
    /// - Complexity: O(*m*).
    fileprivate static func slotOrdered(_ weights: [Double], _ slotEdges: [Int32]) -> [Double] {
        guard !weights.isEmpty else { return [] }
        return weights.withUnsafeBufferPointer { weights in
            slotEdges.withUnsafeBufferPointer { slotEdges in
                [Double](unsafeUninitializedCapacity: slotEdges.count) { slotWeights, initialized in
                    for slot in slotEdges.indices { slotWeights[slot] = weights[Int(slotEdges[slot])] }
                    initialized = slotEdges.count
                }
            }
        }
    }
}

/// Which edges of a snapshot are directed.
public enum EdgeDirections: Hashable, Sendable {
    case allDirected
    case allTwoWay
    /// Directed where the mask is set.
    case mixed(Bitmask)
}

/// Per-edge attributes handed to a snapshot; empty arrays stand for defaults.
public struct EdgeAttributes: Sendable {
    public var kinds: [UInt16] = []
    public var kindNames: [String] = []
    public var firstDays: [Int32] = []
    public var lastDays: [Int32] = []
    public var weights: [Double] = []
    public var confidences: [Double] = []
    public var citations: [UInt16] = []

    public init(
        kinds: [UInt16] = [], kindNames: [String] = [], firstDays: [Int32] = [], lastDays: [Int32] = [],
        weights: [Double] = [], confidences: [Double] = [], citations: [UInt16] = []
    ) {
        self.kinds = kinds
        self.kindNames = kindNames
        self.firstDays = firstDays
        self.lastDays = lastDays
        self.weights = weights
        self.confidences = confidences
        self.citations = citations
    }
}

/// Per-node attributes handed to a snapshot; empty arrays stand for none.
public struct NodeAttributes: Sendable {
    public var kinds: [UInt16] = []
    public var kindNames: [String] = []
    public var sides: [UInt16] = []
    public var sideNames: [String] = []

    public init(kinds: [UInt16] = [], kindNames: [String] = [], sides: [UInt16] = [], sideNames: [String] = []) {
        self.kinds = kinds
        self.kindNames = kindNames
        self.sides = sides
        self.sideNames = sideNames
    }
}
