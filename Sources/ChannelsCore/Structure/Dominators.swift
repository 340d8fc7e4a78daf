extension GraphView {
    /// The immediate dominator of every node reachable from `source`: the last node that every route
    /// from `source` to it must pass through. `source` dominates itself; unreachable nodes get -1.
    ///
    /// Cooper, Harvey and Kennedy's iterative algorithm over reverse post-order, as NetworkX uses.
    ///
    /// - Complexity: O(*n* + *m*) per pass; a few passes in practice, O(*n* × *m*) at worst.
    public func immediateDominators(from source: Int) -> [Int32] {
        snapshot.checkNode(source, "source")
        let n = snapshot.nodeCount
        var postorder = [Int32](repeating: -1, count: n)
        var order: [Int32] = []
        withRows(.forward) { rows in
            var visited = [Bool](repeating: false, count: n)
            var frames: [(node: Int, slot: Int)] = [(source, Int(rows.offsets[source]))]
            visited[source] = true
            while let frame = frames.last {
                let v = frame.node
                var slot = frame.slot
                let end = Int(rows.offsets[v + 1])
                var descended = false
                while slot < end {
                    let w = Int(rows.neighbours[slot]), edge = Int(rows.edges[slot])
                    slot += 1
                    guard !visited[w], allowsEdge(edge), allowsNode(w) else { continue }
                    frames[frames.count - 1].slot = slot
                    visited[w] = true
                    frames.append((w, Int(rows.offsets[w])))
                    descended = true
                    break
                }
                if descended { continue }
                frames.removeLast()
                postorder[v] = Int32(order.count)
                order.append(Int32(v))
            }
        }
        var dominator = [Int32](repeating: -1, count: n)
        dominator[source] = Int32(source)
        func intersect(_ a: Int32, _ b: Int32) -> Int32 {
            var (x, y) = (a, b)
            while x != y {
                while postorder[Int(x)] < postorder[Int(y)] { x = dominator[Int(x)] }
                while postorder[Int(y)] < postorder[Int(x)] { y = dominator[Int(y)] }
            }
            return x
        }
        withRows(.backward) { rows in
            var changed = true
            while changed {
                changed = false
                for node in order.reversed() where Int(node) != source {
                    let v = Int(node)
                    var candidate: Int32 = -1
                    for slot in rows.range(of: v) {
                        let u = rows.neighbours[slot]
                        guard dominator[Int(u)] >= 0, allowsEdge(Int(rows.edges[slot])) else { continue }
                        candidate = candidate < 0 ? u : intersect(u, candidate)
                    }
                    if candidate != dominator[v] {
                        dominator[v] = candidate
                        changed = true
                    }
                }
            }
        }
        return dominator
    }

    /// The nodes every route from `source` to `target` must pass through, in route order, excluding both
    /// ends; `nil` if `target` is unreachable.
    public func dominators(of target: Int, from source: Int) -> [Int32]? {
        snapshot.checkNodes(source, target)
        let idom = immediateDominators(from: source)
        guard idom[target] >= 0 else { return nil }
        var chain: [Int32] = []
        var node = idom[target]
        while Int(node) != source {
            chain.append(node)
            node = idom[Int(node)]
        }
        return chain.reversed()
    }
}
