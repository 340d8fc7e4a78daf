extension GraphView {
    /// PageRank as NetworkX computes it: each channel passes rank along its direction (both ways for a
    /// two-way channel) in proportion to its weight; the rank of nodes with no way out (dangling nodes) is
    /// spread according to the personalisation vector, as is the teleport share 1 − alpha.
    ///
    /// The iteration is NetworkX's (Jacobi: each step reads only the previous step's ranks) with its
    /// convergence test, Σ|x′ − x| < n × tolerance; each step is one fused pass (``PageRankSweep``) on
    /// `options.threads` threads, with the same ranks on any number of them.
    ///
    /// - Parameters:
    ///   - alpha: The damping factor.
    ///   - personalization: Teleport weights per node (normalised here); `nil` for uniform.
    /// - Throws: ``ConvergenceFailure`` after `options.maximumIterations` steps.
    /// - Complexity: O(*n* + *m*) per iteration.
    public func pageRank(
        alpha: Double = 0.85, personalization: [Int32: Double]? = nil,
        _ options: PowerIterationOptions = PowerIterationOptions()
    ) throws(ConvergenceFailure) -> [Double] {
        let (ranks, converged) = pageRankIteration(alpha: alpha, personalization: personalization, options, stopsEarly: true)
        guard converged else {
            throw ConvergenceFailure(measure: "PageRank", iterations: options.maximumIterations, tolerance: options.tolerance)
        }
        return ranks
    }

    /// The ranks after exactly `steps` PageRank steps, without testing for convergence: for measuring
    /// the time per step beside GAP's `pr -i steps -t 0`.
    ///
    /// - Complexity: O(*n* + *m*) per step.
    public func pageRank(alpha: Double = 0.85, steps: Int, threads: Int = 1) -> [Double] {
        let options = PowerIterationOptions(maximumIterations: max(0, steps), threads: threads)
        return pageRankIteration(alpha: alpha, personalization: nil, options, stopsEarly: false).ranks
    }

    /// Iterates up to `options.maximumIterations` steps, stopping at convergence if `stopsEarly`.
    private func pageRankIteration(
        alpha: Double, personalization: [Int32: Double]?, _ options: PowerIterationOptions, stopsEarly: Bool
    ) -> (ranks: [Double], converged: Bool) {
        let n = snapshot.nodeCount
        let count = Double(allowedNodeCount)
        guard count > 0 else { return ([Double](repeating: 0, count: n), true) }
        var teleport = [Double](repeating: 0, count: n)
        if let personalization, personalization.values.reduce(0, +) > 0 {
            let total = personalization.filter { allowsNode(Int($0.key)) }.values.reduce(0, +)
            for (node, weight) in personalization where allowsNode(Int(node)) { teleport[Int(node)] = weight / total }
        } else {
            for node in 0..<n where allowsNode(node) { teleport[node] = 1 / count }
        }
        let outWeight = outgoingWeight(weighted: options.weighted)
        var x = [Double](repeating: 0, count: n)
        var share = x
        var dangling = 0.0
        for node in 0..<n where allowsNode(node) {
            x[node] = 1 / count
            if outWeight[node] > 0 { share[node] = x[node] / outWeight[node] } else { dangling += x[node] }
        }
        var next = x
        var nextShare = share
        let blocks = ParallelBlocks(count: n, blockSize: 2048)
        var changes = [Double](repeating: 0, count: blocks.blockCount)
        var danglings = changes
        let weighted = options.weighted && !snapshot.edgeWeights.isEmpty
        let converged = withRows(.backward) { rows in
            withMaskFilter { mask in
                teleport.withUnsafeBufferPointer { teleport in
                    outWeight.withUnsafeBufferPointer { outWeight in
                        changes.withUnsafeMutableBufferPointer { changes in
                            danglings.withUnsafeMutableBufferPointer { danglings in
                                func iterate<Filter: SlotFilter, Weighting: ArcWeighting>(_ filter: Filter, _ weighting: Weighting) -> Bool {
                                    let sweep = PageRankSweep(rows: rows, filter: filter, weighting: weighting, alpha: alpha,
                                                              teleport: teleport, outWeight: outWeight, blocks: blocks,
                                                              changes: changes, danglings: danglings)
                                    for _ in 0..<options.maximumIterations {
                                        let (change, nextDangling) = x.withUnsafeBufferPointer { x in
                                            share.withUnsafeBufferPointer { share in
                                                next.withUnsafeMutableBufferPointer { next in
                                                    nextShare.withUnsafeMutableBufferPointer { nextShare in
                                                        sweep.step(x: x, share: share, dangling: dangling, next: next,
                                                                   nextShare: nextShare, threads: options.threads)
                                                    }
                                                }
                                            }
                                        }
                                        swap(&x, &next)
                                        swap(&share, &nextShare)
                                        dangling = nextDangling
                                        if stopsEarly && change < count * options.tolerance { return true }
                                    }
                                    return !stopsEarly
                                }
                                switch (isUnfiltered, weighted) {
                                case (true, false): return iterate(OpenFilter(), UnitWeighting())
                                case (true, true): return iterate(OpenFilter(), SlotWeighting(weights: rows.weights))
                                case (false, false): return iterate(mask, UnitWeighting())
                                case (false, true): return iterate(mask, SlotWeighting(weights: rows.weights))
                                }
                            }
                        }
                    }
                }
            }
        }
        return (x, converged)
    }

    /// The total weight (or count) of allowed arcs leaving each node (0 for excluded nodes).
    ///
    /// - Complexity: O(*n*) when the view is whole and unweighted (the rows' lengths), else O(*n* + *m*).
    func outgoingWeight(weighted: Bool) -> [Double] {
        run(OutgoingWeightKernel(weighted: weighted && !snapshot.edgeWeights.isEmpty))
    }
}

/// Sums each node's allowed out-arcs, by weight or by count.
private struct OutgoingWeightKernel: Kernel {
    let weighted: Bool

    func run<Filter: SlotFilter>(_ graph: Adjacency, filter: Filter) -> [Double] {
        let rows = graph.forward
        let n = rows.offsets.count - 1
        var total = [Double](repeating: 0, count: n)
        for u in 0..<n where filter.allows(node: u) {
            if !weighted && Filter.self == OpenFilter.self {
                total[u] = Double(rows.range(of: u).count)
                continue
            }
            for slot in rows.range(of: u) {
                let v = Int(rows.neighbours[slot])
                guard filter.allows(edge: Filter.readsEdges ? Int(rows.edges[slot]) : 0, from: u, to: v) else { continue }
                total[u] += weighted ? rows.weights[slot] : 1
            }
        }
        return total
    }
}
