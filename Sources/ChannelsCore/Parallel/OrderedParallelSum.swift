import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Sums per-item vectors over many items on several threads with a result that does not depend on the
/// number of threads.
///
/// Items are cut into a fixed number of chunks that depends only on the item count. Each worker sums the
/// items of one chunk into a private vector; finished chunks are added into the total strictly in chunk
/// order, so the floating-point additions happen in the same order however many threads run and whichever
/// finishes first. A worker that gets too far ahead of the merge waits, so memory stays bounded by a few
/// vectors per thread.
public enum OrderedParallelSum {
    /// How many chunks `itemCount` items are cut into: the same for any thread count.
    static func chunkCount(for itemCount: Int) -> Int {
        min(itemCount, 256)
    }

    /// The number of processors online, the default thread count.
    public static var processorCount: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// Sums `accumulate(worker, item, vector)` over `0..<itemCount` into a vector of `length` zeros.
    ///
    /// - Parameters:
    ///   - makeWorker: Creates the per-thread state (scratch space), once per thread.
    ///   - accumulate: Adds one item's contribution into the vector.
    ///   - progress: Called with (items done, items in all) after each chunk is merged, on some worker thread.
    ///   - isCancelled: Polled between chunks; when it returns `true`, the sum stops early and returns `nil`.
    /// - Complexity: the sum of the items' costs, divided over `threads`, plus O(*length*) per chunk.
    public static func sum<Worker>(
        itemCount: Int, length: Int, threads: Int,
        makeWorker: @Sendable () -> Worker,
        accumulate: @Sendable (inout Worker, Int, UnsafeMutableBufferPointer<Double>) -> Void,
        progress: (@Sendable (Int, Int) -> Void)? = nil,
        isCancelled: (@Sendable () -> Bool)? = nil
    ) -> [Double]? {
        let chunks = chunkCount(for: itemCount)
        guard chunks > 0 else { return [Double](repeating: 0, count: length) }
        let merger = ChunkMerger(length: length, chunks: chunks, itemCount: itemCount, window: 2 * max(threads, 1) + 2)
        let workers = max(1, min(threads, chunks))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var worker = makeWorker()
            var partial = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(length, 1))
            defer { partial.deallocate() }
            while let chunk = merger.nextChunk() {
                if isCancelled?() == true {
                    merger.cancel()
                    break
                }
                partial.update(repeating: 0)
                for item in merger.items(of: chunk) {
                    accumulate(&worker, item, partial)
                }
                partial = merger.finish(chunk: chunk, partial: partial, progress: progress)
            }
        }
        return merger.result()
    }
}

/// Hands out chunks in order and merges finished ones in order. Shared between workers; every method
/// takes the lock.
private final class ChunkMerger: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    private var advanced = pthread_cond_t()
    private let length: Int
    private let chunks: Int
    private let itemCount: Int
    private let window: Int
    private var nextToHand = 0
    private var nextToMerge = 0
    private var cancelled = false
    private var pending: [Int: UnsafeMutableBufferPointer<Double>] = [:]
    private var spare: [UnsafeMutableBufferPointer<Double>] = []
    private let total: UnsafeMutableBufferPointer<Double>

    init(length: Int, chunks: Int, itemCount: Int, window: Int) {
        self.length = length
        self.chunks = chunks
        self.itemCount = itemCount
        self.window = window
        total = .allocate(capacity: max(length, 1))
        total.initialize(repeating: 0)
        pthread_mutex_init(&mutex, nil)
        pthread_cond_init(&advanced, nil)
    }

    deinit {
        total.deallocate()
        for buffer in pending.values { buffer.deallocate() }
        for buffer in spare { buffer.deallocate() }
        pthread_cond_destroy(&advanced)
        pthread_mutex_destroy(&mutex)
    }

    /// The items of a chunk: chunks split the items as evenly as possible.
    func items(of chunk: Int) -> Range<Int> {
        (chunk * itemCount / chunks)..<((chunk + 1) * itemCount / chunks)
    }

    /// The next chunk to work on, waiting while the worker would run too far ahead of the merge.
    func nextChunk() -> Int? {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        while !cancelled && nextToHand < chunks && nextToHand >= nextToMerge + window {
            pthread_cond_wait(&advanced, &mutex)
        }
        guard !cancelled, nextToHand < chunks else { return nil }
        nextToHand += 1
        return nextToHand - 1
    }

    /// Merges `partial` now if every earlier chunk is merged, or keeps it for later; returns a buffer for
    /// the worker's next chunk.
    func finish(chunk: Int, partial: UnsafeMutableBufferPointer<Double>,
                progress: (@Sendable (Int, Int) -> Void)?) -> UnsafeMutableBufferPointer<Double> {
        pthread_mutex_lock(&mutex)
        var next = partial
        if chunk == nextToMerge {
            add(partial)
            nextToMerge += 1
            while let waiting = pending.removeValue(forKey: nextToMerge) {
                add(waiting)
                spare.append(waiting)
                nextToMerge += 1
            }
        } else {
            pending[chunk] = partial
            next = spare.popLast() ?? .allocate(capacity: max(length, 1))
        }
        let done = nextToMerge
        pthread_cond_broadcast(&advanced)
        pthread_mutex_unlock(&mutex)
        progress?(done == chunks ? itemCount : done * itemCount / chunks, itemCount)
        return next
    }

    func cancel() {
        pthread_mutex_lock(&mutex)
        cancelled = true
        pthread_cond_broadcast(&advanced)
        pthread_mutex_unlock(&mutex)
    }

    func result() -> [Double]? {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        guard !cancelled, nextToMerge == chunks else { return nil }
        return Array(total)
    }

    private func add(_ partial: UnsafeMutableBufferPointer<Double>) {
        for index in 0..<length { total[index] += partial[index] }
    }
}
