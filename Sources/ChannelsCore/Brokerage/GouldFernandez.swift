#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The five brokerage roles of Gould and Fernandez (1989), in the order statnet's `sna::brokerage` uses.
public enum BrokerageRole: Int, CaseIterable, Sendable {
    /// i, j and k all in one group (sna's `w_I`).
    case coordinator
    /// i and k in one group, the broker j in another (`w_O`, "consultant").
    case itinerant
    /// The broker in the source's group, the target in another (`b_IO`).
    case representative
    /// The broker in the target's group, the source in another (`b_OI`).
    case gatekeeper
    /// All three in different groups (`b_O`).
    case liaison
}

/// Gould–Fernandez brokerage: per node and for the whole graph, the count of each role, its expectation
/// and standard deviation under sna's null model, and the z-score. Each per-role array has 6 entries: the
/// five roles in ``BrokerageRole`` order, then the total.
public struct Brokerage: Sendable {
    public let raw: [[Double]]
    public let expected: [[Double]]
    public let standardDeviation: [[Double]]
    public let z: [[Double]]
    public let graphRaw: [Double]
    public let graphExpected: [Double]
    public let graphStandardDeviation: [Double]
    public let graphZ: [Double]
    /// The density d = m / (N (N − 1)) the null model uses.
    public let density: Double
}

extension GraphView {
    /// Gould–Fernandez brokerage roles, exactly as statnet's `sna::brokerage(g, cl)` counts and scores them.
    ///
    /// For every two-step route i → j → k (i, j, k distinct) with no arc i → k, the broker j gets one count
    /// in the role given by the groups of i, j and k. Arcs are the distinct ordered pairs joined by an
    /// allowed channel (a two-way channel is an arc each way; parallel channels count once; loops are left
    /// out). Expectations and variances are sna's, for arcs drawn independently with the graph's density.
    ///
    /// - Parameter groups: The group of each node (any labels); nodes the view excludes are left out.
    /// - Complexity: O(Σ_j in(j) × out(j) × log d) for the counts, O(g³) for g groups.
    public func brokerage(groups: [Int]) -> Brokerage {
        let n = snapshot.nodeCount
        let arcs = distinctArcs()
        let members = (0..<n).filter { allowsNode($0) }
        var raw = [[Double]](repeating: [Double](repeating: 0, count: 6), count: n)
        var predecessors = [[Int32]](repeating: [], count: n)
        for i in members { for k in arcs[i] { predecessors[Int(k)].append(Int32(i)) } }
        for j in members {
            for i in predecessors[j] {
                for k in arcs[j] where k != i && Int(k) != j {
                    guard !Self.contains(arcs[Int(i)], k) else { continue }
                    let role = Self.role(groups[Int(i)], groups[j], groups[Int(k)])
                    raw[j][role.rawValue] += 1
                }
            }
            raw[j][5] = raw[j][0..<5].reduce(0, +)
        }
        let m = Double(members.reduce(0) { $0 + arcs[$1].count })
        let bigN = Double(members.count)
        let density = bigN > 1 ? m / (bigN * (bigN - 1)) : 0
        var labels: [Int] = []
        for node in members where !labels.contains(groups[node]) { labels.append(groups[node]) }
        let sizes = labels.map { label in Double(members.filter { groups[$0] == label }.count) }
        let model = BrokerageNullModel(density: density, nodeCount: bigN, groupSizes: sizes)
        var expected = [[Double]](repeating: [Double](repeating: 0, count: 6), count: n)
        var deviation = expected
        var z = [[Double]](repeating: [Double](repeating: .nan, count: 6), count: n)
        for node in members {
            let group = labels.firstIndex(of: groups[node]) ?? 0
            expected[node] = model.expected(group: group)
            deviation[node] = model.variance(group: group).map(sqrt)
            z[node] = (0..<6).map { (raw[node][$0] - expected[node][$0]) / deviation[node][$0] }
        }
        let graphRaw = (0..<6).map { column in members.reduce(0) { $0 + raw[$1][column] } }
        let graphExpected = model.graphExpected()
        let graphDeviation = model.graphVariance().map(sqrt)
        return Brokerage(
            raw: raw, expected: expected, standardDeviation: deviation, z: z,
            graphRaw: graphRaw, graphExpected: graphExpected, graphStandardDeviation: graphDeviation,
            graphZ: (0..<6).map { (graphRaw[$0] - graphExpected[$0]) / graphDeviation[$0] },
            density: density)
    }

    /// For each allowed node, the distinct other nodes it has an allowed arc to, sorted.
    func distinctArcs() -> [[Int32]] {
        var arcs = [[Int32]](repeating: [], count: snapshot.nodeCount)
        withRows(.forward) { rows in
            for u in 0..<snapshot.nodeCount where allowsNode(u) {
                for slot in rows.range(of: u) {
                    let v = rows.neighbours[slot]
                    guard Int(v) != u, arcs[u].last != v, allowsEdge(Int(rows.edges[slot])), allowsNode(Int(v)) else { continue }
                    arcs[u].append(v)
                }
            }
        }
        return arcs
    }

    private static func contains(_ sorted: [Int32], _ node: Int32) -> Bool {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < node { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == node
    }

    private static func role(_ i: Int, _ j: Int, _ k: Int) -> BrokerageRole {
        switch (i == j, j == k, i == k) {
        case (true, true, _): .coordinator
        case (false, false, true): .itinerant
        case (true, false, _): .representative
        case (false, true, _): .gatekeeper
        default: .liaison
        }
    }
}

/// sna 2.7-1's expectations and variances of brokerage counts for independent arcs of probability d
/// (`sna:::brokerage`, transcribed term by term).
struct BrokerageNullModel {
    let d: Double
    let bigN: Double
    let n: [Double]

    init(density: Double, nodeCount: Double, groupSizes: [Double]) {
        d = density
        bigN = nodeCount
        n = groupSizes
    }

    private var pair: Double { d * d * (1 - d) }
    private var triple: Double { pow(d, 3) * pow(1 - d, 3) }
    private func choose2(_ x: Double) -> Double { x * (x - 1) / 2 }
    private func others(_ i: Int) -> [Double] { n.indices.filter { $0 != i }.map { n[$0] } }

    func expected(group i: Int) -> [Double] {
        let size = n[i], rest = others(i)
        let coordinator = pair * (size - 1) * (size - 2)
        let itinerant = pair * rest.reduce(0) { $0 + $1 * ($1 - 1) }
        let representative = pair * (bigN - size) * (size - 1)
        let restSum = rest.reduce(0, +)
        let liaison = pair * (restSum * restSum - rest.reduce(0) { $0 + $1 * $1 })
        let total = pair * (bigN - 1) * (bigN - 2)
        return [coordinator, itinerant, representative, representative, liaison, total]
    }

    func variance(group i: Int) -> [Double] {
        let size = n[i], rest = others(i)
        let e = expected(group: i)
        let keep = 1 - pair
        let coordinator = e[0] * keep + 2 * (size - 1) * (size - 2) * (size - 3) * triple
        let itinerant = e[1] * keep + 2 * rest.reduce(0) { $0 + $1 * ($1 - 1) * ($1 - 2) } * triple
        let representative = e[2] * keep + 2 * ((size - 1) * choose2(bigN - size) + (bigN - size) * choose2(size - 1)) * triple
        let liaison = e[4] * keep + 4 * rest.reduce(0) { $0 + $1 * choose2(bigN - $1 - size) * triple }
        let total = e[5] * keep + 2 * (bigN - 1) * (bigN - 2) * (bigN - 3) * triple
        return [coordinator, itinerant, representative, representative, liaison, total]
    }

    func graphExpected() -> [Double] {
        let coordinator = pair * n.reduce(0) { $0 + $1 * ($1 - 1) * ($1 - 2) }
        let itinerant = pair * n.reduce(0) { $0 + $1 * (bigN - $1) * ($1 - 1) }
        var outer = 0.0
        for x in n { for y in n { outer += x * y * (bigN - x - y) } }
        let liaison = pair * (outer - n.reduce(0) { $0 + $1 * $1 * (bigN - 2 * $1) })
        let total = pair * bigN * (bigN - 1) * (bigN - 2)
        return [coordinator, itinerant, itinerant, itinerant, liaison, total]
    }

    func graphVariance() -> [Double] {
        let e = graphExpected()
        let keep = 1 - pair
        let d3 = triple, d4 = pow(d, 4) * pow(1 - d, 2), d5 = pow(d, 5) * (1 - d)
        let coordinator = e[0] * keep + n.reduce(0) { total, x in
            total + x * (x - 1) * (x - 2) * ((4 * x - 10) * d3 - 4 * (x - 3) * d4 + (x - 3) * d5)
        }
        var outer = 0.0
        for x in n { for y in n { outer += x * y * (x - 1) * ((2 * x + 2 * y - 6) * d3 + (bigN - x - 1) * d5) } }
        let diagonal = n.reduce(0) { $0 + $1 * $1 * ($1 - 1) * ((4 * $1 - 6) * d3 + (bigN - $1 - 1) * d5) }
        let itinerant = e[1] * keep + (outer - diagonal)
        let representative = e[2] * keep + n.reduce(0) { total, x in
            total + x * (bigN - x) * (x - 1) * ((bigN - 3) * d3 + (x - 2) * d5)
        }
        var liaison = e[4] * keep
        for i in n.indices {
            for j in n.indices where j != i {
                for k in n.indices where k != j && k != i {
                    liaison += n[i] * n[j] * n[k] * ((4 * (bigN - n[j]) - 2 * (n[i] + n[k] + 1)) * d3
                        - (4 * (bigN - n[k]) - 2 * (n[i] + n[j] + 1)) * d4 + (bigN - (n[i] + n[k] + 1)) * d5)
                }
            }
        }
        let total = e[5] * keep + bigN * (bigN - 1) * (bigN - 2) * ((4 * bigN - 10) * d3 - 4 * (bigN - 3) * d4 + (bigN - 3) * d5)
        return [coordinator, itinerant, representative, representative, liaison, total]
    }
}
