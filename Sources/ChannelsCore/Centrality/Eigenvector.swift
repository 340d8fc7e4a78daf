extension GraphView {
    /// Eigenvector centrality by power iteration on A + I, as NetworkX computes it: each node takes the
    /// scores of the nodes with channels *into* it (the left eigenvector on a directed graph), starting
    /// from 1/n everywhere, normalised to unit Euclidean length after every step.
    ///
    /// - Throws: ``ConvergenceFailure`` after `options.maximumIterations` steps.
    /// - Complexity: O(*m*) per iteration.
    public func eigenvector(_ options: PowerIterationOptions = PowerIterationOptions()) throws(ConvergenceFailure) -> [Double] {
        let nodes = allowedNodes
        let n = snapshot.nodeCount
        guard !nodes.isEmpty else { return [Double](repeating: 0, count: n) }
        var x = [Double](repeating: 0, count: n)
        for node in nodes { x[Int(node)] = 1 / Double(nodes.count) }
        var next = x
        let converged: Bool = withInwardProduct(weighted: options.weighted) { product in
            for _ in 0..<options.maximumIterations {
                x.withUnsafeBufferPointer { current in
                    next.withUnsafeMutableBufferPointer { product.multiply(current, into: $0, nodes: nodes) }
                }
                for node in nodes { next[Int(node)] += x[Int(node)] }
                let norm = euclideanNorm(next, nodes: nodes)
                let divisor = norm == 0 ? 1 : norm
                for node in nodes { next[Int(node)] /= divisor }
                let change = absoluteDifference(next, x, nodes: nodes)
                swap(&x, &next)
                if change < Double(nodes.count) * options.tolerance { return true }
            }
            return false
        }
        guard converged else {
            throw ConvergenceFailure(measure: "eigenvector centrality", iterations: options.maximumIterations, tolerance: options.tolerance)
        }
        return x
    }
}
