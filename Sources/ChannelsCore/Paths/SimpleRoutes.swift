/// Every loopless route between two nodes up to a number of hops, by depth-first search, stopping at a
/// count or a time budget.
///
/// Routes are sequences of actors (parallel channels count once), listed in depth-first order over rows
/// sorted by node id, so the listing is the same on every run.
///
/// - Complexity: exponential in `maximumHops` in the worst case, which is why it is bounded by `limit`
///   and `budget`; O(*n*) extra space.
struct SimpleRoutes: Kernel {
    let source: Int
    let target: Int
    let maximumHops: Int
    let limit: Int
    let budget: Duration

    struct Output {
        var routes: [[Int32]]
        /// The enumeration stopped at `limit` or at the time budget; more routes may exist.
        var truncated: Bool
        var timedOut: Bool
    }

    func run<Filter: SlotFilter>(_ graph: Adjacency, filter: Filter) -> Output {
        let rows = graph.forward
        let n = rows.offsets.count - 1
        var onPath = [Bool](repeating: false, count: n)
        var path: [Int32] = [Int32(source)]
        // Each frame: the node and the next slot of its row to try.
        var stack: [(node: Int, slot: Int)] = [(source, Int(rows.offsets[source]))]
        var routes: [[Int32]] = []
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: budget)
        var steps = 0
        onPath[source] = true
        if source == target { return Output(routes: [path], truncated: false, timedOut: false) }
        while let frame = stack.last {
            steps += 1
            if steps & 0xFFF == 0 && clock.now >= deadline {
                return Output(routes: routes, truncated: true, timedOut: true)
            }
            let u = frame.node
            var slot = frame.slot
            let end = Int(rows.offsets[u + 1])
            var next: Int?
            while slot < end {
                let v = Int(rows.neighbours[slot])
                var allowed = false
                // Try each neighbour once, whatever the number of parallel channels to it.
                while slot < end && Int(rows.neighbours[slot]) == v {
                    if !allowed && filter.allows(edge: Int(rows.edges[slot]), from: u, to: v) { allowed = true }
                    slot += 1
                }
                guard allowed, !onPath[v] else { continue }
                if v == target {
                    guard path.count <= maximumHops else { continue }
                    routes.append(path + [Int32(v)])
                    if routes.count >= limit {
                        return Output(routes: routes, truncated: true, timedOut: false)
                    }
                    continue
                }
                if path.count <= maximumHops - 1 {
                    next = v
                    break
                }
            }
            stack[stack.count - 1].slot = slot
            if let v = next {
                onPath[v] = true
                path.append(Int32(v))
                stack.append((v, Int(rows.offsets[v])))
            } else {
                onPath[u] = false
                path.removeLast()
                stack.removeLast()
            }
        }
        return Output(routes: routes, truncated: false, timedOut: false)
    }
}
