/// The smallest set of intermediaries whose absence leaves no route from one node to another.
public enum VertexCutResult: Hashable, Sendable {
    /// The nodes to remove (sorted); empty when no route exists in the first place.
    case cut([Int32])
    /// The two nodes are joined by a channel, so no set of intermediaries separates them.
    case adjacent
}

extension GraphView {
    /// A minimum vertex cut between `source` and `target`, by maximum flow with unit node capacities
    /// (each intermediary split into an entry and an exit joined by capacity 1; channels have unlimited
    /// capacity) and breadth-first augmenting paths.
    ///
    /// Its size equals the number of routes from `source` to `target` that share no intermediary
    /// (Menger's theorem). The cut returned is the one nearest the source.
    ///
    /// - Complexity: O(*k* × (*n* + *m* log *d*)) for a cut of size *k*.
    public func minimumVertexCut(from source: Int, to target: Int) -> VertexCutResult {
        snapshot.checkNodes(source, target)
        if source == target || isAdjacent(source, target) { return .adjacent }
        return withRows(.forward) { forward in
            withRows(.backward) { backward in
                var network = SplitNodeFlow(view: self, forward: forward, backward: backward, source: source, target: target)
                while network.augment() {}
                return .cut(network.cutNearSource())
            }
        }
    }

    /// Whether an allowed channel leads from `u` to `v`.
    func isAdjacent(_ u: Int, _ v: Int) -> Bool {
        withRows(.forward) { rows in
            rows.range(of: u).contains { rows.neighbours[$0] == Int32(v) && allowsEdge(Int(rows.edges[$0])) }
        }
    }
}

/// The residual network of the split-node flow, kept implicitly over the snapshot's rows.
///
/// States are (node, side): side 0 is a node's entry, side 1 its exit. Flow on a node is 0 or 1; flow on
/// a channel is a count kept per out-slot.
private struct SplitNodeFlow {
    let view: GraphView
    let forward: Rows
    let backward: Rows
    let source: Int
    let target: Int
    var nodeFlow: [Int32]
    var slotFlow: [Int32]

    init(view: GraphView, forward: Rows, backward: Rows, source: Int, target: Int) {
        self.view = view
        self.forward = forward
        self.backward = backward
        self.source = source
        self.target = target
        nodeFlow = [Int32](repeating: 0, count: view.snapshot.nodeCount)
        slotFlow = [Int32](repeating: 0, count: view.snapshot.slotCount)
    }

    private func isTerminal(_ node: Int) -> Bool { node == source || node == target }

    /// The out-slot of `from` that carries `edge` to `to`.
    private func outSlot(from: Int, to: Int, edge: Int32) -> Int? {
        var slot = HopChannels.lowerBound(of: Int32(to), in: forward, row: from)
        let end = Int(forward.offsets[from + 1])
        while slot < end && forward.neighbours[slot] == Int32(to) {
            if forward.edges[slot] == edge { return slot }
            slot += 1
        }
        return nil
    }

    /// Every residual move from a state: (next state, how to apply one unit of flow along the move).
    private func moves(from state: Int, _ visit: (Int, Move) -> Void) {
        let node = state >> 1
        if state & 1 == 0 {
            // Entry → own exit, if the node is not saturated (terminals have unlimited capacity).
            if isTerminal(node) || nodeFlow[node] == 0 { visit(node << 1 | 1, .throughNode(node)) }
            // Entry → exit of a predecessor, cancelling flow that came in along a channel.
            for slot in backward.range(of: node) {
                let previous = Int(backward.neighbours[slot])
                guard let out = outSlot(from: previous, to: node, edge: backward.edges[slot]), slotFlow[out] > 0 else { continue }
                visit(previous << 1 | 1, .cancelSlot(out))
            }
        } else {
            // Exit → entry of a successor along any allowed channel.
            for slot in forward.range(of: node) {
                let next = Int(forward.neighbours[slot])
                guard view.allowsEdge(Int(forward.edges[slot])), view.allowsNode(next) else { continue }
                visit(next << 1, .alongSlot(slot))
            }
            // Exit → own entry, cancelling flow through the node.
            if !isTerminal(node) && nodeFlow[node] > 0 { visit(node << 1, .cancelNode(node)) }
        }
    }

    private enum Move {
        case throughNode(Int), cancelNode(Int), alongSlot(Int), cancelSlot(Int)
    }

    /// Finds one augmenting path by breadth-first search and pushes a unit of flow along it.
    mutating func augment() -> Bool {
        let states = 2 * view.snapshot.nodeCount
        var previous = [Int32](repeating: -1, count: states)
        var how = [Move?](repeating: nil, count: states)
        let start = source << 1 | 1, goal = target << 1
        previous[start] = Int32(start)
        var queue = [start]
        var head = 0
        while head < queue.count, previous[goal] < 0 {
            let state = queue[head]
            head += 1
            moves(from: state) { next, move in
                guard previous[next] < 0 else { return }
                previous[next] = Int32(state)
                how[next] = move
                queue.append(next)
            }
        }
        guard previous[goal] >= 0 else { return false }
        var state = goal
        while state != start {
            switch how[state] {
            case .throughNode(let node)?: nodeFlow[node] += 1
            case .cancelNode(let node)?: nodeFlow[node] -= 1
            case .alongSlot(let slot)?: slotFlow[slot] += 1
            case .cancelSlot(let slot)?: slotFlow[slot] -= 1
            case nil: return false
            }
            state = Int(previous[state])
        }
        return true
    }

    /// Intermediaries whose entry the source can still reach in the residual network but whose exit it
    /// cannot: the saturated nodes on the source's side.
    func cutNearSource() -> [Int32] {
        var reached = [Bool](repeating: false, count: 2 * view.snapshot.nodeCount)
        let start = source << 1 | 1
        reached[start] = true
        var queue = [start]
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            moves(from: state) { next, _ in
                guard !reached[next] else { return }
                reached[next] = true
                queue.append(next)
            }
        }
        return (0..<view.snapshot.nodeCount)
            .filter { !isTerminal($0) && reached[$0 << 1] && !reached[$0 << 1 | 1] }
            .map(Int32.init)
    }
}
