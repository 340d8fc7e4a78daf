/// One thread's scratch space for Brandes' algorithm counting hops from many sources in one sweep, and
/// the sweep itself.
///
/// The sources of a batch (up to 64) share one breadth-first search, level by level, as in the
/// multi-source BFS of Then et al. (VLDB 2015): each node carries a 64-bit mask of the sources for which it
/// lies on the current level, so reading a node's channels once serves every source whose frontier holds
/// it. Route counts and dependencies stay per source, in a row of `width` doubles per node, and are
/// touched only for the sources that use a channel as a shortest-route hop. Against one search per source
/// this reads each row of the graph once per level instead of once per source, and keeps the per-source
/// work to the hops of the shortest-route DAGs, on two rows at a time.
///
/// After a batch only the nodes it reached are reset, so sources that reach few nodes cost little.
final class BrandesSweepWorker {
    /// The most sources one sweep carries: the bits of a mask.
    static let maximumWidth = 64
    /// Below this many sources per sweep, one search per source is as fast.
    static let minimumWidth = 4
    /// The route-count rows of one worker stay below this many bytes.
    static let rowBudget = 64 << 20

    /// The number of sources per sweep for a graph of `nodeCount` nodes, or `nil` when the rows would not
    /// fit the budget with enough sources to pay off.
    static func width(nodeCount: Int) -> Int? {
        let width = min(maximumWidth, rowBudget / (MemoryLayout<Double>.stride * max(nodeCount, 1)))
        return width >= minimumWidth ? width : nil
    }

    let width: Int
    /// The sources that have reached each node.
    private let seen: UnsafeMutableBufferPointer<UInt64>
    /// The sources whose current level has a channel into each node; zero outside a level's expansion.
    private let reaching: UnsafeMutableBufferPointer<UInt64>
    /// The sources for which each node lies on the level being linked to; zero otherwise.
    private let onLevel: UnsafeMutableBufferPointer<UInt64>
    /// The nodes whose `reaching` mask the current expansion set.
    private let touched: UnsafeMutableBufferPointer<Int32>
    /// `width` doubles per node: the number of shortest routes from each source, replaced by the
    /// coefficient (1 + δ) / σ once the node's dependency is known.
    private let paths: UnsafeMutableBufferPointer<Double>
    /// Per source: the sum of the coefficients of the node's successors, while a node is accumulated.
    private let sums: UnsafeMutableBufferPointer<Double>
    /// Per source: the nodes it reached, itself included (for endpoint credits).
    private let reachedCounts: UnsafeMutableBufferPointer<Int>
    /// The levels, one after the other: a node and the sources for which it lies on that level.
    private var levelNodes: UnsafeMutableBufferPointer<Int32>
    private var levelMasks: UnsafeMutableBufferPointer<UInt64>
    /// Where each level starts in `levelNodes`, and one past the last.
    private var levelStarts: [Int] = []
    /// Frees the fixed-size buffers with the worker.
    private let owner: ScratchBuffers

    /// - Precondition: `width` is between 1 and ``maximumWidth``.
    init(nodeCount n: Int, width: Int) {
        precondition((1...Self.maximumWidth).contains(width), "sweep width out of range")
        self.width = width
        let count = max(n, 1)
        let buffers = ScratchBuffers()
        seen = buffers.make(count, filledWith: 0)
        reaching = buffers.make(count, filledWith: 0)
        onLevel = buffers.make(count, filledWith: 0)
        touched = buffers.make(count, filledWith: 0)
        paths = buffers.make(count * width, filledWith: 0)
        sums = buffers.make(width, filledWith: 0)
        reachedCounts = buffers.make(width, filledWith: 0)
        owner = buffers
        // Every node once per source is the most the levels can hold; most sweeps need a few per node.
        let initialCapacity = count * min(width, 4)
        levelNodes = .allocate(capacity: initialCapacity)
        levelMasks = .allocate(capacity: initialCapacity)
        levelStarts.reserveCapacity(64)
    }

    /// The levels grow, so they are not among the scratch buffers.
    deinit {
        levelNodes.deallocate()
        levelMasks.deallocate()
    }

    /// Adds the dependencies of every node on each of `sources` (at most ``width``) into `vector`.
    ///
    /// - Complexity: O(*L* × *m* + *d*) for *L* levels and *d* hops on the sources' shortest-route DAGs,
    ///   with *L* × *m* word operations shared by the whole batch.
    func run<Filter: SlotFilter>(sources: UnsafeBufferPointer<Int32>, rows: Rows, filter: Filter, endpoints: Bool,
                                 into vector: UnsafeMutableBufferPointer<Double>) {
        let stored = countRoutes(from: sources, rows: rows, filter: filter)
        accumulateDependencies(rows: rows, filter: filter, endpoints: endpoints, into: vector)
        if endpoints {
            for (bit, source) in sources.enumerated() {
                vector[Int(source)] += Double(reachedCounts[bit] - 1)
                reachedCounts[bit] = 0
            }
        }
        for index in 0..<stored {
            let node = Int(levelNodes[index])
            seen[node] = 0
            let row = node &* width
            var sources = levelMasks[index]
            while sources != 0 {
                paths[row &+ sources.trailingZeroBitCount] = 0
                sources &= sources &- 1
            }
        }
    }

    // MARK: Forward

    /// The level-by-level search from every source at once, counting shortest routes; returns the number
    /// of (node, level) entries stored in the levels.
    private func countRoutes<Filter: SlotFilter>(from sources: UnsafeBufferPointer<Int32>, rows: Rows, filter: Filter) -> Int {
        levelStarts.removeAll(keepingCapacity: true)
        levelStarts.append(0)
        var stored = 0
        for (bit, source) in sources.enumerated() {
            let node = Int(source)
            let mask: UInt64 = 1 << UInt64(bit)
            store(node: node, mask: mask, at: &stored)
            seen[node] |= mask
            paths[node &* width &+ bit] = 1
        }
        levelStarts.append(stored)
        while true {
            let start = levelStarts[levelStarts.count - 2]
            let end = stored
            let touchedCount = expand(levelFrom: start, to: end, rows: rows, filter: filter)
            for index in 0..<touchedCount {
                let node = Int(touched[index])
                let fresh = reaching[node] & ~seen[node]
                reaching[node] = 0
                guard fresh != 0 else { continue }
                seen[node] |= fresh
                onLevel[node] = fresh
                store(node: node, mask: fresh, at: &stored)
            }
            if stored == end { return stored }
            addRoutes(levelFrom: start, to: end, rows: rows, filter: filter)
            for index in end..<stored { onLevel[Int(levelNodes[index])] = 0 }
            levelStarts.append(stored)
        }
    }

    /// Marks in `reaching` the sources whose level entries `start..<end` have a channel into each node;
    /// returns how many nodes it touched, listed in `touched`.
    private func expand<Filter: SlotFilter>(levelFrom start: Int, to end: Int, rows: Rows, filter: Filter) -> Int {
        var touchedCount = 0
        for index in start..<end {
            let v = Int(levelNodes[index])
            let mask = levelMasks[index]
            for slot in rows.range(of: v) {
                let w = Int(rows.neighbours[slot])
                guard filter.allows(edge: Int(rows.edges[slot]), from: v, to: w) else { continue }
                let before = reaching[w]
                if before == 0 {
                    touched[touchedCount] = Int32(truncatingIfNeeded: w)
                    touchedCount &+= 1
                }
                reaching[w] = before | mask
            }
        }
        return touchedCount
    }

    /// Adds each route count of the level entries `start..<end` to their successors on the next level,
    /// whose sources are marked in `onLevel`.
    private func addRoutes<Filter: SlotFilter>(levelFrom start: Int, to end: Int, rows: Rows, filter: Filter) {
        for index in start..<end {
            let v = Int(levelNodes[index])
            let mask = levelMasks[index]
            let rowV = v &* width
            forEachHop(from: v, sources: mask, rows: rows, filter: filter) { rowW, bit in
                paths[rowW &+ bit] += paths[rowV &+ bit]
            }
        }
    }

    /// Calls `body` with the route-count row of each successor of `v` on the next level (marked in
    /// `onLevel`) and each of `sources` for which it is one; parallel channels count once.
    @inline(__always)
    private func forEachHop<Filter: SlotFilter>(
        from v: Int, sources: UInt64, rows: Rows, filter: Filter, _ body: (_ successorRow: Int, _ bit: Int) -> Void
    ) {
        rows.forEachDistinctNeighbour(of: v, filter: filter) { w in
            var hops = sources & onLevel[w]
            let rowW = w &* width
            while hops != 0 {
                body(rowW, hops.trailingZeroBitCount)
                hops &= hops &- 1
            }
        }
    }

    // MARK: Backward

    /// The dependency accumulation, level by level from the farthest back: each entry pulls the
    /// coefficients of its successors on the next level, then replaces its route counts by its own.
    private func accumulateDependencies<Filter: SlotFilter>(
        rows: Rows, filter: Filter, endpoints: Bool, into vector: UnsafeMutableBufferPointer<Double>
    ) {
        let levelCount = levelStarts.count - 1
        for level in stride(from: levelCount - 1, through: 0, by: -1) {
            let hasNext = level + 1 < levelCount
            if hasNext { markLevel(level + 1, marked: true) }
            for index in levelStarts[level]..<levelStarts[level + 1] {
                let v = Int(levelNodes[index])
                let mask = levelMasks[index]
                if hasNext {
                    forEachHop(from: v, sources: mask, rows: rows, filter: filter) { rowW, bit in
                        sums[bit] += paths[rowW &+ bit]
                    }
                }
                let rowV = v &* width
                var credit = 0.0
                var sources = mask
                while sources != 0 {
                    let bit = sources.trailingZeroBitCount
                    let routes = paths[rowV &+ bit]
                    let dependency = routes * sums[bit]
                    sums[bit] = 0
                    paths[rowV &+ bit] = (1 + dependency) / routes
                    credit += endpoints ? dependency + 1 : dependency
                    if endpoints { reachedCounts[bit] &+= 1 }
                    sources &= sources &- 1
                }
                if level > 0 { vector[v] += credit }
            }
            if hasNext { markLevel(level + 1, marked: false) }
        }
    }

    /// Sets (or clears) `onLevel` for the entries of `level`.
    private func markLevel(_ level: Int, marked: Bool) {
        for index in levelStarts[level]..<levelStarts[level + 1] {
            onLevel[Int(levelNodes[index])] = marked ? levelMasks[index] : 0
        }
    }

    // MARK: Storage

    /// Appends an entry to the levels, growing them when full.
    @inline(__always)
    private func store(node: Int, mask: UInt64, at stored: inout Int) {
        if stored == levelNodes.count { grow() }
        levelNodes[stored] = Int32(truncatingIfNeeded: node)
        levelMasks[stored] = mask
        stored &+= 1
    }

    private func grow() {
        let capacity = levelNodes.count * 2
        let nodes = UnsafeMutableBufferPointer<Int32>.allocate(capacity: capacity)
        let masks = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: capacity)
        _ = nodes.initialize(fromContentsOf: levelNodes)
        _ = masks.initialize(fromContentsOf: levelMasks)
        levelNodes.deallocate()
        levelMasks.deallocate()
        levelNodes = nodes
        levelMasks = masks
    }
}
