/// The channels a view allows for one hop from `u` to `v`, found by binary search in `u`'s sorted row.
struct HopChannels {
    /// The allowed slots' edges from `u` to `v`, in edge order.
    static func edges<Filter: SlotFilter>(from u: Int, to v: Int, rows: Rows, filter: Filter) -> [Int32] {
        var found: [Int32] = []
        var slot = lowerBound(of: Int32(v), in: rows, row: u)
        let end = Int(rows.offsets[u + 1])
        while slot < end && rows.neighbours[slot] == Int32(v) {
            let edge = Int(rows.edges[slot])
            if filter.allows(edge: edge, from: u, to: v) { found.append(Int32(edge)) }
            slot += 1
        }
        return found
    }

    /// The first slot of `row` whose neighbour is not less than `node`.
    ///
    /// - Complexity: O(log *d*) for a row of *d* slots.
    @inline(__always)
    static func lowerBound(of node: Int32, in rows: Rows, row: Int) -> Int {
        var low = Int(rows.offsets[row])
        var high = Int(rows.offsets[row + 1])
        while low < high {
            let middle = (low + high) >> 1
            if rows.neighbours[middle] < node { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
