public import ChannelsModel

/// A snapshot's rows before they are wrapped.
struct CSRRows {
    var outOffsets: [Int32]
    var outTargets: [Int32]
    var outEdges: [Int32]
    var inOffsets: [Int32]
    var inSources: [Int32]
    var inEdges: [Int32]
}

/// Why a snapshot could not be built.
public enum SnapshotError: Error, Equatable, Sendable, CustomStringConvertible {
    case tooManySlots(Int)
    case endpointOutOfRange(edge: Int, node: Int32, nodeCount: Int)
    case attributeCountMismatch(String)
    /// A weight that is not positive and finite, or a confidence outside (0, 1]: searches rely on costs
    /// never being negative.
    case attributeOutOfRange(String, edge: Int, value: Double)

    public var description: String {
        switch self {
        case .tooManySlots(let count):
            "the graph needs \(count) adjacency slots, more than the \(Int32.max) a snapshot can index"
        case .endpointOutOfRange(let edge, let node, let nodeCount):
            "edge \(edge) names node \(node), but the graph has \(nodeCount) nodes"
        case .attributeCountMismatch(let what):
            "the \(what) array does not have one entry per edge"
        case .attributeOutOfRange(let what, let edge, let value):
            "edge \(edge) has \(what) \(value), outside the allowed range"
        }
    }
}

extension GraphSnapshot {
    /// Builds a snapshot from edge arrays: the path edge lists and generators take.
    ///
    /// - Parameters:
    ///   - nodeCount: Nodes are `0..<nodeCount`.
    ///   - sources: The source of each edge.
    ///   - targets: The target of each edge.
    ///   - directions: Which edges are directed; two-way edges are walked both ways.
    /// - Complexity: O(*n* + *m*) time: counting sorts (``buildRows(nodeCount:sources:targets:directions:)``),
    ///   no comparison sort. Peak memory besides the edges: 16 bytes per slot and one bucket's arcs.
    public init(
        nodeCount: Int, sources: [Int32], targets: [Int32], directions: EdgeDirections,
        attributes: EdgeAttributes = EdgeAttributes(), nodeAttributes: NodeAttributes = NodeAttributes()
    ) throws(SnapshotError) {
        guard sources.count == targets.count else { throw .attributeCountMismatch("targets") }
        let m = sources.count
        for (name, count) in [("kinds", attributes.kinds.count), ("citations", attributes.citations.count), ("first-day", attributes.firstDays.count),
                              ("last-day", attributes.lastDays.count), ("weights", attributes.weights.count),
                              ("confidences", attributes.confidences.count)] where count != 0 && count != m {
            throw .attributeCountMismatch(name)
        }
        if let edge = attributes.weights.firstIndex(where: { !($0 > 0 && $0.isFinite) }) {
            throw .attributeOutOfRange("weight", edge: edge, value: attributes.weights[edge])
        }
        if let edge = attributes.confidences.firstIndex(where: { !($0 > 0 && $0 <= 1) }) {
            throw .attributeOutOfRange("confidence", edge: edge, value: attributes.confidences[edge])
        }
        for edge in 0..<m {
            let s = sources[edge], t = targets[edge]
            if s < 0 || Int(s) >= nodeCount { throw .endpointOutOfRange(edge: edge, node: s, nodeCount: nodeCount) }
            if t < 0 || Int(t) >= nodeCount { throw .endpointOutOfRange(edge: edge, node: t, nodeCount: nodeCount) }
        }
        let rows = try Self.buildRows(nodeCount: nodeCount, sources: sources, targets: targets, directions: directions)
        self.init(
            nodeCount: nodeCount, rows: rows, edgeSources: sources, edgeTargets: targets, directions: directions,
            attributes: attributes, nodeAttributes: nodeAttributes)
    }

    /// Wraps rows built elsewhere (a binary snapshot file) without rebuilding them. The caller guarantees
    /// the snapshot's invariants: offsets rise from 0 to the slot count, rows are sorted by neighbour and
    /// edge, ids are in range, and the in-rows mirror the out-rows (`BinarySnapshot` checks all but the
    /// mirroring, which its checksums protect).
    public init(
        nodeCount: Int, outOffsets: [Int32], outTargets: [Int32], outEdges: [Int32],
        inOffsets: [Int32], inSources: [Int32], inEdges: [Int32], edgeSources: [Int32], edgeTargets: [Int32],
        directions: EdgeDirections, attributes: EdgeAttributes = EdgeAttributes()
    ) {
        self.init(
            nodeCount: nodeCount,
            rows: CSRRows(outOffsets: outOffsets, outTargets: outTargets, outEdges: outEdges,
                          inOffsets: inOffsets, inSources: inSources, inEdges: inEdges),
            edgeSources: edgeSources, edgeTargets: edgeTargets, directions: directions,
            attributes: attributes, nodeAttributes: NodeAttributes())
    }

    /// Takes a snapshot of a typed graph: actors become nodes and channels edges, in order.
    ///
    /// - Precondition: every channel's endpoints are actors of the graph, its weight (if any) positive and
    ///   finite, its confidence (if any) in (0, 1], as every reader ensures; a graph built in code that
    ///   breaks them traps here rather than corrupting a search.
    /// - Complexity: O(*n* + *m*).
    public init(_ graph: ChannelGraph) {
        let m = graph.channels.count
        for channel in graph.channels {
            precondition(graph.actors.indices.contains(channel.source) && graph.actors.indices.contains(channel.target),
                         "channel \(channel.id) joins \(channel.source) to \(channel.target), but the graph has \(graph.actors.count) actors")
            precondition(channel.weight.map { $0 > 0 && $0.isFinite } ?? true, "channel \(channel.id) has weight \(channel.weight ?? 0)")
            precondition(channel.confidence.map { $0 > 0 && $0 <= 1 } ?? true, "channel \(channel.id) has confidence \(channel.confidence ?? 0)")
        }
        var sources = [Int32](repeating: 0, count: m)
        var targets = [Int32](repeating: 0, count: m)
        var directedMask = Bitmask(count: m)
        var kinds = [UInt16](repeating: 0, count: m)
        let kindNames = graph.kinds.channelKinds.map(\.id)
        let kindCode = Dictionary(uniqueKeysWithValues: kindNames.enumerated().map { ($1, UInt16($0)) })
        var firstDays = [Int32](repeating: Self.undatedFirstDay, count: m)
        var lastDays = [Int32](repeating: Self.undatedLastDay, count: m)
        var weights = [Double](repeating: 1, count: m)
        var confidences = [Double](repeating: 1, count: m)
        var citations = [UInt16](repeating: 0, count: m)
        var anyDated = false, anyWeight = false, anyConfidence = false, anyCitation = false
        for (edge, channel) in graph.channels.enumerated() {
            sources[edge] = Int32(channel.source)
            targets[edge] = Int32(channel.target)
            if channel.directed { directedMask.insert(edge) }
            kinds[edge] = kindCode[channel.kind.rawValue] ?? Self.noCode
            if channel.isDated {
                anyDated = true
                firstDays[edge] = channel.firstDay?.rawValue ?? Int32.min
                lastDays[edge] = channel.lastDay?.rawValue ?? Int32.max
            }
            if let weight = channel.weight {
                weights[edge] = weight
                anyWeight = true
            }
            if !channel.cites.isEmpty {
                citations[edge] = UInt16(min(channel.cites.count, Int(UInt16.max)))
                anyCitation = true
            }
            if let confidence = channel.confidence {
                confidences[edge] = confidence
                anyConfidence = true
            }
        }
        let directedCount = directedMask.population
        let directions: EdgeDirections = directedCount == 0 ? .allTwoWay : directedCount == m ? .allDirected : .mixed(directedMask)

        let actorKindNames = graph.kinds.actorKinds.map(\.id)
        let actorKindCode = Dictionary(uniqueKeysWithValues: actorKindNames.enumerated().map { ($1, UInt16($0)) })
        var sideNames = graph.sides.map(\.id)
        for actor in graph.actors { if let side = actor.side, !sideNames.contains(side) { sideNames.append(side) } }
        let sideCode = Dictionary(uniqueKeysWithValues: sideNames.enumerated().map { ($1, UInt16($0)) })
        let nodeKinds = graph.actors.map { actorKindCode[$0.kind.rawValue] ?? Self.noCode }
        let nodeSides = graph.actors.map { $0.side.flatMap { sideCode[$0] } ?? Self.noCode }

        let rows: CSRRows
        do {
            rows = try Self.buildRows(nodeCount: graph.actors.count, sources: sources, targets: targets, directions: directions)
        } catch {
            // A typed graph small enough to be held in memory as `Channel` values has fewer than 2³¹ slots.
            preconditionFailure("\(error)")
        }
        self.init(
            nodeCount: graph.actors.count, rows: rows, edgeSources: sources, edgeTargets: targets,
            directions: directions,
            attributes: EdgeAttributes(
                kinds: kinds, kindNames: kindNames,
                firstDays: anyDated ? firstDays : [], lastDays: anyDated ? lastDays : [],
                weights: anyWeight ? weights : [], confidences: anyConfidence ? confidences : [],
                citations: anyCitation ? citations : []),
            nodeAttributes: NodeAttributes(kinds: nodeKinds, kindNames: actorKindNames, sides: nodeSides, sideNames: sideNames))
    }

    /// Builds out- and in-rows sorted by neighbour and then edge (``CSRBuilder``): stable counting sorts
    /// that keep arcs between their levels in the rows' own storage. When no edge is directed, the in-rows
    /// are the out-rows, and the in-rows' storage is the sorts' scratch. Directed edges already sorted by
    /// source and then target (as SNAP files often are) already are the out-rows, and one sort gives the
    /// in-rows.
    ///
    /// - Complexity: O(*n* + *m*) time. Memory: 16 bytes per slot (both directions' rows, or the shared
    ///   rows and their scratch) and the arcs of the largest bucket.
    static func buildRows(nodeCount n: Int, sources: [Int32], targets: [Int32], directions: EdgeDirections) throws(SnapshotError) -> CSRRows {
        switch directions {
        case .allDirected:
            if isSorted(sources, targets) { return buildRowsOfSortedEdges(n, sources, targets) }
            return try buildRows(n, sources, targets, AllDirected(), sharesRows: false)
        case .allTwoWay: return try buildRows(n, sources, targets, AllTwoWay(), sharesRows: true)
        case .mixed(let mask):
            return try mask.words.withUnsafeBufferPointer { words in
                Result { () throws(SnapshotError) in try buildRows(n, sources, targets, Mixed(words: words.baseAddress), sharesRows: false) }
            }.get()
        }
    }

    private static func buildRows<Test: DirectionTest>(
        _ n: Int, _ sources: [Int32], _ targets: [Int32], _ test: Test, sharesRows: Bool
    ) throws(SnapshotError) -> CSRRows {
        var slots = sources.count
        for edge in 0..<sources.count where !test.isDirected(edge) && sources[edge] != targets[edge] { slots += 1 }
        guard slots < Int(Int32.max) else { throw .tooManySlots(slots) }
        let builder = CSRBuilder(nodeCount: n, slotCount: slots)
        var outOffsets = [Int32](repeating: 0, count: n + 1)
        var outTargets: [Int32] = HugePages.array(count: slots) { _ in }
        var outEdges: [Int32] = HugePages.array(count: slots) { _ in }
        // Both directions' rows, or the shared rows and a scratch: the same memory either way.
        var inOffsets = [Int32](repeating: 0, count: sharesRows ? 0 : n + 1)
        var inSources: [Int32] = HugePages.array(count: slots) { _ in }
        var inEdges: [Int32] = HugePages.array(count: slots) { _ in }
        outOffsets.withUnsafeMutableBufferPointer { outOffsets in
            outTargets.withUnsafeMutableBufferPointer { outTargets in
                outEdges.withUnsafeMutableBufferPointer { outEdges in
                    inOffsets.withUnsafeMutableBufferPointer { inOffsets in
                        inSources.withUnsafeMutableBufferPointer { inSources in
                            inEdges.withUnsafeMutableBufferPointer { inEdges in
                                sources.withUnsafeBufferPointer { source in
                                    targets.withUnsafeBufferPointer { target in
                                        let arcs = EdgeArcs(sources: source, targets: target, test: test)
                                        let out = CSRBuilder.Rows(neighbours: outTargets, edges: outEdges)
                                        let into = CSRBuilder.Rows(neighbours: inSources, edges: inEdges)
                                        if sharesRows {
                                            builder.buildSharedRows(arcs, rows: out, offsets: outOffsets, scratch: SplitSlots(into))
                                        } else {
                                            builder.buildRows(arcs, out: out, outOffsets: outOffsets, in: into, inOffsets: inOffsets)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        if sharesRows {
            inSources = []
            inEdges = []
            return CSRRows(outOffsets: outOffsets, outTargets: outTargets, outEdges: outEdges,
                           inOffsets: outOffsets, inSources: outTargets, inEdges: outEdges)
        }
        return CSRRows(outOffsets: outOffsets, outTargets: outTargets, outEdges: outEdges,
                       inOffsets: inOffsets, inSources: inSources, inEdges: inEdges)
    }

    /// Whether edges are in order of source, then target.
    private static func isSorted(_ sources: [Int32], _ targets: [Int32]) -> Bool {
        sources.withUnsafeBufferPointer { source in
            targets.withUnsafeBufferPointer { target in
                for edge in source.indices.dropFirst() {
                    let previous = source[edge - 1], current = source[edge]
                    if current < previous || (current == previous && target[edge] < target[edge - 1]) { return false }
                }
                return true
            }
        }
    }

    /// The rows of directed edges sorted by source, then target: the edges themselves are the out-rows,
    /// and one counting sort of them in edge order gives in-rows sorted by source, then edge.
    private static func buildRowsOfSortedEdges(_ n: Int, _ sources: [Int32], _ targets: [Int32]) -> CSRRows {
        let m = sources.count
        var outOffsets = [Int32](repeating: 0, count: n + 1)
        var next = 0
        for node in 0..<n {
            outOffsets[node] = Int32(truncatingIfNeeded: next)
            while next < m && Int(sources[next]) == node { next += 1 }
        }
        outOffsets[n] = Int32(truncatingIfNeeded: m)
        let outEdges: [Int32] = HugePages.array(count: m) { edges in
            for edge in 0..<m { edges[edge] = Int32(truncatingIfNeeded: edge) }
        }
        var inOffsets = [Int32](repeating: 0, count: n + 1)
        var inSources: [Int32] = HugePages.array(count: m) { _ in }
        var inEdges: [Int32] = HugePages.array(count: m) { _ in }
        inOffsets.withUnsafeMutableBufferPointer { inOffsets in
            inSources.withUnsafeMutableBufferPointer { inSources in
                inEdges.withUnsafeMutableBufferPointer { inEdges in
                    sources.withUnsafeBufferPointer { source in
                        targets.withUnsafeBufferPointer { target in
                            CSRBuilder(nodeCount: n, slotCount: m).sort(
                                EdgeArcs(sources: source, targets: target, test: AllDirected()),
                                into: CSRBuilder.Rows(neighbours: inSources, edges: inEdges), offsets: inOffsets)
                        }
                    }
                }
            }
        }
        return CSRRows(outOffsets: outOffsets, outTargets: targets, outEdges: outEdges,
                       inOffsets: inOffsets, inSources: inSources, inEdges: inEdges)
    }
}
