#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Scratch space for searches, allocated once and reused across queries.
///
/// Per-node entries are valid only where a stamp equals the current generation, so starting a new search
/// costs O(1) instead of O(*n*): single-pair queries touch only the nodes they reach. The buffers are raw
/// allocations owned by this object, so kernels use them without closures, bounds or uniqueness checks.
final class SearchScratch {
    let nodeCount: Int
    let stamp: UnsafeMutableBufferPointer<UInt32>
    let otherStamp: UnsafeMutableBufferPointer<UInt32>
    let blocked: UnsafeMutableBufferPointer<UInt32>
    let distance: UnsafeMutableBufferPointer<Int32>
    let otherDistance: UnsafeMutableBufferPointer<Int32>
    let predecessorEdge: UnsafeMutableBufferPointer<Int32>
    let predecessorNode: UnsafeMutableBufferPointer<Int32>
    let otherPredecessorEdge: UnsafeMutableBufferPointer<Int32>
    let otherPredecessorNode: UnsafeMutableBufferPointer<Int32>
    let queue: UnsafeMutableBufferPointer<Int32>
    let otherQueue: UnsafeMutableBufferPointer<Int32>
    /// Dijkstra's queue (``DijkstraQueue``): its entries, and each queued node's place among them.
    let heapEntries: UnsafeMutableBufferPointer<DijkstraEntry>
    let heapPosition: UnsafeMutableBufferPointer<Int32>
    /// Dijkstra's per-node labels (``DijkstraLabel``): cost, hops and stamp side by side, so that relaxing
    /// a channel reads one cache line instead of three arrays.
    let labels: UnsafeMutableBufferPointer<DijkstraLabel>
    private(set) var generation: UInt32 = 0
    private(set) var blockGeneration: UInt32 = 0

    /// Only the stamps (and the labels' stamps) need zeros: every other entry is written before it is read. They come zeroed from
    /// `calloc`, which maps fresh zero pages without touching them, so a query that reaches a few nodes of
    /// a big graph costs a few pages, not O(*n*).
    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        let count = max(nodeCount, 1)
        // Both go through malloc, which Swift's own allocations also use on Linux, so `free` releases
        // either; when calloc cannot allocate, neither could Swift, which then stops with its own message.
        func zeroed<T>(_: T.Type) -> UnsafeMutableBufferPointer<T> {
            let memory = calloc(count, MemoryLayout<T>.stride) ?? {
                let bytes = UnsafeMutableRawPointer.allocate(byteCount: count * MemoryLayout<T>.stride, alignment: MemoryLayout<T>.alignment)
                bytes.initializeMemory(as: UInt8.self, repeating: 0, count: count * MemoryLayout<T>.stride)
                return bytes
            }()
            return UnsafeMutableBufferPointer(start: memory.bindMemory(to: T.self, capacity: count), count: count)
        }
        stamp = zeroed(UInt32.self)
        otherStamp = zeroed(UInt32.self)
        blocked = zeroed(UInt32.self)
        distance = .allocate(capacity: count)
        otherDistance = .allocate(capacity: count)
        predecessorEdge = .allocate(capacity: count)
        predecessorNode = .allocate(capacity: count)
        otherPredecessorEdge = .allocate(capacity: count)
        otherPredecessorNode = .allocate(capacity: count)
        queue = .allocate(capacity: count)
        otherQueue = .allocate(capacity: count)
        heapEntries = .allocate(capacity: count)
        heapPosition = .allocate(capacity: count)
        labels = zeroed(DijkstraLabel.self)
    }

    deinit {
        let buffers: [UnsafeMutableRawBufferPointer] = [
            .init(stamp), .init(otherStamp), .init(blocked), .init(distance), .init(otherDistance),
            .init(predecessorEdge), .init(predecessorNode), .init(otherPredecessorEdge),
            .init(otherPredecessorNode), .init(queue), .init(otherQueue), .init(heapEntries),
            .init(heapPosition), .init(labels),
        ]
        for buffer in buffers { free(buffer.baseAddress) }
    }

    /// Starts a new set of blocked nodes (``blocked``): every earlier block becomes stale.
    func nextBlockGeneration() -> UInt32 {
        blockGeneration &+= 1
        if blockGeneration == 0 {
            blocked.update(repeating: 0)
            blockGeneration = 1
        }
        return blockGeneration
    }

    /// Starts a new search: every stamp becomes stale.
    func nextGeneration() -> UInt32 {
        generation &+= 1
        if generation == 0 {
            stamp.update(repeating: 0)
            otherStamp.update(repeating: 0)
            for node in labels.indices { labels[node].stamp = 0 }
            generation = 1
        }
        return generation
    }
}
