#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Per-edge costs under a cost model, read through a raw pointer in the hot loop.
struct EdgeCosts {
    private let values: UnsafePointer<Double>?
    private let constant: Double
    /// Whether the costs are the snapshot's weights, which its rows also hold in slot order.
    private var areWeights = false

    @inline(__always)
    subscript(edge: Int) -> Double { values?[edge] ?? constant }

    /// The cost of the channel in `slot` of `rows` (a row of the same snapshot): the rows' own copy when
    /// the costs are weights, which keeps a search's reads sequential.
    @inline(__always)
    func cost(slot: Int, edge: Int, in rows: Rows) -> Double {
        areWeights ? rows.weights[slot] : self[edge]
    }

    /// The costs as a ``ChannelCost`` for `rows` (a direction of the same snapshot), for a kernel to
    /// specialise its relaxation loop on.
    func resolved(for rows: Rows) -> ResolvedCost {
        if areWeights, let weights = rows.weights.baseAddress { return .slotWeights(SlotWeightCost(weights: weights)) }
        if let values { return .edgeValues(EdgeValueCost(values: values)) }
        return .constant(ConstantCost(value: constant))
    }

    /// Whether every edge costs 1, so that the cheapest route is the one with the fewest hops.
    var isUnit: Bool { values == nil && constant == 1 }

    /// The cost every edge has under `model` when they all have the same, without reading any costs: the
    /// constant ``with(_:_:_:)`` would use.
    static func constantCost(_ snapshot: GraphSnapshot, _ model: PathCost) -> Double? {
        switch model {
        case .hops: return 1
        case .weight: return snapshot.edgeWeights.isEmpty ? 1 : nil
        case .confidence: return snapshot.edgeConfidences.isEmpty ? 0 : nil
        }
    }

    /// Runs `body` with the costs of `model` on `snapshot`.
    static func with<R>(_ snapshot: GraphSnapshot, _ model: PathCost, _ body: (EdgeCosts) throws -> R) rethrows -> R {
        switch model {
        case .hops:
            return try body(EdgeCosts(values: nil, constant: 1))
        case .weight:
            if snapshot.edgeWeights.isEmpty { return try body(EdgeCosts(values: nil, constant: 1)) }
            return try snapshot.edgeWeights.withUnsafeBufferPointer {
                try body(EdgeCosts(values: $0.baseAddress, constant: 1, areWeights: true))
            }
        case .confidence:
            if snapshot.edgeConfidences.isEmpty { return try body(EdgeCosts(values: nil, constant: 0)) }
            let costs = snapshot.edgeConfidences.map { -log($0) }
            return try costs.withUnsafeBufferPointer { try body(EdgeCosts(values: $0.baseAddress, constant: 0)) }
        }
    }
}

/// ``EdgeCosts`` resolved for one direction's rows: which of the three ways of reading a cost applies.
enum ResolvedCost {
    case slotWeights(SlotWeightCost)
    case edgeValues(EdgeValueCost)
    case constant(ConstantCost)
}

/// How a relaxation loop reads the cost of the channel in a slot. Kernels are generic over it, so that
/// each specialisation reads only the arrays its costs come from.
protocol ChannelCost {
    /// Whether ``cost(slot:edge:)`` needs the slot's edge id.
    static var readsEdges: Bool { get }
    func cost(slot: Int, edge: Int) -> Double
}

/// The snapshot's weights, read from the rows' own slot-ordered copy: sequential with the neighbours.
struct SlotWeightCost: ChannelCost {
    let weights: UnsafePointer<Double>
    static var readsEdges: Bool { false }

    @inline(__always)
    func cost(slot: Int, edge: Int) -> Double { weights[slot] }
}

/// Costs indexed by edge id, such as −log confidence.
struct EdgeValueCost: ChannelCost {
    let values: UnsafePointer<Double>
    static var readsEdges: Bool { true }

    @inline(__always)
    func cost(slot: Int, edge: Int) -> Double { values[edge] }
}

/// The same cost on every channel.
struct ConstantCost: ChannelCost {
    let value: Double
    static var readsEdges: Bool { false }

    @inline(__always)
    func cost(slot: Int, edge: Int) -> Double { value }
}
