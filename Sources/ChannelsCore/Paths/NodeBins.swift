/// A worker's bins of delta-stepping: for each bin index, a growable list of nodes, in memory of its own
/// (no arrays of arrays, so pushing a node is a store and an increment, with no reference counting).
///
/// Bin lists are created as higher indices are first used and keep their memory until ``deallocate()``
/// (as GAP's bins do): memory grows with the nodes pushed, not with the largest bin.
struct NodeBins {
    struct List {
        var nodes: UnsafeMutablePointer<Int32>?
        var count = 0
        var capacity = 0
    }

    private(set) var lists: UnsafeMutablePointer<List>
    private(set) var listCount = 0
    private var listCapacity: Int
    /// An empty list whose memory ``take(_:)`` swaps in for the one it hands out.
    private var spare = List()

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
        let list = lists + bin
        if list.pointee.count == list.pointee.capacity { Self.grow(list) }
        list.pointee.nodes.unsafelyUnwrapped[list.pointee.count] = node
        list.pointee.count &+= 1
    }

    /// Empties `bin` and returns what it held; the memory is lent until the next call.
    mutating func take(_ bin: Int) -> UnsafeBufferPointer<Int32> {
        guard bin < listCount else { return UnsafeBufferPointer(start: nil, count: 0) }
        spare.count = 0
        swap(&spare, &lists[bin])
        return UnsafeBufferPointer(start: spare.nodes, count: spare.count)
    }

    func deallocate() {
        for index in 0..<listCount { lists[index].nodes?.deallocate() }
        spare.nodes?.deallocate()
        lists.deinitialize(count: listCount)
        lists.deallocate()
    }

    private mutating func extend(to bin: Int) {
        if bin >= listCapacity {
            let capacity = max(bin + 1, 2 * listCapacity)
            let grown = UnsafeMutablePointer<List>.allocate(capacity: capacity)
            grown.moveInitialize(from: lists, count: listCount)
            lists.deallocate()
            (lists, listCapacity) = (grown, capacity)
        }
        (lists + listCount).initialize(repeating: List(), count: bin + 1 - listCount)
        listCount = bin + 1
    }

    private static func grow(_ list: UnsafeMutablePointer<List>) {
        let capacity = max(64, 2 * list.pointee.capacity)
        let grown = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        if let nodes = list.pointee.nodes {
            grown.initialize(from: nodes, count: list.pointee.count)
            nodes.deallocate()
        }
        list.pointee.nodes = grown
        list.pointee.capacity = capacity
    }
}
