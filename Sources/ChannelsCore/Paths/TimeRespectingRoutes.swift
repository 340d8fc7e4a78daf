import HeapModule

/// The route that reaches a target earliest when every hop happens no earlier than the hop before it.
///
/// A channel dated to one day can be used that day; a channel with an interval (a standing channel) on
/// any day inside it; an undated channel on any day under ``UndatedPolicy/always`` and never under
/// ``UndatedPolicy/ignore``. Waiting is allowed, and contacts take no time, so several hops can happen on
/// the same day. Label-setting on (arrival day, hops), like Dijkstra: arrival days only grow along a
/// route, so the first time the target is settled is the earliest.
///
/// - Complexity: O((*n* + *m*) log *n*).
struct EarliestArrival: Kernel {
    let source: Int
    let target: Int
    /// The day the first hop may happen.
    let start: Int32
    /// No hop may happen after this day.
    let deadline: Int32
    let policy: UndatedPolicy
    let firstDays: UnsafeBufferPointer<Int32>
    let lastDays: UnsafeBufferPointer<Int32>

    func run<Filter: SlotFilter>(_ graph: Adjacency, filter: Filter) -> Route? {
        let n = graph.forward.offsets.count - 1
        let rows = graph.forward
        var arrival = [Int32](repeating: .max, count: n)
        var hops = [Int32](repeating: .max, count: n)
        var predecessorEdge = [Int32](repeating: -1, count: n)
        var predecessorNode = [Int32](repeating: -1, count: n)
        var settled = [Bool](repeating: false, count: n)
        var heap = Heap<Label>()
        arrival[source] = start
        hops[source] = 0
        heap.insert(Label(day: start, hops: 0, node: Int32(source)))
        while let label = heap.popMin() {
            let u = Int(label.node)
            if settled[u] || label.day != arrival[u] || label.hops != hops[u] { continue }
            settled[u] = true
            if u == target { break }
            for slot in rows.range(of: u) {
                let v = Int(rows.neighbours[slot])
                if settled[v] { continue }
                let edge = Int(rows.edges[slot])
                guard filter.allows(edge: edge, from: u, to: v),
                      let day = departure(over: edge, notBefore: label.day), day <= deadline else { continue }
                let candidateHops = label.hops + 1
                if day < arrival[v] || (day == arrival[v] && candidateHops < hops[v]) {
                    arrival[v] = day
                    hops[v] = candidateHops
                    predecessorEdge[v] = Int32(edge)
                    predecessorNode[v] = Int32(u)
                    heap.insert(Label(day: day, hops: candidateHops, node: Int32(v)))
                }
            }
        }
        guard settled[target] else { return nil }
        return Route.traced(from: source, to: target, predecessorNode: { predecessorNode[$0] },
                            predecessorEdge: { predecessorEdge[$0] }, arrival: { arrival[$0] })
    }

    /// The earliest day on or after `day` that `edge` can be used, if any.
    @inline(__always)
    private func departure(over edge: Int, notBefore day: Int32) -> Int32? {
        guard !firstDays.isEmpty else { return policy == .always ? day : nil }
        let first = firstDays[edge], last = lastDays[edge]
        if first > last { return policy == .always ? day : nil }
        if last < day { return nil }
        return max(day, first)
    }

    struct Label: Comparable {
        var day: Int32
        var hops: Int32
        var node: Int32

        static func < (lhs: Self, rhs: Self) -> Bool {
            (lhs.day, lhs.hops, lhs.node) < (rhs.day, rhs.hops, rhs.node)
        }
    }
}

/// The route that leaves a source latest and still reaches the target by a deadline, every hop happening
/// no earlier than the hop before it. The mirror image of ``EarliestArrival``, searched backward from the
/// target on (latest day, fewest hops).
///
/// - Complexity: O((*n* + *m*) log *n*).
struct LatestDeparture: Kernel {
    let source: Int
    let target: Int
    let deadline: Int32
    let policy: UndatedPolicy
    let firstDays: UnsafeBufferPointer<Int32>
    let lastDays: UnsafeBufferPointer<Int32>

    func run<Filter: SlotFilter>(_ graph: Adjacency, filter: Filter) -> Route? {
        let n = graph.backward.offsets.count - 1
        let rows = graph.backward
        var latest = [Int32](repeating: .min, count: n)
        var hops = [Int32](repeating: .max, count: n)
        var successorEdge = [Int32](repeating: -1, count: n)
        var successorNode = [Int32](repeating: -1, count: n)
        var settled = [Bool](repeating: false, count: n)
        var heap = Heap<Label>()
        latest[target] = deadline
        hops[target] = 0
        heap.insert(Label(day: deadline, hops: 0, node: Int32(target)))
        while let label = heap.popMin() {
            let v = Int(label.node)
            if settled[v] || label.day != latest[v] || label.hops != hops[v] { continue }
            settled[v] = true
            if v == source { break }
            for slot in rows.range(of: v) {
                let u = Int(rows.neighbours[slot])
                if settled[u] { continue }
                let edge = Int(rows.edges[slot])
                guard filter.allows(edge: edge, from: v, to: u), let day = use(edge, notAfter: label.day) else { continue }
                let candidateHops = label.hops + 1
                if day > latest[u] || (day == latest[u] && candidateHops < hops[u]) {
                    latest[u] = day
                    hops[u] = candidateHops
                    successorEdge[u] = Int32(edge)
                    successorNode[u] = Int32(v)
                    heap.insert(Label(day: day, hops: candidateHops, node: Int32(u)))
                }
            }
        }
        guard settled[source] else { return nil }
        var route = Route(nodes: [Int32(source)], edges: [], cost: 0)
        route.extend(to: target, next: { successorNode[$0] }, edge: { successorEdge[$0] }, day: { latest[$0] })
        return route
    }

    /// The latest day on or before `day` that `edge` can be used, if any.
    @inline(__always)
    private func use(_ edge: Int, notAfter day: Int32) -> Int32? {
        guard !firstDays.isEmpty else { return policy == .always ? day : nil }
        let first = firstDays[edge], last = lastDays[edge]
        if first > last { return policy == .always ? day : nil }
        if first > day { return nil }
        return min(day, last)
    }

    /// Ordered so that the latest day comes first, then the fewest hops.
    struct Label: Comparable {
        var day: Int32
        var hops: Int32
        var node: Int32

        static func < (lhs: Self, rhs: Self) -> Bool {
            (-Int64(lhs.day), lhs.hops, lhs.node) < (-Int64(rhs.day), rhs.hops, rhs.node)
        }
    }
}
