/// A worker's bins of delta-stepping: for each bin index, a growable list of nodes, in memory of its own
/// (no arrays of arrays, so pushing a node is a store and an increment, with no reference counting).
///
/// Bin lists are created as higher indices are first used and keep their memory until ``deallocate()``
/// (as GAP's bins do): memory grows with the nodes pushed, not with the largest bin.
struct NodeBins {
    private(set) var lists: UnsafeMutablePointer<NodeList>
    private(set) var listCount = 0
    private var listCapacity: Int
    /// An empty list whose memory ``take(_:)`` swaps in for the one it hands out.
    private var spare = NodeList()

    init() {
        listCapacity = 16
        lists = .allocate(capacity: listCapacity)
    }

    func count(of bin: Int) -> Int { bin < listCount ? lists[bin].count : 0 }

    /// The smallest bin at or above `bin` holding a node, if any.
    func firstOccupied(from bin: Int) -> Int? {
        var index = bin
        while index < listCount {
            if lists[index].count > 0 { return index }
            index += 1
        }
        return nil
    }

    @inline(__always)
    mutating func push(_ node: Int32, into bin: Int) {
        if bin >= listCount { extend(to: bin) }
        (lists + bin).pointee.append(node)
    }

    /// Empties `bin` and returns what it held; the memory is lent until the next call.
    mutating func take(_ bin: Int) -> UnsafeBufferPointer<Int32> {
        guard bin < listCount else { return UnsafeBufferPointer(start: nil, count: 0) }
        spare.removeAll()
        swap(&spare, &lists[bin])
        return spare.nodes
    }

    func deallocate() {
        for index in 0..<listCount { lists[index].deallocate() }
        spare.deallocate()
        lists.deinitialize(count: listCount)
        lists.deallocate()
    }

    private mutating func extend(to bin: Int) {
        if bin >= listCapacity {
            let capacity = max(bin + 1, 2 * listCapacity)
            let grown = UnsafeMutablePointer<NodeList>.allocate(capacity: capacity)
            grown.moveInitialize(from: lists, count: listCount)
            lists.deallocate()
            (lists, listCapacity) = (grown, capacity)
        }
        (lists + listCount).initialize(repeating: NodeList(), count: bin + 1 - listCount)
        listCount = bin + 1
    }
}

/// A growable list of nodes in memory of its own, freed by ``deallocate()`` (no array, so appending is
/// a store and an increment, with no reference counting): a bin of ``NodeBins``, or delta-stepping's
/// shared frontier.
struct NodeList {
    private var base: UnsafeMutablePointer<Int32>?
    private(set) var count = 0
    private var capacity = 0

    var nodes: UnsafeBufferPointer<Int32> { UnsafeBufferPointer(start: base, count: count) }

    @inline(__always)
    mutating func append(_ node: Int32) {
        if count == capacity { reserve(count + 1) }
        base.unsafelyUnwrapped[count] = node
        count &+= 1
    }

    mutating func append(contentsOf nodes: UnsafeBufferPointer<Int32>) {
        guard let source = nodes.baseAddress else { return }
        reserve(count + nodes.count)
        (base.unsafelyUnwrapped + count).initialize(from: source, count: nodes.count)
        count += nodes.count
    }

    /// Keeps the memory.
    mutating func removeAll() { count = 0 }

    func deallocate() { base?.deallocate() }

    /// Room for `needed` nodes, doubling (from 64) so appends stay amortised O(1); out of line, so
    /// ``append(_:)`` stays a compare, a store and an increment.
    @inline(never)
    private mutating func reserve(_ needed: Int) {
        guard needed > capacity else { return }
        let grownCapacity = max(64, 2 * capacity, needed)
        let grown = UnsafeMutablePointer<Int32>.allocate(capacity: grownCapacity)
        if let base {
            grown.initialize(from: base, count: count)
            base.deallocate()
        }
        (base, capacity) = (grown, grownCapacity)
    }
}
