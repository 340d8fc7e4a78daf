/// The fewest-hops route between two nodes, searched from both ends at once.
///
/// Each round expands, one whole level, whichever frontier has fewer slots to scan; the search stops on
/// the first level on which the two sides meet, taking the meeting with the fewest hops. On graphs with a
/// small diameter this touches a tiny part of the graph, and it starts in O(1) because its scratch space
/// is stamped, not cleared.
///
/// When both sides see the same channels (`sidesAgree`: the filters allow a channel from either end alike,
/// which a view's masks do once both end nodes are allowed), the level stops at its first meeting: every
/// meeting on that level then has the same length. A node the other side reached before its last level
/// had all its channels walked by that side, so the node leading to it on this side would have been a
/// meeting a level earlier. The first meeting is also the one the whole level would have chosen.
///
/// - Complexity: O(*n* + *m*) in the worst case; typically about the square root of the nodes a
///   one-sided search would reach.
struct BidirectionalSearch: Kernel {
    let source: Int
    let target: Int
    let scratch: SearchScratch
    /// Whether both sides see the same channels, so that a level may stop at its first meeting.
    var sidesAgree = false

    func run<Filter: SlotFilter>(_ graph: Adjacency, filter: Filter) -> Route? {
        run(graph, forward: filter, backward: filter)
    }

    /// The search with a filter for each side, for filters whose answer depends on the direction of
    /// travel (each is asked about a slot as its side walks it: `from` the node being expanded).
    func run<Forward: SlotFilter, Backward: SlotFilter>(_ graph: Adjacency, forward forwardFilter: Forward, backward backwardFilter: Backward) -> Route? {
        if source == target { return Route(nodes: [Int32(source)], edges: [], cost: 0) }
        let generation = scratch.nextGeneration()
        var forward = Side(rows: graph.forward, space: scratch.forward, start: source, generation: generation)
        var backward = Side(rows: graph.backward, space: scratch.backward, start: target, generation: generation)
        var meeting: Int?
        while meeting == nil && !forward.isExhausted && !backward.isExhausted {
            if forward.frontierWork <= backward.frontierWork {
                meeting = forward.expandLevel(filter: forwardFilter, other: backward, stopsAtFirstMeeting: sidesAgree)
            } else {
                meeting = backward.expandLevel(filter: backwardFilter, other: forward, stopsAtFirstMeeting: sidesAgree)
            }
        }
        guard let meeting else { return nil }
        return route(meeting: meeting, graph: graph)
    }

    /// Joins the two half-routes at the meeting node.
    private func route(meeting: Int, graph: Adjacency) -> Route {
        var route = scratch.forward.route(from: source, to: meeting)
        // The search from the target recorded, for each node, the next one towards the target.
        let backward = scratch.backward
        route.extend(to: target, next: { backward.predecessorNode[$0] }, edge: { backward.predecessorEdge[$0] })
        return route
    }

    /// One side of the search: its rows, stamps, distances and the current frontier in its queue.
    private struct Side {
        let rows: Rows
        let stamp: UnsafeMutableBufferPointer<UInt32>
        let distance: UnsafeMutableBufferPointer<Int32>
        let predecessorEdge: UnsafeMutableBufferPointer<Int32>
        let predecessorNode: UnsafeMutableBufferPointer<Int32>
        let queue: UnsafeMutableBufferPointer<Int32>
        let generation: UInt32
        var frontierStart = 0
        var frontierEnd = 1
        /// Slots the next level would scan.
        var frontierWork: Int

        init(rows: Rows, space: BreadthFirstSpace, start: Int, generation: UInt32) {
            self.rows = rows
            stamp = space.stamp
            distance = space.distance
            predecessorEdge = space.predecessorEdge
            predecessorNode = space.predecessorNode
            queue = space.queue
            self.generation = generation
            stamp[start] = generation
            distance[start] = 0
            queue[0] = Int32(start)
            frontierWork = rows.range(of: start).count
        }

        var isExhausted: Bool { frontierStart == frontierEnd }

        @inline(__always)
        func hasReached(_ node: Int) -> Bool { stamp[node] == generation }

        /// Expands the whole frontier by one level; returns the best meeting node if the sides met. With
        /// `stopsAtFirstMeeting`, returns at the first meeting, leaving the level unfinished.
        mutating func expandLevel<Filter: SlotFilter>(filter: Filter, other: Side, stopsAtFirstMeeting: Bool) -> Int? {
            var tail = frontierEnd
            var bestMeeting: Int?
            var bestLength = Int32.max
            var work = 0
            for position in frontierStart..<frontierEnd {
                let u = Int(queue[position])
                let next = distance[u] + 1
                for slot in rows.range(of: u) {
                    let v = Int(rows.neighbours[slot])
                    if stamp[v] == generation { continue }
                    let edge = Int(rows.edges[slot])
                    guard filter.allows(edge: edge, from: u, to: v) else { continue }
                    stamp[v] = generation
                    distance[v] = next
                    predecessorEdge[v] = Int32(edge)
                    predecessorNode[v] = Int32(u)
                    queue[tail] = Int32(v)
                    tail += 1
                    work += rows.range(of: v).count
                    if other.hasReached(v) {
                        if stopsAtFirstMeeting { return v }
                        let length = next + other.distance[v]
                        if length < bestLength {
                            bestLength = length
                            bestMeeting = v
                        }
                    }
                }
            }
            frontierStart = frontierEnd
            frontierEnd = tail
            frontierWork = work
            return bestMeeting
        }
    }
}
