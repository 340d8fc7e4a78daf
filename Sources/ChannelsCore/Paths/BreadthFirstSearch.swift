/// The result of a breadth-first search from one node: hop distances and a shortest-path tree.
public struct BreadthFirstTree: Sendable {
    public let source: Int
    /// Hops from the source, or -1 where the source cannot reach.
    public let distance: [Int32]
    /// The edge by which each node was first reached, or -1.
    public let predecessorEdge: [Int32]
    /// The node from which each node was first reached, or -1.
    public let predecessorNode: [Int32]
    /// Reached nodes in the order they were reached (by distance, ties in adjacency order).
    public let order: [Int32]

    /// The route from the source to `node` along the tree, or `nil` if unreachable.
    ///
    /// - Complexity: O(length of the route).
    public func route(to node: Int) -> Route? {
        guard distance[node] >= 0 else { return nil }
        return Route.traced(from: source, to: node, predecessorNode: { predecessorNode[$0] }, predecessorEdge: { predecessorEdge[$0] })
    }
}

/// Breadth-first search from one node over a view, in either direction.
///
/// - Complexity: O(*n* + *m*) time and O(*n*) extra space.
public struct BreadthFirstSearch: Kernel {
    public let source: Int
    public let direction: TraversalDirection
    /// Stop expanding at this depth; `Int32.max` for no limit.
    public let maximumDepth: Int32

    public init(source: Int, direction: TraversalDirection = .forward, maximumDepth: Int32 = .max) {
        self.source = source
        self.direction = direction
        self.maximumDepth = maximumDepth
    }

    /// - Precondition: `source` is a node of `graph`.
    public func run<Filter: SlotFilter>(_ graph: Adjacency, filter: Filter) -> BreadthFirstTree {
        let n = graph.forward.offsets.count - 1
        precondition(source >= 0 && source < n, "source \(source) is not a node of this graph (0..<\(n))")
        let rows = graph.rows(direction)
        var distance = [Int32](repeating: -1, count: n)
        var predecessorEdge = [Int32](repeating: -1, count: n)
        var predecessorNode = [Int32](repeating: -1, count: n)
        var queue = [Int32](repeating: 0, count: n)
        var tail = 0
        distance.withUnsafeMutableBufferPointer { distance in
            predecessorEdge.withUnsafeMutableBufferPointer { predecessorEdge in
                predecessorNode.withUnsafeMutableBufferPointer { predecessorNode in
                    queue.withUnsafeMutableBufferPointer { queue in
                        distance[source] = 0
                        queue[0] = Int32(source)
                        tail = 1
                        var head = 0
                        while head < tail {
                            let u = Int(queue[head])
                            head += 1
                            let next = distance[u] + 1
                            if next > maximumDepth { continue }
                            for slot in rows.range(of: u) {
                                let v = Int(rows.neighbours[slot])
                                guard distance[v] < 0 else { continue }
                                let edge = Int(rows.edges[slot])
                                guard filter.allows(edge: edge, from: u, to: v) else { continue }
                                distance[v] = next
                                predecessorEdge[v] = Int32(edge)
                                predecessorNode[v] = Int32(u)
                                queue[tail] = Int32(v)
                                tail += 1
                            }
                        }
                    }
                }
            }
        }
        return BreadthFirstTree(
            source: source, distance: distance, predecessorEdge: predecessorEdge,
            predecessorNode: predecessorNode, order: Array(queue[0..<tail]))
    }
}

extension GraphView {
    /// Breadth-first search from `source`; see ``BreadthFirstSearch``.
    public func breadthFirst(from source: Int, direction: TraversalDirection = .forward, maximumDepth: Int32 = .max) -> BreadthFirstTree {
        run(BreadthFirstSearch(source: source, direction: direction, maximumDepth: maximumDepth))
    }
}

extension GraphView {
    /// The nodes within `hops` of `center` along allowed channels in either direction, `center` first,
    /// then by distance and node id.
    ///
    /// - Complexity: O(*n* + *m*).
    public func neighbourhood(of center: Int, hops: Int) -> [Int32] {
        snapshot.checkNode(center)
        var distance = [Int32](repeating: -1, count: snapshot.nodeCount)
        var order: [Int32] = [Int32(center)]
        distance[center] = 0
        withRows(.forward) { forward in
            withRows(.backward) { backward in
                var head = 0
                while head < order.count {
                    let v = Int(order[head])
                    head += 1
                    guard distance[v] < Int32(hops) else { continue }
                    var found: [Int32] = []
                    for rows in [forward, backward] {
                        for slot in rows.range(of: v) {
                            let w = Int(rows.neighbours[slot])
                            guard distance[w] < 0, allowsEdge(Int(rows.edges[slot])), allowsNode(w) else { continue }
                            distance[w] = distance[v] + 1
                            found.append(Int32(w))
                        }
                    }
                    order += found.sorted()
                }
            }
        }
        return order
    }
}
