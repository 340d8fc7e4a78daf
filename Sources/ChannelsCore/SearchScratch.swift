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
    let cost: UnsafeMutableBufferPointer<Double>
    let predecessorEdge: UnsafeMutableBufferPointer<Int32>
    let predecessorNode: UnsafeMutableBufferPointer<Int32>
    let otherPredecessorEdge: UnsafeMutableBufferPointer<Int32>
    let otherPredecessorNode: UnsafeMutableBufferPointer<Int32>
    let queue: UnsafeMutableBufferPointer<Int32>
    let otherQueue: UnsafeMutableBufferPointer<Int32>
    private(set) var generation: UInt32 = 0
    private(set) var blockGeneration: UInt32 = 0

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        let count = max(nodeCount, 1)
        func zeroed<T: FixedWidthInteger>(_: T.Type) -> UnsafeMutableBufferPointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: count)
            buffer.initialize(repeating: 0)
            return buffer
        }
        stamp = zeroed(UInt32.self)
        otherStamp = zeroed(UInt32.self)
        blocked = zeroed(UInt32.self)
        distance = zeroed(Int32.self)
        otherDistance = zeroed(Int32.self)
        predecessorEdge = zeroed(Int32.self)
        predecessorNode = zeroed(Int32.self)
        otherPredecessorEdge = zeroed(Int32.self)
        otherPredecessorNode = zeroed(Int32.self)
        queue = zeroed(Int32.self)
        otherQueue = zeroed(Int32.self)
        cost = UnsafeMutableBufferPointer<Double>.allocate(capacity: count)
        cost.initialize(repeating: 0)
    }

    deinit {
        for buffer in [stamp, otherStamp, blocked] { buffer.deallocate() }
        for buffer in [distance, otherDistance, predecessorEdge, predecessorNode, otherPredecessorEdge,
                       otherPredecessorNode, queue, otherQueue] { buffer.deallocate() }
        cost.deallocate()
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
            generation = 1
        }
        return generation
    }
}
