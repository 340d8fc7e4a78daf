/// A fewest-hops route from any node of one group to any node of another: one breadth-first search
/// from every allowed source at once, stopping at the first target reached.
///
/// Sources the view removes do not start the search; targets it removes are not reached. Ties go to the
/// target reached first, with sources taken in the order given and neighbours in row order.
///
/// - Complexity: O(*n* + *m*) time and O(*n*) space in the worst case; it stops at the nearest target.
struct GroupBreadthFirstSearch: Kernel {
    let sources: [Int32]
    let targets: Bitmask
    let sourcesAllowed: (Int) -> Bool

    func run<Filter: SlotFilter>(_ graph: Adjacency, filter: Filter) -> Route? {
        let n = graph.forward.offsets.count - 1
        let rows = graph.forward
        var predecessorNode = [Int32](repeating: -1, count: n)
        var predecessorEdge = [Int32](repeating: -1, count: n)
        var seen = Bitmask(count: n)
        var queue: [Int32] = []
        queue.reserveCapacity(n)
        for source in sources where sourcesAllowed(Int(source)) && !seen.contains(Int(source)) {
            if targets.contains(Int(source)) { return Route(nodes: [source], edges: [], cost: 0) }
            seen.insert(Int(source))
            queue.append(source)
        }
        var head = 0
        while head < queue.count {
            let u = Int(queue[head])
            head += 1
            for slot in rows.range(of: u) {
                let v = Int(rows.neighbours[slot])
                guard !seen.contains(v) else { continue }
                let edge = Int(rows.edges[slot])
                guard filter.allows(edge: edge, from: u, to: v) else { continue }
                seen.insert(v)
                predecessorNode[v] = Int32(u)
                predecessorEdge[v] = Int32(edge)
                if targets.contains(v) {
                    var start = v
                    while predecessorNode[start] >= 0 { start = Int(predecessorNode[start]) }
                    return Route.traced(from: start, to: v, predecessorNode: { predecessorNode[$0] },
                                        predecessorEdge: { predecessorEdge[$0] })
                }
                queue.append(Int32(v))
            }
        }
        return nil
    }
}
