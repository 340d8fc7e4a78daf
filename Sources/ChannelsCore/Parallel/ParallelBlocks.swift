import Dispatch
import Synchronization

/// A loop over `0..<count` cut into fixed blocks and run on several threads: the data-parallel steps of
/// the whole-graph kernels (PageRank's sweep, the bottom-up steps of breadth-first search, Afforest's
/// hooking, delta-stepping's buckets).
///
/// Blocks depend on `count` and `blockSize` only, never on the thread count, and ``sum(threads:_:)``
/// adds the blocks' partial sums in block order; so a kernel whose blocks compute the same values
/// whatever thread runs them gives the same floating-point result on one thread or many.
struct ParallelBlocks {
    let count: Int
    let blockSize: Int

    /// - Parameter blockSize: Items per block; a multiple of 64 keeps blocks on whole bitmap words.
    init(count: Int, blockSize: Int = 4096) {
        self.count = max(0, count)
        self.blockSize = max(1, blockSize)
    }

    var blockCount: Int { (count + blockSize - 1) / blockSize }

    /// The items of `block`.
    func range(of block: Int) -> Range<Int> {
        (block * blockSize)..<min(count, (block + 1) * blockSize)
    }

    /// Calls `body` with every block's items, each block once; blocks are handed to `threads` threads
    /// in order as they free up. With one thread (or one block) everything runs on the calling thread.
    ///
    /// `body` runs concurrently with itself: it must write only what its own block owns, or use atomics.
    func forEach(threads: Int, _ body: (Range<Int>) -> Void) {
        let blocks = blockCount
        let workers = min(max(threads, 1), blocks)
        guard workers > 1 else {
            for block in 0..<blocks { body(range(of: block)) }
            return
        }
        let next = Atomic<Int>(0)
        withoutActuallyEscaping(body) { body in
            nonisolated(unsafe) let body = body
            DispatchQueue.concurrentPerform(iterations: workers) { _ in claim(from: next, body) }
        }
    }

    /// Calls `body` with the blocks this thread claims from `next` (the index of the next block not yet
    /// handed out, shared by the threads of one loop, starting at 0), until none are left: the hand-out
    /// of ``forEach(threads:_:)``, for threads that already run together.
    @inline(__always)
    func claim(from next: borrowing Atomic<Int>, _ body: (Range<Int>) -> Void) {
        while true {
            let block = next.add(1, ordering: .relaxed).oldValue
            guard block < blockCount else { return }
            body(range(of: block))
        }
    }

    /// Σ `partial(block)` over the blocks, added in block order: the same on any number of threads.
    func sum(threads: Int, _ partial: (Range<Int>) -> Double) -> Double {
        let blocks = blockCount
        guard blocks > 1 else { return blocks == 1 ? partial(range(of: 0)) : 0 }
        var sums = [Double](repeating: 0, count: blocks)
        sums.withUnsafeMutableBufferPointer { sums in
            nonisolated(unsafe) let sums = sums
            forEach(threads: threads) { items in sums[items.lowerBound / blockSize] = partial(items) }
        }
        return sums.reduce(0, +)
    }

    /// Σ `partial(block)` over the blocks.
    func sum(threads: Int, _ partial: (Range<Int>) -> Int) -> Int {
        let total = Atomic<Int>(0)
        forEach(threads: threads) { items in total.add(partial(items), ordering: .relaxed) }
        return total.load(ordering: .relaxed)
    }
}
