/// Sorts arcs into CSR rows, each row sorted by neighbour and then edge, with stable counting sorts in two
/// cache-friendly levels.
///
/// A plain counting sort writes each arc to a random place in an array of hundreds of megabytes, and
/// nearly every write misses the caches. Here a sort first *distributes* arcs into about a thousand buckets
/// of consecutive nodes (that many sequential write streams), then *places* each bucket's arcs within its
/// own rows, a region small enough for the core's caches. Between the levels an arc travels whole in 64
/// bits (``SlotLayout``: its row within the bucket, its neighbour and its edge), so the second level reads
/// sequentially too, and the arcs fit in the storage of rows that the build fills later: a bucket placed
/// into its own storage goes through a buffer the size of one bucket.
///
/// Rows sorted by neighbour take two sorts (by neighbour, then by row), fused so that the intermediate
/// rows are never written out:
/// 1. the edges' arcs are distributed by the node they arrive at, into the out-rows' storage;
/// 2. each bucket is placed, in edge order, into the bucket buffer, and its arcs, turned round, are
///    distributed by the node they leave, into the in-rows' storage (or a scratch when both directions
///    share rows);
/// 3. each bucket is placed into the out-rows, now sorted by neighbour and edge.
/// Separate in-rows then take one more sort of the out-rows' arcs, turned round, into their own storage.
/// Every level is stable, so the rows are exactly those of one sort by (row, neighbour, edge).
struct CSRBuilder {
    let nodeCount: Int
    let layout: SlotLayout

    init(nodeCount: Int, slotCount: Int) {
        self.nodeCount = nodeCount
        layout = SlotLayout(nodeCount: nodeCount, slotCount: slotCount)
    }

    var bucketCount: Int { (nodeCount >> layout.rowBits) + 1 }

    /// The rows a sort fills: one neighbour and one edge per arc.
    struct Rows {
        var neighbours: UnsafeMutableBufferPointer<Int32>
        var edges: UnsafeMutableBufferPointer<Int32>
    }

    /// Builds the out-rows and the in-rows of `arcs` (keyed by the node they arrive at, carrying the node
    /// they leave), with no memory but theirs besides one bucket's arcs.
    ///
    /// - Complexity: O(*n* + *m*): two reads of the edges, and five sequential passes over 8 bytes per
    ///   arc, with scattered writes only into a thousand streams or cache-sized regions.
    func buildRows<Test: DirectionTest>(
        _ arcs: EdgeArcs<Test>, out: Rows, outOffsets: UnsafeMutableBufferPointer<Int32>,
        in incoming: Rows, inOffsets: UnsafeMutableBufferPointer<Int32>
    ) {
        let buffers = Buffers(builder: self, arcs)
        defer { buffers.deallocate() }
        buildOutRows(arcs, out: out, outOffsets: outOffsets, departures: SplitSlots(incoming), buffers: buffers)
        let outArcs = PlacedArcs(firstRow: 0, width: nodeCount, starts: outOffsets,
                                 ends: UnsafeMutableBufferPointer(rebasing: outOffsets[1...]), rows: out)
        sortInPlace(outArcs, starts: buffers.byArrival, into: incoming, offsets: inOffsets, buffers: buffers)
    }

    /// Builds the rows of `arcs` when every arc's reverse is an arc too, so that the out-rows are the
    /// in-rows; `scratch` has one entry per arc.
    ///
    /// - Complexity: O(*n* + *m*): two reads of the edges and three sequential passes over 8 bytes per
    ///   arc.
    func buildSharedRows<Test: DirectionTest>(
        _ arcs: EdgeArcs<Test>, rows: Rows, offsets: UnsafeMutableBufferPointer<Int32>, scratch: SplitSlots
    ) {
        let buffers = Buffers(builder: self, arcs)
        defer { buffers.deallocate() }
        buildOutRows(arcs, out: rows, outOffsets: offsets, departures: scratch, buffers: buffers)
    }

    /// Sorts the arcs of `arcs` by key alone into `rows` (within a row, in edge order), setting `offsets`.
    ///
    /// - Complexity: O(*n* + *m*): two reads of the edges and two sequential passes over 8 bytes per arc.
    func sort<Test: DirectionTest>(_ arcs: EdgeArcs<Test>, into rows: Rows, offsets: UnsafeMutableBufferPointer<Int32>) {
        let buffers = Buffers(builder: self, arcs)
        defer { buffers.deallocate() }
        sortInPlace(arcs, starts: buffers.byArrival, into: rows, offsets: offsets, buffers: buffers)
    }

    /// Steps 1 to 3: the out-rows, with `departures` (one entry per arc) as the scratch between the sorts.
    private func buildOutRows<Test: DirectionTest>(
        _ arcs: EdgeArcs<Test>, out: Rows, outOffsets: UnsafeMutableBufferPointer<Int32>, departures: SplitSlots,
        buffers: Buffers
    ) {
        let arrivals = SplitSlots(out)
        distribute(arcs, into: arrivals, starts: buffers.byArrival, cursor: buffers.cursor)
        _ = buffers.cursor.update(fromContentsOf: buffers.byDeparture)
        forEachBucket(buffers.byArrival) { firstRow, width, range in
            buffers.placer.place(arrivals, range, width: width, into: buffers.bucketRows, at: 0, starts: buffers.rowStarts)
            distributeFurther(buffers.placer.placedArcs(firstRow: firstRow, width: width, starts: buffers.rowStarts, rows: buffers.bucketRows),
                              into: departures, cursor: buffers.cursor)
        }
        forEachBucket(buffers.byDeparture) { firstRow, width, range in
            buffers.placer.place(departures, range, width: width, into: out, at: range.lowerBound,
                                 starts: UnsafeMutableBufferPointer(rebasing: outOffsets[firstRow...]))
        }
        outOffsets[nodeCount] = Int32(truncatingIfNeeded: buffers.byDeparture[bucketCount])
    }

    /// Sorts `source`'s arcs by key alone into `rows`, using the rows' own storage between the levels: each
    /// bucket is placed into the bucket buffer and copied back. `starts` are the buckets' starts by key.
    private func sortInPlace<Source: ArcSource>(
        _ source: Source, starts: UnsafeMutableBufferPointer<Int>, into rows: Rows,
        offsets: UnsafeMutableBufferPointer<Int32>, buffers: Buffers
    ) {
        let slots = SplitSlots(rows)
        distribute(source, into: slots, starts: starts, cursor: buffers.cursor)
        forEachBucket(starts) { firstRow, width, range in
            buffers.placer.place(slots, range, width: width, into: buffers.bucketRows, at: 0, starts: buffers.rowStarts)
            let base = Int32(truncatingIfNeeded: range.lowerBound)
            for row in 0..<width { offsets[firstRow + row] = base &+ buffers.rowStarts[row] }
            for index in 0..<range.count {
                rows.neighbours[range.lowerBound + index] = buffers.bucketRows.neighbours[index]
                rows.edges[range.lowerBound + index] = buffers.bucketRows.edges[index]
            }
        }
        offsets[nodeCount] = Int32(truncatingIfNeeded: starts[bucketCount])
    }

    /// What the steps share: the buckets' starts, a cursor per bucket, the bucket buffer and the placer.
    private struct Buffers {
        let byArrival: UnsafeMutableBufferPointer<Int>
        let byDeparture: UnsafeMutableBufferPointer<Int>
        let cursor: UnsafeMutableBufferPointer<Int>
        let bucketRows: Rows
        /// Where each row of the bucket being placed starts.
        let rowStarts: UnsafeMutableBufferPointer<Int32>
        let placer: RowPlacer

        /// Counts the arcs per bucket by arrival and by departure, and sizes the bucket buffer for the
        /// largest bucket by arrival.
        init<Test: DirectionTest>(builder: CSRBuilder, _ arcs: EdgeArcs<Test>) {
            let buckets = builder.bucketCount
            byArrival = .allocate(capacity: buckets + 1)
            byDeparture = .allocate(capacity: buckets + 1)
            cursor = .allocate(capacity: buckets + 1)
            builder.bucketStarts(arcs, byKey: byArrival, byNeighbour: byDeparture)
            let largest = (0..<buckets).reduce(0) { [byArrival] in max($0, byArrival[$1 + 1] - byArrival[$1]) }
            bucketRows = Rows(neighbours: .allocate(capacity: max(1, largest)), edges: .allocate(capacity: max(1, largest)))
            rowStarts = .allocate(capacity: 1 << builder.layout.rowBits)
            placer = RowPlacer(layout: builder.layout)
        }

        func deallocate() {
            for buffer in [byArrival, byDeparture, cursor] { buffer.deallocate() }
            for buffer in [bucketRows.neighbours, bucketRows.edges, rowStarts] { buffer.deallocate() }
            placer.deallocate()
        }
    }

    /// Sets `byKey[b]` and `byNeighbour[b]` to where bucket `b` starts when arcs are bucketed by key and by
    /// neighbour; entry `bucketCount` is the number of arcs.
    private func bucketStarts<Source: ArcSource>(
        _ source: Source, byKey: UnsafeMutableBufferPointer<Int>, byNeighbour: UnsafeMutableBufferPointer<Int>
    ) {
        let shift = layout.rowBits
        byKey.initialize(repeating: 0)
        byNeighbour.initialize(repeating: 0)
        source.forEachArc { key, neighbour, _ in
            byKey[(Int(key) >> shift) &+ 1] &+= 1
            byNeighbour[(Int(neighbour) >> shift) &+ 1] &+= 1
        }
        for bucket in 0..<bucketCount {
            byKey[bucket + 1] &+= byKey[bucket]
            byNeighbour[bucket + 1] &+= byNeighbour[bucket]
        }
    }

    /// Level 1: writes each arc `source` yields to the next place of its key's bucket in `slots`, the
    /// buckets starting at `starts`.
    private func distribute<Source: ArcSource>(
        _ source: Source, into slots: SplitSlots, starts: UnsafeMutableBufferPointer<Int>, cursor: UnsafeMutableBufferPointer<Int>
    ) {
        _ = cursor.update(fromContentsOf: starts)
        distributeFurther(source, into: slots, cursor: cursor)
    }

    /// Level 1 continued: writes each arc `source` yields to the place `cursor` gives its key's bucket.
    @inline(__always)
    private func distributeFurther<Source: ArcSource>(_ source: Source, into slots: SplitSlots, cursor: UnsafeMutableBufferPointer<Int>) {
        let layout = layout
        let mask = (1 << layout.rowBits) - 1
        source.forEachArc { key, neighbour, edge in
            let bucket = Int(key) >> layout.rowBits
            let position = cursor[bucket]
            slots[position] = layout.pack(row: Int(key) & mask, neighbour: neighbour, edge: edge)
            cursor[bucket] = position &+ 1
        }
    }

    /// Calls `body` with each non-empty bucket's first row, its number of rows and its arcs' range.
    @inline(__always)
    private func forEachBucket(_ starts: UnsafeMutableBufferPointer<Int>, _ body: (_ firstRow: Int, _ width: Int, _ arcs: Range<Int>) -> Void) {
        let shift = layout.rowBits
        for bucket in 0..<bucketCount {
            let firstRow = bucket << shift
            guard firstRow < nodeCount else { break }
            body(firstRow, min(1 << shift, nodeCount - firstRow), starts[bucket]..<starts[bucket + 1])
        }
    }
}

/// Level 2: places a bucket's arcs into their rows, stably: a count of each row's arcs, then one pass of
/// writes into a region the size of the bucket.
private struct RowPlacer {
    let layout: SlotLayout
    /// After a placement, where each of the bucket's rows ends.
    private let ends: UnsafeMutableBufferPointer<Int32>

    init(layout: SlotLayout) {
        self.layout = layout
        ends = .allocate(capacity: 1 << layout.rowBits)
    }

    func deallocate() { ends.deallocate() }

    /// Places `slots[arcs]`, whose rows are `0..<width` within their bucket, into `rows` from `base` on,
    /// and sets `starts[0..<width]` to where each row starts.
    func place(_ slots: SplitSlots, _ arcs: Range<Int>, width: Int, into rows: CSRBuilder.Rows, at base: Int,
               starts: UnsafeMutableBufferPointer<Int32>) {
        for row in 0..<width { ends[row] = 0 }
        for index in arcs { ends[layout.row(slots[index])] &+= 1 }
        var position = Int32(truncatingIfNeeded: base)
        for row in 0..<width {
            let length = ends[row]
            starts[row] = position
            ends[row] = position
            position &+= length
        }
        for index in arcs {
            let slot = slots[index]
            let row = layout.row(slot)
            let target = Int(ends[row])
            rows.neighbours[target] = layout.neighbour(slot)
            rows.edges[target] = layout.edge(slot)
            ends[row] = Int32(truncatingIfNeeded: target &+ 1)
        }
    }

    /// The arcs just placed, turned round: row `firstRow + r`'s arc (v, e) becomes an arc keyed v carrying
    /// (`firstRow + r`, e), in row order.
    func placedArcs(firstRow: Int, width: Int, starts: UnsafeMutableBufferPointer<Int32>, rows: CSRBuilder.Rows) -> PlacedArcs {
        PlacedArcs(firstRow: firstRow, width: width, starts: starts, ends: ends, rows: rows)
    }
}

/// How an arc travels between the two levels of a sort, in 64 bits: its row within its bucket in the
/// high bits, then its neighbour, then its edge. Buckets hold 2^`rowBits` rows: about a thousand buckets
/// when the three fields fit, fewer rows per bucket (more buckets) when they would not.
struct SlotLayout {
    let edgeBits: Int
    let neighbourBits: Int
    let rowBits: Int

    init(nodeCount: Int, slotCount: Int) {
        edgeBits = Self.bitsToHold(slotCount - 1)
        neighbourBits = Self.bitsToHold(nodeCount - 1)
        rowBits = max(0, min(neighbourBits - 10, 64 - neighbourBits - edgeBits))
    }

    private static func bitsToHold(_ value: Int) -> Int { value <= 0 ? 0 : Int.bitWidth - value.leadingZeroBitCount }

    @inline(__always)
    func pack(row: Int, neighbour: Int32, edge: Int32) -> UInt64 {
        UInt64(truncatingIfNeeded: row) << UInt64(neighbourBits + edgeBits)
            | UInt64(UInt32(bitPattern: neighbour)) << UInt64(edgeBits) | UInt64(UInt32(bitPattern: edge))
    }

    @inline(__always)
    func row(_ slot: UInt64) -> Int { Int(truncatingIfNeeded: slot >> UInt64(neighbourBits + edgeBits)) }

    @inline(__always)
    func neighbour(_ slot: UInt64) -> Int32 {
        Int32(truncatingIfNeeded: (slot >> UInt64(edgeBits)) & ((1 << UInt64(neighbourBits)) - 1))
    }

    @inline(__always)
    func edge(_ slot: UInt64) -> Int32 { Int32(truncatingIfNeeded: slot & ((1 << UInt64(edgeBits)) - 1)) }
}

/// 64-bit slots kept as two 32-bit halves in two arrays, so that a pair of `Int32` row arrays that the
/// build fills only later can serve as a sort's scratch.
struct SplitSlots {
    let low: UnsafeMutableBufferPointer<Int32>
    let high: UnsafeMutableBufferPointer<Int32>

    init(low: UnsafeMutableBufferPointer<Int32>, high: UnsafeMutableBufferPointer<Int32>) {
        self.low = low
        self.high = high
    }

    /// The storage of `rows`, which must not be read as rows until written again.
    init(_ rows: CSRBuilder.Rows) {
        self.init(low: rows.edges, high: rows.neighbours)
    }

    @inline(__always)
    subscript(index: Int) -> UInt64 {
        get { UInt64(UInt32(bitPattern: high[index])) << 32 | UInt64(UInt32(bitPattern: low[index])) }
        nonmutating set {
            low[index] = Int32(truncatingIfNeeded: newValue)
            high[index] = Int32(truncatingIfNeeded: newValue >> 32)
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

/// One bucket's rows just placed, turned round: row u's arc (v, e) becomes an arc keyed v carrying
/// (u, e), in row order.
struct PlacedArcs: ArcSource {
    let firstRow: Int
    let width: Int
    let starts: UnsafeMutableBufferPointer<Int32>
    let ends: UnsafeMutableBufferPointer<Int32>
    let rows: CSRBuilder.Rows

    @inline(__always)
    func forEachArc(_ body: (_ key: Int32, _ neighbour: Int32, _ edge: Int32) -> Void) {
        for row in 0..<width {
            let owner = Int32(truncatingIfNeeded: firstRow &+ row)
            for index in Int(starts[row])..<Int(ends[row]) {
                body(rows.neighbours[index], owner, rows.edges[index])
            }
        }
    }
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
