/// One thread's scratch space for closeness counting hops from up to 64 sources in one sweep, and the
/// sweep itself.
///
/// The sources share one breadth-first search, as in the multi-source BFS of Then et al. (VLDB 2015):
/// each node carries a 64-bit mask of the sources that have reached it, and a level reads the channels
/// of the nodes some source reached on the level before once for all of those sources, handing on only
/// the bits new to each neighbour. A source's distance to a node is the level its bit arrives on, so per
/// source only the nodes reached on each level are counted. Against one search per source, a node's
/// channels are read once per level at which sources reach it instead of once per source.
///
/// After a sweep only the nodes it reached are reset, so sources that reach few nodes cost little.
struct ClosenessSweepWorker {
    /// The most sources one sweep carries: the bits of a mask.
    static let width = 64

    /// The sources that reached each node on an earlier level.
    private let seen: UnsafeMutableBufferPointer<UInt64>
    /// The sources that reached each node on the level being expanded; zero elsewhere.
    private let frontier: UnsafeMutableBufferPointer<UInt64>
    /// The sources that reach each node on the next level; zero outside an expansion.
    private let next: UnsafeMutableBufferPointer<UInt64>
    /// The nodes of the level being expanded, and of the next one.
    private let current: UnsafeMutableBufferPointer<Int32>
    private let upcoming: UnsafeMutableBufferPointer<Int32>
    /// Every node the sweep reached, to reset afterwards.
    private let visited: UnsafeMutableBufferPointer<Int32>
    /// Per source: the nodes reached on the level just expanded.
    private let levelCounts: UnsafeMutableBufferPointer<Int>
    /// Frees the buffers with the worker.
    private let owner = ScratchBuffers()

    init(nodeCount n: Int) {
        let count = max(n, 1)
        seen = owner.make(count, filledWith: 0)
        frontier = owner.make(count, filledWith: 0)
        next = owner.make(count, filledWith: 0)
        current = owner.make(count, filledWith: 0)
        upcoming = owner.make(count, filledWith: 0)
        visited = owner.make(count, filledWith: 0)
        levelCounts = owner.make(Self.width, filledWith: 0)
    }

    /// For each of `sources` (distinct, at most ``width``): the nodes it reaches over `rows` (itself
    /// included), the sum of their distances and the sum of their reciprocals.
    ///
    /// - Complexity: O(Σ deg(v) × levels(v)) over the nodes reached, where levels(v) ≤ 64 is the number of
    ///   distinct distances at which the sources reach v; O(*n*) scratch space per worker.
    func summaries<Filter: SlotFilter>(of sources: UnsafeBufferPointer<Int32>, rows: Rows, filter: Filter) -> [DistanceSummary] {
        var summaries = [DistanceSummary](repeating: .init(reached: 1, total: 0, harmonic: 0), count: sources.count)
        var (current, upcoming) = (current, upcoming)
        var currentCount = 0, visitedCount = 0
        for (index, source) in sources.enumerated() {
            let node = Int(source)
            current[currentCount] = source
            currentCount += 1
            visited[visitedCount] = source
            visitedCount += 1
            seen[node] = 1 << UInt64(index)
            frontier[node] = 1 << UInt64(index)
        }
        var level = 0
        while currentCount > 0 {
            level += 1
            var upcomingCount = 0
            for index in 0..<currentCount {
                let v = Int(current[index])
                let bits = frontier[v]
                frontier[v] = 0
                for slot in rows.range(of: v) {
                    let w = Int(rows.neighbours[slot])
                    let arriving = bits & ~seen[w]
                    guard arriving != 0, filter.allows(edge: Int(rows.edges[slot]), from: v, to: w) else { continue }
                    if next[w] == 0 {
                        upcoming[upcomingCount] = Int32(truncatingIfNeeded: w)
                        upcomingCount += 1
                    }
                    next[w] |= arriving
                }
            }
            for index in 0..<upcomingCount {
                let w = Int(upcoming[index])
                let arrived = next[w]
                next[w] = 0
                if seen[w] == 0 {
                    visited[visitedCount] = Int32(truncatingIfNeeded: w)
                    visitedCount += 1
                }
                seen[w] |= arrived
                frontier[w] = arrived
                var bits = arrived
                while bits != 0 {
                    levelCounts[bits.trailingZeroBitCount] += 1
                    bits &= bits &- 1
                }
            }
            for source in 0..<sources.count where levelCounts[source] != 0 {
                let count = levelCounts[source]
                summaries[source].reached += count
                summaries[source].total += Double(level * count)
                summaries[source].harmonic += Double(count) / Double(level)
                levelCounts[source] = 0
            }
            swap(&current, &upcoming)
            currentCount = upcomingCount
        }
        for index in 0..<visitedCount { seen[Int(visited[index])] = 0 }
        return summaries
    }
}
