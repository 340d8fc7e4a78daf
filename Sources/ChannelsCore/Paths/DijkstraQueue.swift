/// Dijkstra's queue as a 4-ary min-heap that holds each node at most once and lowers a node's entry in
/// place when a cheaper route to it turns up (decrease-key).
///
/// swift-collections' `Heap` has no decrease-key, so a search on it keeps one entry per improvement and
/// skips stale ones; on large graphs that heap grows to the number of improvements, while this one never
/// exceeds the nodes waiting. The four children of a slot share a cache line or two, which makes the
/// tree half as deep as a binary heap for the same comparisons.
struct DijkstraQueue {
    private let entries: UnsafeMutableBufferPointer<DijkstraEntry>
    /// Each queued node's slot in `entries`; meaningless for nodes not queued.
    private let position: UnsafeMutableBufferPointer<Int32>
    private(set) var count = 0

    /// Room for a queue of every node at once: its entries, and each queued node's place among them.
    struct Storage {
        let entries: UnsafeMutableBufferPointer<DijkstraEntry>
        let position: UnsafeMutableBufferPointer<Int32>
    }

    /// An empty queue in `storage`.
    init(_ storage: Storage) {
        entries = storage.entries
        position = storage.position
    }

    var isEmpty: Bool { count == 0 }

    /// Queues a node that is not queued yet.
    ///
    /// - Complexity: O(log *n*).
    @inline(__always)
    mutating func insert(_ entry: DijkstraEntry) {
        assert(count < entries.count, "a node queued twice")
        count &+= 1
        siftUp(entry, from: count &- 1)
    }

    /// Lowers the entry of a queued node to `entry`, which must not be larger.
    ///
    /// - Complexity: O(log *n*).
    @inline(__always)
    mutating func decrease(_ entry: DijkstraEntry) {
        siftUp(entry, from: Int(position[Int(entry.node)]))
    }

    /// Removes and returns the smallest entry.
    ///
    /// - Complexity: O(log *n*).
    mutating func popMin() -> DijkstraEntry? {
        guard count > 0 else { return nil }
        let minimum = entries[0]
        count &-= 1
        if count > 0 { siftDown(entries[count], from: 0) }
        return minimum
    }

    /// Places `entry` at `index` or above, moving larger parents down.
    @inline(__always)
    private func siftUp(_ entry: DijkstraEntry, from index: Int) {
        var index = index
        while index > 0 {
            let parent = (index &- 1) >> 2
            let above = entries[parent]
            guard entry < above else { break }
            place(above, at: index)
            index = parent
        }
        place(entry, at: index)
    }

    /// Places `entry` at `index` or below, moving smaller children up.
    private func siftDown(_ entry: DijkstraEntry, from index: Int) {
        var index = index
        while true {
            let first = (index << 2) &+ 1
            guard first < count else { break }
            var smallest = first
            var smallestEntry = entries[first]
            let last = min(first &+ 4, count)
            var child = first &+ 1
            while child < last {
                let candidate = entries[child]
                if candidate < smallestEntry {
                    smallest = child
                    smallestEntry = candidate
                }
                child &+= 1
            }
            guard smallestEntry < entry else { break }
            place(smallestEntry, at: index)
            index = smallest
        }
        place(entry, at: index)
    }

    @inline(__always)
    private func place(_ entry: DijkstraEntry, at index: Int) {
        entries[index] = entry
        position[Int(entry.node)] = Int32(truncatingIfNeeded: index)
    }
}

extension DijkstraQueue.Storage {
    /// Room for a queue of `count` nodes, freed with `buffers`.
    init(count: Int, in buffers: ScratchBuffers) {
        entries = buffers.make(count, filledWith: DijkstraEntry(cost: 0, hops: 0, node: 0))
        position = buffers.make(count, filledWith: 0)
    }
}
