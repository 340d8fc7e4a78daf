/// The articulation points and bridges of a view, taken as undirected.
public struct CutStructure: Sendable {
    /// Nodes whose removal disconnects their component, sorted.
    public let articulationPoints: [Int32]
    /// Channels whose removal disconnects their endpoints, sorted by edge id. Parallel channels are
    /// never bridges.
    public let bridges: [Int32]
}

extension GraphView {
    /// Articulation points and bridges (Hopcroft–Tarjan), with every channel taken as undirected, by an
    /// iterative depth-first search: no recursion, so any depth is safe.
    ///
    /// Of the channels back to a node's parent the search skips one, the one it came by, so a parallel
    /// channel counts as a second route and is not a bridge.
    ///
    /// - Complexity: O(*n* + *m*) time; O(*n*) scratch memory.
    public func cutStructure() -> CutStructure {
        let search = CutSearch(nodeCount: snapshot.nodeCount)
        return withRows(.forward) { forward in
            withRows(.backward) { backward in
                withDirectedWords { directed in
                    let directedRows = DirectedRows(rows: backward, directedWords: directed)
                    if isUnfiltered {
                        return search.run(forward: forward, backward: directedRows, filter: OpenFilter(), starts: { _ in true })
                    }
                    return withMaskFilter { filter in
                        search.run(forward: forward, backward: directedRows, filter: filter, starts: allowsNode)
                    }
                }
            }
        }
    }

    /// Calls `body` with which in-row slots a search taken as undirected walks.
    private func withDirectedWords<R>(_ body: (DirectedRows.Walked) -> R) -> R {
        switch snapshot.directions {
        case .allTwoWay:
            body(.none)
        case .allDirected:
            body(.all)
        case .mixed(let mask):
            mask.words.withUnsafeBufferPointer { words in
                words.baseAddress.map { body(.marked($0)) } ?? body(.none)
            }
        }
    }
}

/// The in-rows of a snapshot as a depth-first search taken as undirected reads them: only the directed
/// channels, since a two-way channel is already in both endpoints' out-rows.
private struct DirectedRows {
    /// Which in-row slots the search walks.
    enum Walked {
        /// None: no channel is directed.
        case none
        /// All: every channel is directed.
        case all
        /// Those whose edge has its bit set in these words.
        case marked(UnsafePointer<UInt64>)
    }

    let rows: Rows
    let directedWords: Walked

    var isWalked: Bool {
        if case .none = directedWords { return false }
        return true
    }

    @inline(__always)
    func isDirected(_ edge: Int) -> Bool {
        switch directedWords {
        case .none: false
        case .all: true
        case .marked(let words): words[edge >> 6] & (1 << UInt64(edge & 63)) != 0
        }
    }
}

/// Hopcroft–Tarjan over raw buffers, with explicit frames instead of recursion.
///
/// A frame's slot walks the node's out-row, then (directed channels only) its in-row; an in-row slot is
/// stored bitwise negated so one integer carries both the phase and the position. A node's rows hold each
/// channel it has with its parent once, so skipping the first allowed slot that leads back to the parent
/// skips one channel to the parent (which one does not matter) and counts any parallel one as a back edge.
/// The out-rows' edge ids are then read only when a filter needs them; a bridge's id is found from the slot
/// its parent left it by.
private struct CutSearch {
    let nodeCount: Int

    func run<Filter: SlotFilter>(forward: Rows, backward: DirectedRows, filter: Filter, starts: (Int) -> Bool) -> CutStructure {
        let count = max(nodeCount, 1)
        let buffers = ScratchBuffers()
        defer { withExtendedLifetime(buffers) {} }
        let discovery = buffers.make(count, filledWith: Int32(-1))
        let low = buffers.make(count, filledWith: Int32(0))
        let isArticulation = buffers.make(count, filledWith: false)
        let bridges = buffers.make(count, filledWith: Int32(0))
        let frameNodes = buffers.make(count, filledWith: Int32(0))
        /// The parent a frame has yet to skip once; -1 once skipped, and for roots.
        let frameParents = buffers.make(count, filledWith: Int32(0))
        let frameSlots = buffers.make(count, filledWith: 0)
        var time: Int32 = 0
        var bridgeCount = 0
        var frameCount = 0
        let walksBackward = backward.isWalked

        @inline(__always) func visit(_ node: Int, from parent: Int) {
            discovery[node] = time
            low[node] = time
            time &+= 1
            frameNodes[frameCount] = Int32(truncatingIfNeeded: node)
            frameParents[frameCount] = Int32(truncatingIfNeeded: parent)
            frameSlots[frameCount] = Int(forward.offsets[node])
            frameCount &+= 1
        }

        /// The channel a frame's node last left by, from the slot it saved before descending.
        @inline(__always) func edgeBefore(_ slot: Int) -> Int32 {
            slot >= 0 ? forward.edges[slot - 1] : backward.rows.edges[~slot - 1]
        }

        /// Scans `v`'s slots in `rows` from `position` for the next neighbour not yet discovered: returns it
        /// (-1 if none) and the position after it. Discovered neighbours lower `low`; the channel back to
        /// `parent` is skipped once. With `directedOnly`, only directed channels count (the backward rows'
        /// two-way channels were met in the forward rows).
        @inline(__always) func scan(
            _ rows: Rows, of v: Int, from position: Int, directedOnly: Bool, parent: inout Int, low: inout Int32
        ) -> (next: Int, child: Int) {
            var position = position
            let end = Int(rows.offsets[v + 1])
            while position < end {
                let w = Int(rows.neighbours[position])
                let edge = Int(rows.edges[position])
                position &+= 1
                guard w != v, !directedOnly || backward.isDirected(edge), filter.allows(edge: edge, from: v, to: w) else { continue }
                if w == parent {
                    parent = -1
                    continue
                }
                let seen = discovery[w]
                if seen < 0 { return (position, w) }
                if seen < low { low = seen }
            }
            return (position, -1)
        }

        for root in 0..<nodeCount where discovery[root] < 0 && starts(root) {
            var rootChildren = 0
            visit(root, from: -1)
            while frameCount > 0 {
                let top = frameCount - 1
                let v = Int(frameNodes[top])
                var parent = Int(frameParents[top])
                var slot = frameSlots[top]
                var lowV = low[v]
                var child = -1
                if slot >= 0 {
                    (slot, child) = scan(forward, of: v, from: slot, directedOnly: false, parent: &parent, low: &lowV)
                    if child < 0 && walksBackward { slot = ~Int(backward.rows.offsets[v]) }
                }
                if child < 0 && slot < 0 {
                    let (position, found) = scan(backward.rows, of: v, from: ~slot, directedOnly: true, parent: &parent, low: &lowV)
                    (slot, child) = (~position, found)
                }
                low[v] = lowV
                if child >= 0 {
                    frameSlots[top] = slot
                    frameParents[top] = Int32(truncatingIfNeeded: parent)
                    if top == 0 { rootChildren &+= 1 }
                    visit(child, from: v)
                    continue
                }
                frameCount &-= 1
                guard frameCount > 0 else { break }
                let u = Int(frameNodes[frameCount - 1])
                if lowV < low[u] { low[u] = lowV }
                let discoveredU = discovery[u]
                if lowV > discoveredU {
                    bridges[bridgeCount] = edgeBefore(frameSlots[frameCount - 1])
                    bridgeCount &+= 1
                }
                if frameCount > 1 && lowV >= discoveredU { isArticulation[u] = true }
            }
            if rootChildren > 1 { isArticulation[root] = true }
        }
        var points: [Int32] = []
        for node in 0..<nodeCount where isArticulation[node] { points.append(Int32(truncatingIfNeeded: node)) }
        return CutStructure(articulationPoints: points, bridges: Array(bridges[0..<bridgeCount]).sorted())
    }
}
