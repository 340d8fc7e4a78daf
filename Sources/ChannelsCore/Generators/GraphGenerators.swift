#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Random graphs for tests and benchmarks, the same for the same seed on every platform.
///
/// Each returns simple graphs (no loops, no parallel edges) as edge arrays, so that every library fed
/// the same file builds the same graph.
public enum GraphGenerators {
    /// Edges of a generated graph; nodes are `0..<nodeCount`.
    public struct Edges: Sendable {
        public var nodeCount: Int
        public var sources: [Int32]
        public var targets: [Int32]
        public var directed: Bool
        /// Edge weights, when drawn (``withIntegerWeights(upTo:seed:)``).
        public var weights: [Double]?

        /// The graph as a plain graph with numeric labels.
        public func plainGraph() throws(SnapshotError) -> PlainGraph {
            var attributes = EdgeAttributes()
            if let weights { attributes.weights = weights }
            let snapshot = try GraphSnapshot(
                nodeCount: nodeCount, sources: sources, targets: targets, directions: directed ? .allDirected : .allTwoWay,
                attributes: attributes)
            return PlainGraph(snapshot: snapshot, labels: .indices)
        }

        /// The same edges with weights drawn uniformly from the integers 1…`largest`: whole numbers, so
        /// that shortest distances are exact in every library and summation order cannot change them.
        public func withIntegerWeights(upTo largest: Int, seed: UInt64) -> Edges {
            var generator = SplitMix64(seed: seed ^ 0x5745_4947_4854_5321)
            var copy = self
            copy.weights = sources.indices.map { _ in Double(1 + Int(generator.next() % UInt64(max(largest, 1)))) }
            return copy
        }
    }

    /// An R-MAT graph (Chakrabarti, Zhan and Faloutsos) with the Graph500 parameters a = 0.57,
    /// b = c = 0.19: 2^scale nodes and about edgeFactor × 2^scale edges (duplicates and loops are
    /// dropped, so slightly fewer).
    ///
    /// - Complexity: O(*m* × scale) time, O(*m*) space for de-duplication.
    public static func rmat(scale: Int, edgeFactor: Int, seed: UInt64, directed: Bool = true) -> Edges {
        let n = 1 << scale
        let wanted = edgeFactor * n
        var generator = SplitMix64(seed: seed)
        var seen = Set<UInt64>(minimumCapacity: wanted)
        var sources: [Int32] = [], targets: [Int32] = []
        sources.reserveCapacity(wanted)
        targets.reserveCapacity(wanted)
        let a = 0.57, b = 0.19, c = 0.19
        for _ in 0..<wanted {
            var u = 0, v = 0
            for bit in 0..<scale {
                let r = Double(generator.next() >> 11) * 0x1p-53
                let step = 1 << (scale - 1 - bit)
                if r < a {
                } else if r < a + b {
                    v += step
                } else if r < a + b + c {
                    u += step
                } else {
                    u += step
                    v += step
                }
            }
            guard u != v else { continue }
            let (x, y) = directed ? (u, v) : (min(u, v), max(u, v))
            guard seen.insert(UInt64(x) << 32 | UInt64(y)).inserted else { continue }
            sources.append(Int32(x))
            targets.append(Int32(y))
        }
        return Edges(nodeCount: n, sources: sources, targets: targets, directed: directed)
    }

    /// A Barabási–Albert graph: starting from `m` nodes, each new node attaches to `m` distinct existing
    /// nodes chosen with probability proportional to their degree (NetworkX's construction). Undirected.
    ///
    /// - Complexity: O(*n* × *m*).
    public static func barabasiAlbert(nodes n: Int, edgesPerNode m: Int, seed: UInt64) -> Edges {
        var generator = SplitMix64(seed: seed)
        var sources: [Int32] = [], targets: [Int32] = []
        guard m >= 1, n > m else { return Edges(nodeCount: max(n, 0), sources: [], targets: [], directed: false) }
        sources.reserveCapacity(n * m)
        targets.reserveCapacity(n * m)
        var repeated: [Int32] = []
        repeated.reserveCapacity(2 * n * m)
        var chosen = Array(0..<m).map(Int32.init)
        for node in m..<n {
            for target in chosen {
                sources.append(Int32(node))
                targets.append(target)
                repeated.append(target)
                repeated.append(Int32(node))
            }
            var picks = Set<Int32>()
            var order: [Int32] = []
            while picks.count < m {
                let pick = repeated[Int(generator.next(upperBound: UInt64(repeated.count)))]
                if picks.insert(pick).inserted { order.append(pick) }
            }
            chosen = order
        }
        return Edges(nodeCount: n, sources: sources, targets: targets, directed: false)
    }

    /// An Erdős–Rényi G(n, p) graph by geometric skipping (Batagelj and Brandes), fast when sparse.
    ///
    /// - Complexity: O(*n* + *m*).
    public static func gnp(nodes n: Int, probability p: Double, seed: UInt64, directed: Bool = false) -> Edges {
        var generator = SplitMix64(seed: seed)
        var sources: [Int32] = [], targets: [Int32] = []
        guard p > 0, n > 1 else { return Edges(nodeCount: max(n, 0), sources: [], targets: [], directed: directed) }
        if p >= 1 {
            for u in 0..<n {
                for v in (directed ? 0 : u + 1)..<n where u != v {
                    sources.append(Int32(u))
                    targets.append(Int32(v))
                }
            }
            return Edges(nodeCount: n, sources: sources, targets: targets, directed: directed)
        }
        let logQ = log(1 - p)
        // Walk the pairs in order (all ordered pairs u != v when directed, u < v otherwise), skipping ahead
        // by a geometric number of pairs each time.
        let total = directed ? n * (n - 1) : n * (n - 1) / 2
        var position = -1
        while true {
            let r = Double(generator.next() >> 11) * 0x1p-53
            position += 1 + Int(log(1 - r) / logQ)
            guard position < total else { break }
            let (u, v) = directed ? directedPair(position, n) : undirectedPair(position, n)
            sources.append(Int32(u))
            targets.append(Int32(v))
        }
        return Edges(nodeCount: n, sources: sources, targets: targets, directed: directed)
    }

    /// G(n, m): exactly `m` distinct edges chosen uniformly.
    ///
    /// - Complexity: O(*m*) expected, for m well below the number of pairs.
    public static func gnm(nodes n: Int, edges m: Int, seed: UInt64, directed: Bool = false) -> Edges {
        var generator = SplitMix64(seed: seed)
        let total = directed ? n * (n - 1) : n * (n - 1) / 2
        let count = min(m, max(total, 0))
        var seen = Set<Int>(minimumCapacity: count)
        var sources: [Int32] = [], targets: [Int32] = []
        while sources.count < count {
            let position = Int(generator.next(upperBound: UInt64(total)))
            guard seen.insert(position).inserted else { continue }
            let (u, v) = directed ? directedPair(position, n) : undirectedPair(position, n)
            sources.append(Int32(u))
            targets.append(Int32(v))
        }
        return Edges(nodeCount: n, sources: sources, targets: targets, directed: directed)
    }

    private static func directedPair(_ position: Int, _ n: Int) -> (Int, Int) {
        let u = position / (n - 1)
        var v = position % (n - 1)
        if v >= u { v += 1 }
        return (u, v)
    }

    /// The pair at `position` in the order (0,1), (0,2), …, (0,n−1), (1,2), …
    private static func undirectedPair(_ position: Int, _ n: Int) -> (Int, Int) {
        // Row u starts at u·n − u(u+1)/2; solve for the last row start not after `position`.
        let nn = Double(n)
        var u = Int((2 * nn - 1 - ((2 * nn - 1) * (2 * nn - 1) - 8 * Double(position)).squareRoot()) / 2)
        func rowStart(_ row: Int) -> Int { row * n - row * (row + 1) / 2 }
        while u > 0 && rowStart(u) > position { u -= 1 }
        while rowStart(u + 1) <= position { u += 1 }
        return (u, u + 1 + (position - rowStart(u)))
    }
}
