import Synchronization

/// Hop distances from one node and a breadth-first tree: what ``DirectionOptimizingBFS`` finds.
public struct BreadthFirstLevels: Sendable {
    public let source: Int
    /// Hops from the source, or -1 where the source cannot reach.
    public let distance: [Int32]
    /// A node one hop nearer the source from which each reached node can be reached (the source's is
    /// itself), or -1. Which one, among several, depends on the steps the search took.
    public let parent: [Int32]
    /// How many levels were expanded top-down (from the frontier's rows) and bottom-up (from the
    /// unreached nodes' reverse rows).
    public let topDownSteps: Int
    public let bottomUpSteps: Int
}

/// Direction-optimising breadth-first search (Beamer, Asanović and Patterson, SC 2012): levels are
/// expanded top-down, scanning the frontier's rows, while the frontier is small, and bottom-up, each
/// unreached node scanning its reverse rows until one neighbour is on the frontier, while the frontier
/// is large; on graphs of small diameter most channels are then never looked at. The distances are
/// exactly those of ``BreadthFirstSearch``; parents are valid but may differ.
///
/// The switch follows GAP's rule: go bottom-up when the rows of the nodes found last exceed 1/`alpha`
/// of the rows not yet examined; come back top-down when the frontier shrinks and holds fewer than
/// 1/`beta` of the nodes.
///
/// On several threads, bottom-up steps split the nodes into blocks of whole bitmap words, and
/// top-down steps split the frontier, claiming each newly found node by compare-and-swap on its distance
/// and appending it to the next frontier in runs reserved at once. Distances do not depend on the
/// thread count; a parent found top-down depends on which thread claimed its child first.
///
/// - Complexity: O(*n* + *m*) time in the worst case, divided over the threads; O(*n*) extra space.
public struct DirectionOptimizingBFS: Kernel {
    public let source: Int
    public let direction: TraversalDirection
    public let alpha: Int
    public let beta: Int
    public let threads: Int

    public init(source: Int, direction: TraversalDirection = .forward, alpha: Int = 15, beta: Int = 18, threads: Int = 1) {
        self.source = source
        self.direction = direction
        self.alpha = max(1, alpha)
        self.beta = max(1, beta)
        self.threads = max(1, threads)
    }

    /// - Precondition: `source` is a node of `graph`.
    public func run<Filter: SlotFilter>(_ graph: Adjacency, filter: Filter) -> BreadthFirstLevels {
        let n = graph.forward.offsets.count - 1
        precondition(source >= 0 && source < n, "source \(source) is not a node of this graph (0..<\(n))")
        let rows = graph.rows(direction)
        let reverse = graph.rows(direction == .forward ? .backward : .forward)
        var distance = [Int32](repeating: -1, count: n)
        var parent = [Int32](repeating: -1, count: n)
        var queue = [Int32](repeating: 0, count: n)
        var front = [UInt64](repeating: 0, count: (n + 63) / 64)
        var next = front
        var topDownSteps = 0, bottomUpSteps = 0
        distance.withUnsafeMutableBufferPointer { distance in
            parent.withUnsafeMutableBufferPointer { parent in
                queue.withUnsafeMutableBufferPointer { queue in
                    front.withUnsafeMutableBufferPointer { front in
                        next.withUnsafeMutableBufferPointer { next in
                            var state = Search(rows: rows, reverse: reverse, distance: distance, parent: parent, queue: queue,
                                               front: front, next: next, filter: filter, threads: threads)
                            state.run(from: source, alpha: alpha, beta: beta)
                            topDownSteps = state.topDownSteps
                            bottomUpSteps = state.bottomUpSteps
                        }
                    }
                }
            }
        }
        return BreadthFirstLevels(source: source, distance: distance, parent: parent,
                                  topDownSteps: topDownSteps, bottomUpSteps: bottomUpSteps)
    }

    /// The search's buffers and counters, so the two kinds of step can be written as methods.
    private struct Search<Filter: SlotFilter> {
        let rows: Rows
        let reverse: Rows
        let distance: UnsafeMutableBufferPointer<Int32>
        let parent: UnsafeMutableBufferPointer<Int32>
        let queue: UnsafeMutableBufferPointer<Int32>
        var front: UnsafeMutableBufferPointer<UInt64>
        var next: UnsafeMutableBufferPointer<UInt64>
        let filter: Filter
        let threads: Int
        var head = 0
        var tail = 0
        var level: Int32 = 0
        var topDownSteps = 0
        var bottomUpSteps = 0

        /// Frontier entries per block of a parallel top-down step, and the fewest worth splitting.
        static var queueBlock: Int { 512 }
        /// Nodes per block of a bottom-up step: whole words of the bitmaps.
        static var nodeBlock: Int { 64 * 64 }

        init(rows: Rows, reverse: Rows, distance: UnsafeMutableBufferPointer<Int32>, parent: UnsafeMutableBufferPointer<Int32>,
             queue: UnsafeMutableBufferPointer<Int32>, front: UnsafeMutableBufferPointer<UInt64>,
             next: UnsafeMutableBufferPointer<UInt64>, filter: Filter, threads: Int) {
            self.threads = threads
            self.rows = rows
            self.reverse = reverse
            self.distance = distance
            self.parent = parent
            self.queue = queue
            self.front = front
            self.next = next
            self.filter = filter
        }

        mutating func run(from source: Int, alpha: Int, beta: Int) {
            let n = distance.count
            distance[source] = 0
            parent[source] = Int32(source)
            queue[0] = Int32(source)
            tail = 1
            var unexamined = Int(rows.offsets[n])
            var scout = rows.range(of: source).count
            while head < tail {
                if scout > unexamined / alpha {
                    queueToBitmap()
                    var awake = tail - head, previous = 0
                    repeat {
                        previous = awake
                        awake = bottomUpStep()
                        swap(&front, &next)
                    } while awake > 0 && (awake >= previous || awake > n / beta)
                    bitmapToQueue()
                    scout = 1
                } else {
                    unexamined -= scout
                    scout = topDownStep()
                }
            }
        }

        /// Expands the queue's level from its rows; returns the rows of the nodes it found.
        mutating func topDownStep() -> Int {
            if threads > 1 && tail - head >= 2 * Self.queueBlock { return parallelTopDownStep() }
            topDownSteps += 1
            let end = tail, reached = level + 1
            var scout = 0
            for index in head..<end {
                let u = Int(queue[index])
                for slot in rows.range(of: u) {
                    let v = Int(rows.neighbours[slot])
                    guard distance[v] < 0,
                          filter.allows(edge: Filter.readsEdges ? Int(rows.edges[slot]) : 0, from: u, to: v) else { continue }
                    distance[v] = reached
                    parent[v] = Int32(u)
                    queue[tail] = Int32(v)
                    tail += 1
                    scout += rows.range(of: v).count
                }
            }
            head = end
            level = reached
            return scout
        }

        /// The top-down step on several threads: blocks of the frontier claim the nodes they find by
        /// compare-and-swap on their distance (seen as atomics for the step), gather them in a small
        /// buffer, and append each full buffer to the queue at once behind an atomic tail.
        mutating func parallelTopDownStep() -> Int {
            topDownSteps += 1
            let start = head, end = tail, reached = level + 1
            let (rows, filter, parent, queue, threads) = (self.rows, self.filter, self.parent, self.queue, self.threads)
            let sharedTail = Atomic<Int>(end)
            let scout = AtomicArray<Int32>.rebinding(distance) { claims in
                ParallelBlocks(count: end - start, blockSize: Self.queueBlock).sum(threads: threads) { (indices: Range<Int>) -> Int in
                    withUnsafeTemporaryAllocation(of: Int32.self, capacity: 256) { found in
                        var count = 0, scout = 0
                        func flush() {
                            let at = sharedTail.add(count, ordering: .relaxed).oldValue
                            for index in 0..<count { queue[at + index] = found[index] }
                            count = 0
                        }
                        for index in indices {
                            let u = Int(queue[start + index])
                            for slot in rows.range(of: u) {
                                let v = Int(rows.neighbours[slot])
                                guard claims[v] < 0,
                                      filter.allows(edge: Filter.readsEdges ? Int(rows.edges[slot]) : 0, from: u, to: v),
                                      claims.compareExchange(v, expected: -1, desired: reached).exchanged
                                else { continue }
                                parent[v] = Int32(u)
                                found[count] = Int32(v)
                                count += 1
                                if count == found.count { flush() }
                                scout += rows.range(of: v).count
                            }
                        }
                        flush()
                        return scout
                    }
                }
            }
            head = end
            tail = sharedTail.load(ordering: .relaxed)
            level = reached
            return scout
        }

        /// Finds the next level from the unreached nodes' reverse rows, into `next`; returns its size.
        /// Blocks of whole bitmap words run on the search's threads, each writing only its own nodes.
        mutating func bottomUpStep() -> Int {
            bottomUpSteps += 1
            let reached = level + 1
            let (reverse, filter, distance, parent, front, next) = (self.reverse, self.filter, self.distance, self.parent, self.front, self.next)
            let awake = ParallelBlocks(count: distance.count, blockSize: Self.nodeBlock).sum(threads: threads) { (nodes: Range<Int>) -> Int in
                var awake = 0
                for word in (nodes.lowerBound >> 6)..<((nodes.upperBound + 63) >> 6) { next[word] = 0 }
                for v in nodes where distance[v] < 0 {
                    for slot in reverse.range(of: v) {
                        let u = Int(reverse.neighbours[slot])
                        guard front[u >> 6] & (1 << UInt64(u & 63)) != 0,
                              filter.allows(edge: Filter.readsEdges ? Int(reverse.edges[slot]) : 0, from: u, to: v) else { continue }
                        distance[v] = reached
                        parent[v] = Int32(u)
                        next[v >> 6] |= 1 << UInt64(v & 63)
                        awake += 1
                        break
                    }
                }
                return awake
            }
            level = reached
            return awake
        }

        /// The queue's level as the `front` bitmap.
        mutating func queueToBitmap() {
            for word in front.indices { front[word] = 0 }
            for index in head..<tail {
                let u = Int(queue[index])
                front[u >> 6] |= 1 << UInt64(u & 63)
            }
        }

        /// The `front` bitmap as the queue's level, in node order.
        mutating func bitmapToQueue() {
            head = 0
            tail = 0
            for word in front.indices {
                var bits = front[word]
                while bits != 0 {
                    queue[tail] = Int32(word << 6 + bits.trailingZeroBitCount)
                    tail += 1
                    bits &= bits - 1
                }
            }
        }
    }
}

extension GraphView {
    /// Hop distances from `source` by direction-optimising breadth-first search; see
    /// ``DirectionOptimizingBFS``.
    public func hopDistances(from source: Int, direction: TraversalDirection = .forward, threads: Int = 1) -> BreadthFirstLevels {
        run(DirectionOptimizingBFS(source: source, direction: direction, threads: threads))
    }
}
