#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Scratch space for single-pair searches, allocated once and reused across queries: one space per kind
/// of search, each buffer with one meaning.
///
/// Per-node entries are valid only where a stamp equals the current generation, so starting a new search
/// costs O(1) instead of O(*n*): single-pair queries touch only the nodes they reach. The buffers are raw
/// allocations owned by this object, so kernels use them without closures, bounds or uniqueness checks.
final class SearchScratch {
    let nodeCount: Int
    /// A breadth-first search from the source, and the forward half of a search from both ends.
    let forward: BreadthFirstSpace
    /// The backward half of a search from both ends, from the target.
    let backward: BreadthFirstSpace
    /// Dijkstra's search (``CheapestRouteSearch``).
    let dijkstra: DijkstraSpace
    /// Nodes a Yen spur search may not enter, stamped with ``blockGeneration``.
    let blocked: UnsafeMutableBufferPointer<UInt32>
    private(set) var generation: UInt32 = 0
    private(set) var blockGeneration: UInt32 = 0
    private var owned: [UnsafeMutableRawPointer?] = []

    /// Only the stamps (the labels' and the blocked nodes' too) need zeros: every other entry is written before it is
    /// read. They come zeroed from `calloc`, which maps fresh zero pages without touching them, so a query
    /// that reaches a few nodes of a big graph costs a few pages, not O(*n*).
    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        var owned: [UnsafeMutableRawPointer?] = []
        let allocator = Allocator(count: max(nodeCount, 1))
        forward = BreadthFirstSpace(allocator, owned: &owned)
        backward = BreadthFirstSpace(allocator, owned: &owned)
        dijkstra = DijkstraSpace(allocator, owned: &owned)
        blocked = allocator.zeroed(UInt32.self, owned: &owned)
        self.owned = owned
    }

    deinit {
        for buffer in owned { free(buffer) }
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
            forward.stamp.update(repeating: 0)
            backward.stamp.update(repeating: 0)
            for node in dijkstra.labels.indices { dijkstra.labels[node].stamp = 0 }
            generation = 1
        }
        return generation
    }

    /// Allocates a scratch space's buffers of one entry per node, through malloc, which Swift's own
    /// allocations also use on Linux, so that `free` releases either; when calloc cannot allocate, neither
    /// could Swift, which then stops with its own message.
    struct Allocator {
        let count: Int

        /// A buffer whose entries are all zero bits.
        func zeroed<T>(_: T.Type, owned: inout [UnsafeMutableRawPointer?]) -> UnsafeMutableBufferPointer<T> {
            let memory = calloc(count, MemoryLayout<T>.stride) ?? {
                let bytes = UnsafeMutableRawPointer.allocate(byteCount: count * MemoryLayout<T>.stride, alignment: MemoryLayout<T>.alignment)
                bytes.initializeMemory(as: UInt8.self, repeating: 0, count: count * MemoryLayout<T>.stride)
                return bytes
            }()
            owned.append(memory)
            return UnsafeMutableBufferPointer(start: memory.bindMemory(to: T.self, capacity: count), count: count)
        }

        /// A buffer whose entries are written before they are read.
        func uninitialized<T>(_: T.Type, owned: inout [UnsafeMutableRawPointer?]) -> UnsafeMutableBufferPointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: count)
            owned.append(UnsafeMutableRawPointer(buffer.baseAddress))
            return buffer
        }
    }
}

/// One breadth-first search's state: the nodes it reached (stamped with the search's generation), their
/// hops from its start, the channel and node each was reached from, and its queue.
struct BreadthFirstSpace {
    let stamp: UnsafeMutableBufferPointer<UInt32>
    let distance: UnsafeMutableBufferPointer<Int32>
    let predecessorEdge: UnsafeMutableBufferPointer<Int32>
    let predecessorNode: UnsafeMutableBufferPointer<Int32>
    let queue: UnsafeMutableBufferPointer<Int32>

    fileprivate init(_ allocator: SearchScratch.Allocator, owned: inout [UnsafeMutableRawPointer?]) {
        stamp = allocator.zeroed(UInt32.self, owned: &owned)
        distance = allocator.uninitialized(Int32.self, owned: &owned)
        predecessorEdge = allocator.uninitialized(Int32.self, owned: &owned)
        predecessorNode = allocator.uninitialized(Int32.self, owned: &owned)
        queue = allocator.uninitialized(Int32.self, owned: &owned)
    }

    /// The route this search recorded from its start to `end`, following predecessors back.
    func route(from start: Int, to end: Int) -> Route {
        Route.traced(from: start, to: end, predecessorNode: { predecessorNode[$0] },
                     predecessorEdge: { predecessorEdge[$0] })
    }
}

/// One Dijkstra search's state: each node's label (cost and hops of the cheapest route found so far,
/// stamped), the channel and node each cheapest route came from, and room for the queue.
struct DijkstraSpace {
    /// Cost, hops and stamp side by side, so that relaxing a channel reads one cache line, not three arrays.
    let labels: UnsafeMutableBufferPointer<DijkstraLabel>
    let predecessorEdge: UnsafeMutableBufferPointer<Int32>
    let predecessorNode: UnsafeMutableBufferPointer<Int32>
    let queue: DijkstraQueue.Storage

    fileprivate init(_ allocator: SearchScratch.Allocator, owned: inout [UnsafeMutableRawPointer?]) {
        labels = allocator.zeroed(DijkstraLabel.self, owned: &owned)
        predecessorEdge = allocator.uninitialized(Int32.self, owned: &owned)
        predecessorNode = allocator.uninitialized(Int32.self, owned: &owned)
        queue = DijkstraQueue.Storage(entries: allocator.uninitialized(DijkstraEntry.self, owned: &owned),
                                      position: allocator.uninitialized(Int32.self, owned: &owned))
    }
}
