extension GraphSnapshot {
    /// Traps unless `node` is a node of this snapshot. Every public entry point that takes a node number
    /// calls it, so that the kernels behind may read their arrays unchecked.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    public func checkNode(_ node: Int, _ role: StaticString = "node") {
        precondition(node >= 0 && node < nodeCount, "\(role) \(node) is not a node of this graph (0..<\(nodeCount))")
    }

    /// Traps unless `edge` is an edge of this snapshot.
    @inline(__always)
    public func checkEdge(_ edge: Int) {
        precondition(edge >= 0 && edge < edgeCount, "edge \(edge) is not an edge of this graph (0..<\(edgeCount))")
    }

    /// Traps unless both endpoints are nodes of this snapshot.
    @inline(__always)
    public func checkNodes(_ source: Int, _ target: Int) {
        checkNode(source, "source")
        checkNode(target, "target")
    }

    /// Every way in which the snapshot breaks its invariants, described; empty for a sound snapshot. Debug
    /// builds check each snapshot they make (as swift-collections does for its types with internal
    /// checks), so that the tests check every snapshot they build.
    ///
    /// The invariants: rows of both directions start at 0, never fall, and end at the slot count; every
    /// neighbour and edge id is in range; within a row, slots rise by neighbour and then by edge; each
    /// channel has its slots (one, or two for a two-way channel that is not a loop), and the in-rows mirror
    /// the out-rows; per-edge attribute arrays are empty or have one entry per edge; slot-ordered weights
    /// follow the rows; weights are positive and finite, confidences in (0, 1], days ordered unless undated.
    ///
    /// - Complexity: O(*n* + *m*).
    public func invariantViolations() -> [String] {
        var problems: [String] = []
        let m = edgeCount
        if edgeSources.count != m || edgeTargets.count != m { problems.append("endpoint arrays do not have one entry per edge") }
        for (name, count) in [("kinds", edgeKinds.count), ("first days", edgeFirstDays.count), ("last days", edgeLastDays.count),
                              ("weights", edgeWeights.count), ("confidences", edgeConfidences.count), ("citations", edgeCitations.count)]
            where count != 0 && count != m {
            problems.append("\(count) \(name) for \(m) edges")
        }
        for (name, count) in [("node kinds", nodeKinds.count), ("node sides", nodeSides.count)] where count != 0 && count != nodeCount {
            problems.append("\(count) \(name) for \(nodeCount) nodes")
        }
        guard problems.isEmpty else { return problems }
        for edge in 0..<m where !(0..<Int32(nodeCount)).contains(edgeSources[edge]) || !(0..<Int32(nodeCount)).contains(edgeTargets[edge]) {
            problems.append("edge \(edge) has an endpoint out of range")
            return problems
        }
        if let edge = edgeWeights.firstIndex(where: { !($0 > 0 && $0.isFinite) }) { problems.append("edge \(edge) has weight \(edgeWeights[edge])") }
        if let edge = edgeConfidences.firstIndex(where: { !($0 > 0 && $0 <= 1) }) { problems.append("edge \(edge) has confidence \(edgeConfidences[edge])") }
        for edge in 0..<edgeFirstDays.count where edgeFirstDays[edge] > edgeLastDays[edge]
            && (edgeFirstDays[edge] != Self.undatedFirstDay || edgeLastDays[edge] != Self.undatedLastDay) {
            problems.append("edge \(edge) ends before it starts")
        }
        problems += rowViolations("out", offsets: outOffsets, neighbours: outTargets, edges: outEdges, isOut: true)
        problems += rowViolations("in", offsets: inOffsets, neighbours: inSources, edges: inEdges, isOut: false)
        for (name, slotWeights, slotEdges) in [("out", outWeights, outEdges), ("in", inWeights, inEdges)]
            where !edgeWeights.isEmpty && (slotWeights.count != slotEdges.count
                || slotEdges.indices.contains { slotWeights[$0] != edgeWeights[Int(slotEdges[$0])] }) {
            problems.append("\(name)-row weights do not follow the \(name)-rows")
        }
        return problems
    }

    /// The violations of one direction's rows. A slot of row `u` to `v` for edge `e` must be an arc of `e`:
    /// out-rows hold source → target (and target → source when two-way); in-rows the same arcs reversed.
    private func rowViolations(
        _ name: String, offsets: [Int32], neighbours: [Int32], edges: [Int32], isOut: Bool
    ) -> [String] {
        guard offsets.count == nodeCount + 1, offsets.first == 0, Int(offsets.last ?? -1) == neighbours.count,
              neighbours.count == edges.count else {
            return ["\(name)-row offsets do not run from 0 to the slot count over \(nodeCount) nodes"]
        }
        var seen = [Int](repeating: 0, count: edgeCount)
        for node in 0..<nodeCount {
            let start = Int(offsets[node]), end = Int(offsets[node + 1])
            guard start <= end else { return ["\(name)-row offsets fall at node \(node)"] }
            for slot in start..<end {
                let neighbour = neighbours[slot], edge = edges[slot]
                guard (0..<Int32(nodeCount)).contains(neighbour), (0..<Int32(edgeCount)).contains(edge) else {
                    return ["\(name)-row slot \(slot) is out of range"]
                }
                if slot > start, (neighbours[slot - 1], edges[slot - 1]) >= (neighbour, edge) {
                    return ["\(name)-row \(node) is not sorted by neighbour and edge at slot \(slot)"]
                }
                let (tail, head) = isOut ? (Int32(node), neighbour) : (neighbour, Int32(node))
                let e = Int(edge)
                let forward = tail == edgeSources[e] && head == edgeTargets[e]
                let backward = !isEdgeDirected(e) && tail == edgeTargets[e] && head == edgeSources[e]
                guard forward || backward else { return ["\(name)-row slot \(slot) holds edge \(e), which does not join \(tail) to \(head)"] }
                seen[e] += 1
            }
        }
        // A directed channel and a loop have one slot in each direction's rows, a two-way channel two.
        for edge in seen.indices {
            let expected = isEdgeDirected(edge) || edgeSources[edge] == edgeTargets[edge] ? 1 : 2
            if seen[edge] != expected { return ["edge \(edge) has \(seen[edge]) \(name)-row slots, not \(expected)"] }
        }
        return []
    }
}
