#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Settings shared by the power-iteration centralities (eigenvector, PageRank, Katz).
public struct PowerIterationOptions: Hashable, Sendable {
    /// Use channel weights as tie strengths instead of counting each channel once.
    public var weighted = false
    /// Stop when Σ|xᵢ − xᵢ′| < n × tolerance, as NetworkX does.
    public var tolerance = 1e-6
    public var maximumIterations = 100
    /// Worker threads for PageRank's steps; the ranks do not depend on it.
    public var threads = 1

    public init(weighted: Bool = false, tolerance: Double = 1e-6, maximumIterations: Int = 100, threads: Int = 1) {
        self.weighted = weighted
        self.tolerance = tolerance
        self.maximumIterations = maximumIterations
        self.threads = max(1, threads)
    }
}

/// A power iteration that did not converge.
public struct ConvergenceFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public let measure: String
    public let iterations: Int
    public let tolerance: Double

    public var description: String {
        "\(measure) did not converge in \(iterations) iterations to tolerance \(tolerance); raise --max-iterations, loosen --tolerance, or check the graph (eigenvector centrality fails on bipartite graphs, for instance)"
    }
}

/// The view's allowed arcs, pulled into each node: y[v] = Σ over arcs u → v of w(u, v) × x[u].
struct InwardProduct {
    let rows: Rows
    let mask: MaskFilter
    let unfiltered: Bool
    let weights: UnsafeBufferPointer<Double>?

    @inline(__always)
    func multiply(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>, nodes: [Int32]) {
        if unfiltered { pull(x, y, nodes, OpenFilter()) } else { pull(x, y, nodes, mask) }
    }

    @inline(__always)
    private func pull<Filter: SlotFilter>(_ x: UnsafeBufferPointer<Double>, _ y: UnsafeMutableBufferPointer<Double>, _ nodes: [Int32], _ filter: Filter) {
        for node in nodes {
            let v = Int(node)
            var sum = 0.0
            for slot in rows.range(of: v) {
                let u = Int(rows.neighbours[slot])
                let edge = Int(rows.edges[slot])
                guard filter.allows(edge: edge, from: v, to: u) else { continue }
                sum += (weights?[edge] ?? 1) * x[u]
            }
            y[v] = sum
        }
    }
}

extension GraphView {
    /// The nodes the view lets through, in id order.
    var allowedNodes: [Int32] { (0..<snapshot.nodeCount).filter { allowsNode($0) }.map(Int32.init) }

    /// Runs `body` with the inward product of this view.
    func withInwardProduct<R>(weighted: Bool, _ body: (InwardProduct) throws -> R) rethrows -> R {
        try withRows(.backward) { rows in
            try withMaskFilter { mask in
                if weighted && !snapshot.edgeWeights.isEmpty {
                    return try snapshot.edgeWeights.withUnsafeBufferPointer {
                        try body(InwardProduct(rows: rows, mask: mask, unfiltered: isUnfiltered, weights: $0))
                    }
                }
                return try body(InwardProduct(rows: rows, mask: mask, unfiltered: isUnfiltered, weights: nil))
            }
        }
    }
}

/// Σ|a − b| over `nodes`.
@inline(__always)
func absoluteDifference(_ a: [Double], _ b: [Double], nodes: [Int32]) -> Double {
    nodes.reduce(0) { $0 + abs(a[Int($1)] - b[Int($1)]) }
}

/// The Euclidean norm over `nodes`, computed as `math.hypot` does to avoid overflow.
@inline(__always)
func euclideanNorm(_ x: [Double], nodes: [Int32]) -> Double {
    let scale = nodes.reduce(0.0) { max($0, abs(x[Int($1)])) }
    guard scale > 0 && scale.isFinite else { return scale }
    let sum = nodes.reduce(0.0) { partial, node in
        let value = x[Int(node)] / scale
        return partial + value * value
    }
    return scale * sqrt(sum)
}
