extension GraphView {
    /// Katz centrality as NetworkX computes it: x ← alpha × Aᵀx + beta from x = 0, each node taking the
    /// scores of the nodes with channels into it, then normalised to unit Euclidean length.
    ///
    /// Converges when alpha is below 1 / λ_max of the adjacency matrix.
    ///
    /// - Throws: ``ConvergenceFailure`` after `options.maximumIterations` steps.
    /// - Complexity: O(*m*) per iteration.
    public func katz(
        alpha: Double = 0.1, beta: Double = 1, normalized: Bool = true,
        _ options: PowerIterationOptions = PowerIterationOptions(maximumIterations: 1000)
    ) throws(ConvergenceFailure) -> [Double] {
        let nodes = allowedNodes
        let n = snapshot.nodeCount
        guard !nodes.isEmpty else { return [Double](repeating: 0, count: n) }
        var x = [Double](repeating: 0, count: n)
        var next = x
        let converged: Bool = withInwardProduct(weighted: options.weighted) { product in
            for _ in 0..<options.maximumIterations {
                x.withUnsafeBufferPointer { current in
                    next.withUnsafeMutableBufferPointer { product.multiply(current, into: $0, nodes: nodes) }
                }
                for node in nodes { next[Int(node)] = alpha * next[Int(node)] + beta }
                let change = absoluteDifference(next, x, nodes: nodes)
                swap(&x, &next)
                if change < Double(nodes.count) * options.tolerance { return true }
            }
            return false
        }
        guard converged else {
            throw ConvergenceFailure(measure: "Katz centrality", iterations: options.maximumIterations, tolerance: options.tolerance)
        }
        if normalized {
            let norm = euclideanNorm(x, nodes: nodes)
            if norm > 0 { for node in nodes { x[Int(node)] /= norm } }
        }
        return x
    }
}
