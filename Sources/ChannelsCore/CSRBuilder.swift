/// Sorts arcs into CSR rows with a stable counting sort in two cache-friendly levels.
///
/// A plain counting sort writes each arc to a random place in an array of hundreds of megabytes, and
/// nearly every write misses the caches. Here the sort first distributes arcs into at most about a
/// thousand buckets of consecutive nodes (that many sequential write streams), then places each bucket's
/// arcs within its own rows, a region small enough for the core's cache. The first level carries each
/// arc whole (its slot and its row within the bucket), so the second level reads sequentially too, and it
/// counts the rows' lengths itself, so no pass of scattered degree counts is needed. Both levels keep
/// arcs in order, so the result is exactly that of one stable counting sort.
struct CSRBuilder {
    let nodeCount: Int
    /// log₂ of the nodes per bucket; at most 16, so a row within its bucket fits in a `UInt16`.
    let shift: Int

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        var shift = 0
        while (nodeCount >> shift) >= 1024 && shift < 16 { shift += 1 }
        self.shift = shift
    }

    var bucketCount: Int { (nodeCount >> shift) + 1 }

    /// Where a sort keeps arcs between its two levels: one entry per arc.
    struct Scratch {
        var slots: UnsafeMutableBufferPointer<UInt64>
        var rows: UnsafeMutableBufferPointer<UInt16>
    }

    /// The rows a sort fills: one neighbour and one edge per arc.
    struct Rows {
        var neighbours: UnsafeMutableBufferPointer<Int32>
        var edges: UnsafeMutableBufferPointer<Int32>
    }

    /// Sorts the arcs `source` yields by key into `rows`, and sets `offsets` (one entry per node and one
    /// more) to where each row starts. Within a row, arcs keep the order `source` yields them in.
    ///
    /// - Complexity: O(*n* + *m*): four sequential passes over the arcs, with scattered writes only into
    ///   a thousand streams or cache-sized regions.
    func sort<Source: ArcSource>(
        _ source: Source, scratch: Scratch, offsets: UnsafeMutableBufferPointer<Int32>, into rows: Rows
    ) {
        let mask = (1 << shift) - 1
        // Level 1: count the arcs per bucket, then distribute them into buckets, which occupy the same
        // ranges as their rows will.
        var bucketStart = [Int](repeating: 0, count: bucketCount + 1)
        bucketStart.withUnsafeMutableBufferPointer { start in
            source.forEachArc { key, _, _ in start[(Int(key) >> shift) + 1] &+= 1 }
            for bucket in 0..<bucketCount { start[bucket + 1] &+= start[bucket] }
        }
        var bucketCursor = bucketStart
        bucketCursor.withUnsafeMutableBufferPointer { cursor in
            source.forEachArc { key, neighbour, edge in
                let bucket = Int(key) >> shift
                let position = cursor[bucket]
                scratch.slots[position] = CSRSlot.pack(neighbour, edge)
                scratch.rows[position] = UInt16(truncatingIfNeeded: Int(key) & mask)
                cursor[bucket] = position &+ 1
            }
        }
        // Level 2: within each bucket, place arcs into rows.
        var placer = RowPlacer(width: 1 << shift)
        for bucket in 0..<bucketCount {
            let first = bucket << shift
            guard first < nodeCount else { break }
            let arcs = bucketStart[bucket]..<bucketStart[bucket + 1]
            placer.place(UnsafeBufferPointer(rebasing: scratch.slots[arcs]), UnsafeBufferPointer(rebasing: scratch.rows[arcs]), start: arcs.lowerBound, firstRow: first,
                         width: min(1 << shift, nodeCount - first), offsets: offsets, into: rows)
        }
        offsets[nodeCount] = Int32(truncatingIfNeeded: bucketStart[bucketCount])
    }
}

/// Places a bucket's arcs into their rows, stably: a count of each row's arcs, then one pass of writes
/// into a region the size of the bucket.
private struct RowPlacer {
    private var cursor: [Int32]

    init(width: Int) {
        cursor = [Int32](repeating: 0, count: width)
    }

    /// Places arcs whose rows (relative to `firstRow`) are `rowsInBucket`, the first of them at `start`.
    mutating func place(
        _ slots: UnsafeBufferPointer<UInt64>, _ rowsInBucket: UnsafeBufferPointer<UInt16>, start: Int,
        firstRow: Int, width: Int, offsets: UnsafeMutableBufferPointer<Int32>, into rows: CSRBuilder.Rows
    ) {
        cursor.withUnsafeMutableBufferPointer { cursor in
            for row in 0..<width { cursor[row] = 0 }
            for row in rowsInBucket { cursor[Int(row)] &+= 1 }
            var position = Int32(truncatingIfNeeded: start)
            for row in 0..<width {
                let length = cursor[row]
                offsets[firstRow + row] = position
                cursor[row] = position
                position &+= length
            }
            for index in 0..<slots.count {
                let slot = slots[index]
                let row = Int(rowsInBucket[index])
                let target = Int(cursor[row])
                rows.neighbours[target] = CSRSlot.neighbour(slot)
                rows.edges[target] = CSRSlot.edge(slot)
                cursor[row] = Int32(truncatingIfNeeded: target &+ 1)
            }
        }
    }
}

/// Where a sort takes its arcs from: it yields each arc's key (the row it goes to), neighbour and edge,
/// in the order to keep within rows.
protocol ArcSource {
    func forEachArc(_ body: (_ key: Int32, _ neighbour: Int32, _ edge: Int32) -> Void)
}

/// The arcs of the edge arrays, in edge order, keyed by where they arrive: each edge's arc into its
/// target, then a two-way edge's arc into its source.
struct EdgeArcs<Test: DirectionTest>: ArcSource {
    let sources: UnsafeBufferPointer<Int32>
    let targets: UnsafeBufferPointer<Int32>
    let test: Test

    @inline(__always)
    func forEachArc(_ body: (_ key: Int32, _ neighbour: Int32, _ edge: Int32) -> Void) {
        for edge in 0..<sources.count {
            let s = sources[edge], t = targets[edge]
            body(t, s, Int32(truncatingIfNeeded: edge))
            if !test.isDirected(edge) && s != t { body(s, t, Int32(truncatingIfNeeded: edge)) }
        }
    }
}

/// The arcs of existing rows, transposed: row u's arc (v, e) becomes an arc keyed v carrying (u, e),
/// taken in row order. Reads the rows through their pointers, so a sort may overwrite them once it has
/// distributed every arc (its first level).
struct TransposedArcs: ArcSource {
    let offsets: UnsafeBufferPointer<Int32>
    let rows: CSRBuilder.Rows

    @inline(__always)
    func forEachArc(_ body: (_ key: Int32, _ neighbour: Int32, _ edge: Int32) -> Void) {
        for u in 0..<(offsets.count - 1) {
            let owner = Int32(truncatingIfNeeded: u)
            for index in Int(offsets[u])..<Int(offsets[u + 1]) {
                body(rows.neighbours[index], owner, rows.edges[index])
            }
        }
    }
}

/// A slot packed in 64 bits: the neighbour in the high half, the edge in the low half.
enum CSRSlot {
    @inline(__always)
    static func pack(_ neighbour: Int32, _ edge: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: neighbour)) << 32 | UInt64(UInt32(bitPattern: edge))
    }

    @inline(__always)
    static func neighbour(_ slot: UInt64) -> Int32 { Int32(bitPattern: UInt32(truncatingIfNeeded: slot >> 32)) }

    @inline(__always)
    static func edge(_ slot: UInt64) -> Int32 { Int32(bitPattern: UInt32(truncatingIfNeeded: slot)) }
}

/// Whether edges are directed, asked per edge in the builder's loops; specialised per case.
protocol DirectionTest {
    func isDirected(_ edge: Int) -> Bool
}

struct AllDirected: DirectionTest {
    @inline(__always) func isDirected(_ edge: Int) -> Bool { true }
}

struct AllTwoWay: DirectionTest {
    @inline(__always) func isDirected(_ edge: Int) -> Bool { false }
}

struct Mixed: DirectionTest {
    let words: UnsafePointer<UInt64>?
    @inline(__always) func isDirected(_ edge: Int) -> Bool {
        guard let words else { return false }
        return words[edge >> 6] & (1 << UInt64(edge & 63)) != 0
    }
}
