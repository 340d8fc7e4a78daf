import HeapModule

/// The route that reaches a target earliest when every hop happens no earlier than the hop before it.
///
/// A channel dated to one day can be used that day; a channel with an interval (a standing channel) on
/// any day inside it; an undated channel on any day under ``UndatedPolicy/always`` and never under
/// ``UndatedPolicy/ignore``. Waiting is allowed, and contacts take no time, so several hops can happen on
/// the same day.
///
/// - Complexity: O((*n* + *m*) log *n*), by ``TimeRespectingSearch``.
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
        let times = ContactTimes(policy: policy, firstDays: firstDays, lastDays: lastDays, reversed: false)
        let search = TimeRespectingSearch(rows: graph.forward, times: times, origin: source, destination: target)
        guard let tree = search.run(filter: filter, at: start, until: deadline) else { return nil }
        return Route.traced(from: source, to: target, predecessorNode: { tree.previousNode[$0] },
                            predecessorEdge: { tree.previousEdge[$0] }, arrival: { tree.moment[$0] })
    }
}

/// The route that leaves a source latest and still reaches the target by a deadline, every hop happening
/// no earlier than the hop before it: the mirror image of ``EarliestArrival``, the same search run
/// backward from the target on reversed time (each day negated), so that the latest day comes first.
///
/// - Complexity: O((*n* + *m*) log *n*), by ``TimeRespectingSearch``.
struct LatestDeparture: Kernel {
    let source: Int
    let target: Int
    let deadline: Int32
    let policy: UndatedPolicy
    let firstDays: UnsafeBufferPointer<Int32>
    let lastDays: UnsafeBufferPointer<Int32>

    func run<Filter: SlotFilter>(_ graph: Adjacency, filter: Filter) -> Route? {
        let times = ContactTimes(policy: policy, firstDays: firstDays, lastDays: lastDays, reversed: true)
        let search = TimeRespectingSearch(rows: graph.backward, times: times, origin: target, destination: source)
        guard let tree = search.run(filter: filter, at: ContactTimes.reversed(deadline), until: .max) else { return nil }
        // The search from the target recorded, for each node, the next one towards the target.
        var route = Route(nodes: [Int32(source)], edges: [], cost: 0)
        route.extend(to: target, next: { tree.previousNode[$0] }, edge: { tree.previousEdge[$0] }, day: { ContactTimes.reversed(tree.moment[$0]) })
        return route
    }
}

/// When each channel can be used, on a time axis that runs forward (days) or, reversed, backward (days
/// negated, so that later days come first).
struct ContactTimes {
    let policy: UndatedPolicy
    let firstDays: UnsafeBufferPointer<Int32>
    let lastDays: UnsafeBufferPointer<Int32>
    let reversed: Bool

    /// The first moment on or after `moment`, on this axis, at which `edge` can be used, if any.
    @inline(__always)
    func next(over edge: Int, notBefore moment: Int32) -> Int32? {
        guard !firstDays.isEmpty else { return policy == .always ? moment : nil }
        var first = firstDays[edge], last = lastDays[edge]
        if first > last { return policy == .always ? moment : nil }
        if reversed { (first, last) = (Self.reversed(last), Self.reversed(first)) }
        if last < moment { return nil }
        return max(moment, first)
    }

    /// A day on the reversed axis, or a moment on it as a day: negated, with the open start `Int32.min`
    /// as the open end `Int32.max` (the one value that does not come back exactly: `Int32.min + 1`).
    @inline(__always)
    static func reversed(_ day: Int32) -> Int32 { day == .min ? .max : -day }
}

/// Label-setting on (moment, hops) from one node, like Dijkstra: moments only grow along a route, so the
/// first time the destination is settled is the earliest on the search's time axis. Both time-respecting
/// kernels run it, on opposite axes.
///
/// - Complexity: O((*n* + *m*) log *n*).
struct TimeRespectingSearch {
    let rows: Rows
    let times: ContactTimes
    let origin: Int
    let destination: Int

    /// Each reached node's moment, and the channel and node it was reached from.
    struct Tree {
        var moment: [Int32]
        var previousEdge: [Int32]
        var previousNode: [Int32]
    }

    /// The search tree, once the destination is settled; nil if it cannot be reached by `bound`.
    func run<Filter: SlotFilter>(filter: Filter, at start: Int32, until bound: Int32) -> Tree? {
        let n = rows.offsets.count - 1
        var tree = Tree(moment: [Int32](repeating: .max, count: n), previousEdge: [Int32](repeating: -1, count: n),
                        previousNode: [Int32](repeating: -1, count: n))
        var hops = [Int32](repeating: .max, count: n)
        var settled = [Bool](repeating: false, count: n)
        var heap = Heap<Label>()
        tree.moment[origin] = start
        hops[origin] = 0
        heap.insert(Label(moment: start, hops: 0, node: Int32(origin)))
        while let label = heap.popMin() {
            let u = Int(label.node)
            if settled[u] || label.moment != tree.moment[u] || label.hops != hops[u] { continue }
            settled[u] = true
            if u == destination { return tree }
            for slot in rows.range(of: u) {
                let v = Int(rows.neighbours[slot])
                if settled[v] { continue }
                let edge = Int(rows.edges[slot])
                guard filter.allows(edge: edge, from: u, to: v),
                      let moment = times.next(over: edge, notBefore: label.moment), moment <= bound else { continue }
                let candidateHops = label.hops + 1
                if moment < tree.moment[v] || (moment == tree.moment[v] && candidateHops < hops[v]) {
                    tree.moment[v] = moment
                    hops[v] = candidateHops
                    tree.previousEdge[v] = Int32(edge)
                    tree.previousNode[v] = Int32(u)
                    heap.insert(Label(moment: moment, hops: candidateHops, node: Int32(v)))
                }
            }
        }
        return nil
    }

    /// Ordered by moment, then hops, then node id, so ties break the same way on every run.
    struct Label: Comparable {
        var moment: Int32
        var hops: Int32
        var node: Int32

        static func < (lhs: Self, rhs: Self) -> Bool {
            (lhs.moment, lhs.hops, lhs.node) < (rhs.moment, rhs.hops, rhs.node)
        }
    }
}
