/// Breadth-first search from one node that stops as soon as it reaches the target: a single-pair query
/// from one end only, for comparison with libraries that answer it that way (``BidirectionalSearch``
/// searches from both ends and is what `channels path` uses).
///
/// - Complexity: O(*n* + *m*) in the worst case, but only the nodes nearer than the target and their
///   channels are visited; set-up is O(1) thanks to the scratch's generation stamps.
struct PairBreadthFirstSearch: Kernel {
    let source: Int
    let target: Int
    let scratch: SearchScratch

    func run<Filter: SlotFilter>(_ graph: Adjacency, filter: Filter) -> Route? {
        if source == target { return Route(nodes: [Int32(source)], edges: [], cost: 0) }
        let generation = scratch.nextGeneration()
        let rows = graph.forward
        let space = scratch.forward
        let (stamp, queue, hops) = (space.stamp, space.queue, space.distance)
        stamp[source] = generation
        hops[source] = 0
        queue[0] = Int32(source)
        var head = 0
        var tail = 1
        while head < tail {
            let u = Int(queue[head])
            head += 1
            for slot in rows.range(of: u) {
                let v = Int(rows.neighbours[slot])
                guard stamp[v] != generation else { continue }
                let edge = Int(rows.edges[slot])
                guard filter.allows(edge: edge, from: u, to: v) else { continue }
                stamp[v] = generation
                space.predecessorEdge[v] = Int32(edge)
                space.predecessorNode[v] = Int32(u)
                hops[v] = hops[u] + 1
                if v == target { return space.route(from: source, to: target) }
                queue[tail] = Int32(v)
                tail += 1
            }
        }
        return nil
    }
}
