/// The articulation points and bridges of a view, taken as undirected.
public struct CutStructure: Sendable {
    /// Nodes whose removal disconnects their component, sorted.
    public let articulationPoints: [Int32]
    /// Channels whose removal disconnects their endpoints, sorted by edge id. Parallel channels are
    /// never bridges.
    public let bridges: [Int32]
}

extension GraphView {
    /// Articulation points and bridges (Hopcroft–Tarjan), with every channel taken as undirected, by an
    /// iterative depth-first search: no recursion, so any depth is safe.
    ///
    /// The search leaves a node's parent only through the edge it came by, so a parallel channel counts as
    /// a second route and is not a bridge.
    ///
    /// - Complexity: O(*n* + *m*).
    public func cutStructure() -> CutStructure {
        let n = snapshot.nodeCount
        var discovery = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var isArticulation = [Bool](repeating: false, count: n)
        var bridges: [Int32] = []
        var time: Int32 = 0
        withRows(.forward) { forward in
            withRows(.backward) { backward in
                // A frame walks the out-row, then the in-row (directed edges only, to see each edge once).
                var frames: [(node: Int, parentEdge: Int, slot: Int, inBackward: Bool, children: Int)] = []
                for root in 0..<n where allowsNode(root) && discovery[root] < 0 {
                    discovery[root] = time
                    low[root] = time
                    time += 1
                    frames.append((root, -1, Int(forward.offsets[root]), false, 0))
                    while !frames.isEmpty {
                        let top = frames.count - 1
                        let v = frames[top].node
                        var next: (node: Int, edge: Int)?
                        while next == nil {
                            let rows = frames[top].inBackward ? backward : forward
                            let end = Int(rows.offsets[v + 1])
                            if frames[top].slot >= end {
                                if frames[top].inBackward || !snapshot.isDirected { break }
                                frames[top].inBackward = true
                                frames[top].slot = Int(backward.offsets[v])
                                continue
                            }
                            let slot = frames[top].slot
                            frames[top].slot += 1
                            let w = Int(rows.neighbours[slot]), edge = Int(rows.edges[slot])
                            if frames[top].inBackward && !snapshot.isEdgeDirected(edge) { continue }
                            guard allowsEdge(edge), allowsNode(w), w != v, edge != frames[top].parentEdge else { continue }
                            if discovery[w] < 0 {
                                next = (w, edge)
                            } else {
                                low[v] = min(low[v], discovery[w])
                            }
                        }
                        if let (w, edge) = next {
                            frames[top].children += 1
                            discovery[w] = time
                            low[w] = time
                            time += 1
                            frames.append((w, edge, Int(forward.offsets[w]), false, 0))
                            continue
                        }
                        let finished = frames.removeLast()
                        guard let parent = frames.last else {
                            if finished.children > 1 { isArticulation[finished.node] = true }
                            continue
                        }
                        let u = parent.node
                        low[u] = min(low[u], low[v])
                        if low[v] > discovery[u] { bridges.append(Int32(finished.parentEdge)) }
                        if parent.parentEdge >= 0 && low[v] >= discovery[u] { isArticulation[u] = true }
                    }
                }
            }
        }
        return CutStructure(
            articulationPoints: (0..<n).filter { isArticulation[$0] }.map(Int32.init),
            bridges: bridges.sorted())
    }
}
