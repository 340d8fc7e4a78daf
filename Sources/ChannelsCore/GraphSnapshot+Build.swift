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

    public var description: String {
        switch self {
        case .tooManySlots(let count):
            "the graph needs \(count) adjacency slots, more than the \(Int32.max) a snapshot can index"
        case .endpointOutOfRange(let edge, let node, let nodeCount):
            "edge \(edge) names node \(node), but the graph has \(nodeCount) nodes"
        case .attributeCountMismatch(let what):
            "the \(what) array does not have one entry per edge"
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
    /// - Complexity: O(*n* + *m*) time: two counting passes, no comparison sort. Peak memory is the final
    ///   rows plus one set of rows for the in-rows before they are sorted.
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

    /// Takes a snapshot of a typed graph: actors become nodes and channels edges, in order.
    ///
    /// - Complexity: O(*n* + *m*).
    public init(_ graph: ChannelGraph) {
        let m = graph.channels.count
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

    /// Builds sorted out- and in-rows in three counting passes:
    /// 1. edges, in id order, into in-rows (so each in-row is in edge order);
    /// 2. in-rows, in node order, into out-rows (so each out-row is sorted by target, then edge);
    /// 3. out-rows, in node order, into in-rows again (so each in-row is sorted by source, then edge).
    /// When no edge is directed, the in-rows are the out-rows and pass 3 is skipped.
    static func buildRows(nodeCount n: Int, sources: [Int32], targets: [Int32], directions: EdgeDirections) throws(SnapshotError) -> CSRRows {
        let m = sources.count
        var twoWayLoops = 0
        var twoWay = 0
        for edge in 0..<m where !isDirected(edge, directions) {
            twoWay += 1
            if sources[edge] == targets[edge] { twoWayLoops += 1 }
        }
        let slots = m + twoWay - twoWayLoops
        guard slots < Int(Int32.max) else { throw .tooManySlots(slots) }

        // Pass 1: in-rows in edge order.
        var degree = [Int32](repeating: 0, count: n + 1)
        for edge in 0..<m {
            degree[Int(targets[edge])] += 1
            if !isDirected(edge, directions), sources[edge] != targets[edge] { degree[Int(sources[edge])] += 1 }
        }
        var inOffsets = prefixSums(degree)
        var neighbours = [Int32](repeating: 0, count: slots)
        var edges = [Int32](repeating: 0, count: slots)
        var cursor = inOffsets
        for edge in 0..<m {
            let s = Int(sources[edge]), t = Int(targets[edge])
            place(&neighbours, &edges, at: &cursor[t], neighbour: Int32(s), edge: Int32(edge))
            if !isDirected(edge, directions), s != t {
                place(&neighbours, &edges, at: &cursor[s], neighbour: Int32(t), edge: Int32(edge))
            }
        }

        // Pass 2: out-rows, sorted by target then edge.
        let outRows = transpose(offsets: inOffsets, neighbours: neighbours, edges: edges, nodeCount: n)
        if directions == .allTwoWay {
            return CSRRows(outOffsets: outRows.offsets, outTargets: outRows.neighbours, outEdges: outRows.edges,
                           inOffsets: outRows.offsets, inSources: outRows.neighbours, inEdges: outRows.edges)
        }
        // Pass 3: in-rows again, now sorted by source then edge, reusing pass 1's storage.
        inOffsets = transpose(offsets: outRows.offsets, neighbours: outRows.neighbours, edges: outRows.edges,
                              nodeCount: n, into: &neighbours, &edges)
        return CSRRows(outOffsets: outRows.offsets, outTargets: outRows.neighbours, outEdges: outRows.edges,
                       inOffsets: inOffsets, inSources: neighbours, inEdges: edges)
    }

    @inline(__always)
    private static func isDirected(_ edge: Int, _ directions: EdgeDirections) -> Bool {
        switch directions {
        case .allDirected: true
        case .allTwoWay: false
        case .mixed(let mask): mask.contains(edge)
        }
    }

    @inline(__always)
    private static func place(_ neighbours: inout [Int32], _ edges: inout [Int32], at cursor: inout Int32, neighbour: Int32, edge: Int32) {
        neighbours[Int(cursor)] = neighbour
        edges[Int(cursor)] = edge
        cursor += 1
    }

    /// Exclusive prefix sums: offsets[i] = sum of counts[0..<i]; the last entry is the total.
    private static func prefixSums(_ counts: [Int32]) -> [Int32] {
        var offsets = [Int32](repeating: 0, count: counts.count)
        var total: Int32 = 0
        for index in 0..<counts.count - 1 {
            offsets[index] = total
            total += counts[index]
        }
        offsets[counts.count - 1] = total
        return offsets
    }

    /// The rows of the transposed adjacency: for each row u and slot (v, e), slot (u, e) in row v.
    /// Rows of the result are sorted by u, and by the source row's order within equal u.
    private static func transpose(
        offsets: [Int32], neighbours: [Int32], edges: [Int32], nodeCount n: Int
    ) -> (offsets: [Int32], neighbours: [Int32], edges: [Int32]) {
        var newNeighbours = [Int32](repeating: 0, count: neighbours.count)
        var newEdges = [Int32](repeating: 0, count: edges.count)
        let newOffsets = transpose(offsets: offsets, neighbours: neighbours, edges: edges, nodeCount: n,
                                   into: &newNeighbours, &newEdges)
        return (newOffsets, newNeighbours, newEdges)
    }

    private static func transpose(
        offsets: [Int32], neighbours: [Int32], edges: [Int32], nodeCount n: Int,
        into newNeighbours: inout [Int32], _ newEdges: inout [Int32]
    ) -> [Int32] {
        var degree = [Int32](repeating: 0, count: n + 1)
        for neighbour in neighbours { degree[Int(neighbour)] += 1 }
        let newOffsets = prefixSums(degree)
        var cursor = newOffsets
        neighbours.withUnsafeBufferPointer { neighbours in
            edges.withUnsafeBufferPointer { edges in
                newNeighbours.withUnsafeMutableBufferPointer { out in
                    newEdges.withUnsafeMutableBufferPointer { outEdges in
                        cursor.withUnsafeMutableBufferPointer { cursor in
                            for u in 0..<n {
                                for slot in Int(offsets[u])..<Int(offsets[u + 1]) {
                                    let v = Int(neighbours[slot])
                                    let position = Int(cursor[v])
                                    out[position] = Int32(u)
                                    outEdges[position] = edges[slot]
                                    cursor[v] += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        return newOffsets
    }
}
