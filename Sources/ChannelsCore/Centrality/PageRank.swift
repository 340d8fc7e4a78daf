extension GraphView {
    /// PageRank as NetworkX computes it: each channel passes rank along its direction (both ways for a
    /// two-way channel) in proportion to its weight; the rank of nodes with no way out (dangling nodes) is
    /// spread according to the personalisation vector, as is the teleport share 1 − alpha.
    ///
    /// - Parameters:
    ///   - alpha: The damping factor.
    ///   - personalization: Teleport weights per node (normalised here); `nil` for uniform.
    /// - Throws: ``ConvergenceFailure`` after `options.maximumIterations` steps.
    /// - Complexity: O(*m*) per iteration.
    public func pageRank(
        alpha: Double = 0.85, personalization: [Int32: Double]? = nil,
        _ options: PowerIterationOptions = PowerIterationOptions()
    ) throws(ConvergenceFailure) -> [Double] {
        let nodes = allowedNodes
        let n = snapshot.nodeCount
        guard !nodes.isEmpty else { return [Double](repeating: 0, count: n) }
        let count = Double(nodes.count)
        var teleport = [Double](repeating: 0, count: n)
        if let personalization, personalization.values.reduce(0, +) > 0 {
            let total = personalization.filter { allowsNode(Int($0.key)) }.values.reduce(0, +)
            for (node, weight) in personalization where allowsNode(Int(node)) { teleport[Int(node)] = weight / total }
        } else {
            for node in nodes { teleport[Int(node)] = 1 / count }
        }
        let outWeight = outgoingWeight(weighted: options.weighted)
        let dangling = nodes.filter { outWeight[Int($0)] == 0 }
        var x = [Double](repeating: 0, count: n)
        for node in nodes { x[Int(node)] = 1 / count }
        var share = [Double](repeating: 0, count: n)
        var next = x
        let converged: Bool = withInwardProduct(weighted: options.weighted) { product in
            for _ in 0..<options.maximumIterations {
                for node in nodes {
                    let v = Int(node)
                    share[v] = outWeight[v] > 0 ? x[v] / outWeight[v] : 0
                }
                share.withUnsafeBufferPointer { current in
                    next.withUnsafeMutableBufferPointer { product.multiply(current, into: $0, nodes: nodes) }
                }
                let danglingRank = dangling.reduce(0.0) { $0 + x[Int($1)] }
                for node in nodes {
                    let v = Int(node)
                    next[v] = alpha * (next[v] + danglingRank * teleport[v]) + (1 - alpha) * teleport[v]
                }
                let change = absoluteDifference(next, x, nodes: nodes)
                swap(&x, &next)
                if change < count * options.tolerance { return true }
            }
            return false
        }
        guard converged else {
            throw ConvergenceFailure(measure: "PageRank", iterations: options.maximumIterations, tolerance: options.tolerance)
        }
        return x
    }

    /// The total weight (or count) of allowed arcs leaving each node.
    func outgoingWeight(weighted: Bool) -> [Double] {
        var total = [Double](repeating: 0, count: snapshot.nodeCount)
        withRows(.forward) { rows in
            for u in 0..<snapshot.nodeCount where allowsNode(u) {
                for slot in rows.range(of: u) {
                    let v = Int(rows.neighbours[slot]), edge = Int(rows.edges[slot])
                    guard allowsEdge(edge), allowsNode(v) else { continue }
                    total[u] += weighted ? snapshot.weight(ofEdge: edge) : 1
                }
            }
        }
        return total
    }
}
