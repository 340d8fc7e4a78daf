/// How to compute betweenness.
public struct BetweennessOptions: Hashable, Sendable {
    /// Use channel weights as distances (Dijkstra) instead of hops (BFS).
    public var weighted = false
    /// Scale as NetworkX's `normalized=True` does.
    public var normalized = false
    /// Count the endpoints of each route as passed through, as NetworkX's `endpoints=True`.
    public var endpoints = false
    /// Approximate from this many source nodes (pivots) drawn with ``seed`` instead of every node.
    public var sampleSize: Int?
    public var seed: UInt64 = 0
    /// Worker threads; the result is the same for any number.
    public var threads = OrderedParallelSum.processorCount
    /// Also credit each channel (edge betweenness).
    public var includeEdges = false
    /// Sources per breadth-first sweep when counting hops without edge credits: `nil` chooses by the
    /// graph's size (see ``BrandesSweepWorker/width(nodeCount:)``), 1 searches from one source at a time.
    /// The values agree to rounding for any width; for a given width they do not depend on `threads`.
    var sweepWidth: Int?

    public init() {}
}

/// Betweenness of every node (and optionally every channel) of a view.
public struct Betweenness: Sendable {
    /// Per node; 0 for nodes the view excludes.
    public let nodes: [Double]
    /// Per edge when requested; 0 for edges the view excludes.
    public let edges: [Double]?
    /// The source nodes used, in the order drawn, when sampled.
    public let pivots: [Int32]?
}

extension GraphView {
    /// Brandes' betweenness centrality, exact or from sampled pivots, on all cores.
    ///
    /// Routes are sequences of actors: parallel channels count once (at their cheapest when weighted), as
    /// NetworkX counts on a simple graph. Values are scaled exactly as NetworkX's `betweenness_centrality`
    /// (and `edge_betweenness_centrality`) scale them for the same `normalized`, `endpoints` and `k`, with
    /// `n` the number of nodes the view lets through and the graph directed when any allowed channel is.
    /// An edge's share of a hop is split equally among the parallel channels that carry it.
    ///
    /// Counting hops without edge credits, up to 64 sources share one breadth-first sweep
    /// (``BrandesSweepWorker``) while their route-count rows fit 64 MiB per thread.
    ///
    /// - Returns: `nil` if `isCancelled` returned `true` before the end.
    /// - Complexity: O(*s* × *m*) unweighted, O(*s* × (*m* + *n* log *n*)) weighted, for *s* sources
    ///   (every node, or the pivots), divided over the threads; O(*n*) scratch per thread, O(64 *n*)
    ///   when sources share sweeps.
    public func betweenness(
        _ options: BetweennessOptions = BetweennessOptions(),
        progress: (@Sendable (Int, Int) -> Void)? = nil,
        isCancelled: (@Sendable () -> Bool)? = nil
    ) -> Betweenness? {
        let n = snapshot.nodeCount
        let allowed = (0..<n).filter { allowsNode($0) }.map(Int32.init)
        let pivots: [Int32]? = options.sampleSize.flatMap { k in
            k >= allowed.count ? nil : SplitMix64.sample(k, from: allowed, seed: options.seed)
        }
        let sources = pivots ?? allowed
        let length = n + (options.includeEdges ? snapshot.edgeCount : 0)
        let directed = hasDirectedChannels
        let sweepWidth = options.weighted || options.includeEdges
            ? nil : options.sweepWidth.map { min($0, BrandesSweepWorker.maximumWidth) } ?? BrandesSweepWorker.width(nodeCount: n)
        let raw: [Double]? = withRows(.forward) { rows in
            withMaskFilter { mask in
                EdgeCosts.with(snapshot, options.weighted ? .weight : .hops) { costs in
                    let context = BrandesContext(
                        rows: rows, mask: mask, unfiltered: isUnfiltered, costs: costs, weighted: options.weighted,
                        endpoints: options.endpoints, edgeOffset: options.includeEdges ? n : nil)
                    return sources.withUnsafeBufferPointer { sourceList in
                        let list = UnsafeSendable(sourceList)
                        guard let width = sweepWidth, width > 1 else {
                            return OrderedParallelSum.sum(
                                itemCount: sources.count, length: length, threads: options.threads,
                                makeWorker: { BrandesWorker(nodeCount: n) },
                                accumulate: { worker, item, vector in
                                    context.accumulate(source: Int(list.value[item]), worker: worker, into: vector)
                                },
                                progress: progress, isCancelled: isCancelled)
                        }
                        let batches = (sources.count + width - 1) / width
                        return OrderedParallelSum.sum(
                            itemCount: batches, length: length, threads: options.threads,
                            makeWorker: { BrandesSweepWorker(nodeCount: n, width: width) },
                            accumulate: { worker, batch, vector in
                                let first = batch * width
                                let batchSources = UnsafeBufferPointer(rebasing: list.value[first..<min(first + width, sources.count)])
                                context.accumulate(sources: batchSources, worker: worker, into: vector)
                            },
                            progress: progress.map { report in { done, _ in report(min(done * width, sources.count), sources.count) } },
                            isCancelled: isCancelled)
                    }
                }
            }
        }
        guard var values = raw else { return nil }
        let count = allowed.count
        Self.rescaleNodes(&values[0..<n], n: count, options: options, directed: directed, pivots: pivots)
        var edges: [Double]?
        if options.includeEdges {
            var edgeValues = Array(values[n...])
            Self.rescaleEdges(&edgeValues[...], n: count, options: options, directed: directed, sampled: pivots?.count)
            edges = edgeValues
        }
        return Betweenness(nodes: Array(values[0..<n]), edges: edges, pivots: pivots)
    }

    /// Whether any channel the view allows is directed.
    public var hasDirectedChannels: Bool {
        switch snapshot.directions {
        case .allTwoWay: return false
        case .allDirected: return (0..<snapshot.edgeCount).contains { allowsEdge($0) }
        case .mixed(let mask): return (0..<snapshot.edgeCount).contains { mask.contains($0) && allowsEdge($0) }
        }
    }

    /// NetworkX's `_rescale` for nodes.
    static func rescaleNodes(_ values: inout ArraySlice<Double>, n: Int, options: BetweennessOptions, directed: Bool, pivots: [Int32]?) {
        let bigN = options.endpoints ? n : n - 1
        guard bigN >= 2 else { return }
        let correction = directed ? 1.0 : 2.0
        guard let pivots, !options.endpoints else {
            let k = Double(pivots?.count ?? bigN)
            let scale = options.normalized ? 1 / (k * Double(bigN - 1)) : Double(bigN) / (k * correction)
            if scale != 1 { for index in values.indices { values[index] *= scale } }
            return
        }
        let k = Double(pivots.count)
        let sourceScale = options.normalized
            ? (k > 1 ? 1 / ((k - 1) * Double(bigN - 1)) : .nan)
            : (k > 1 ? Double(bigN) / ((k - 1) * correction) : .nan)
        let otherScale = options.normalized ? 1 / (k * Double(bigN - 1)) : Double(bigN) / (k * correction)
        let isPivot = Set(pivots)
        for index in values.indices {
            values[index] *= isPivot.contains(Int32(index - values.startIndex)) ? sourceScale : otherScale
        }
    }

    /// NetworkX's `_rescale` for edges, which always count endpoints.
    static func rescaleEdges(_ values: inout ArraySlice<Double>, n: Int, options: BetweennessOptions, directed: Bool, sampled: Int?) {
        guard n >= 2 else { return }
        let k = Double(sampled ?? n)
        let scale = options.normalized ? 1 / (k * Double(n - 1)) : Double(n) / (k * (directed ? 1 : 2))
        if scale != 1 { for index in values.indices { values[index] *= scale } }
    }
}

/// Wraps a value that is only read, so it can cross into `@Sendable` closures.
struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// What every Brandes worker reads: the rows, the filter, the costs and the options.
struct BrandesContext: @unchecked Sendable {
    let rows: Rows
    let mask: MaskFilter
    let unfiltered: Bool
    let costs: EdgeCosts
    let weighted: Bool
    let endpoints: Bool
    /// Where edge credits start in the vector, or `nil` when edges are not credited.
    let edgeOffset: Int?

    @inline(__always)
    func accumulate(source: Int, worker: BrandesWorker, into vector: UnsafeMutableBufferPointer<Double>) {
        if unfiltered {
            worker.run(source: source, context: self, filter: OpenFilter(), into: vector)
        } else {
            worker.run(source: source, context: self, filter: mask, into: vector)
        }
    }

    /// Counting hops, from a batch of sources in one sweep.
    @inline(__always)
    func accumulate(sources: UnsafeBufferPointer<Int32>, worker: BrandesSweepWorker, into vector: UnsafeMutableBufferPointer<Double>) {
        if unfiltered {
            worker.run(sources: sources, rows: rows, filter: OpenFilter(), endpoints: endpoints, into: vector)
        } else {
            worker.run(sources: sources, rows: rows, filter: mask, endpoints: endpoints, into: vector)
        }
    }
}
