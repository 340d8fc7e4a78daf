/// A snapshot seen through a filter: masks over its edges and nodes, never a copy of it.
///
///     let view = snapshot.view(ChannelFilter(exceptKinds: ["membership"]))
///     view.allowsEdge(3)   // false if channel 3 is a membership
public struct GraphView: Sendable {
    public let snapshot: GraphSnapshot
    /// The edges the view lets through; `nil` for all.
    public let edgeMask: Bitmask?
    /// The nodes the view lets through; `nil` for all.
    public let nodeMask: Bitmask?

    /// The whole snapshot, unfiltered.
    public init(_ snapshot: GraphSnapshot) {
        self.snapshot = snapshot
        edgeMask = nil
        nodeMask = nil
    }

    init(snapshot: GraphSnapshot, edgeMask: Bitmask?, nodeMask: Bitmask?) {
        self.snapshot = snapshot
        self.edgeMask = edgeMask
        self.nodeMask = nodeMask
    }

    public var isUnfiltered: Bool { edgeMask == nil && nodeMask == nil }

    @inline(__always)
    public func allowsNode(_ node: Int) -> Bool { nodeMask?.contains(node) ?? true }

    @inline(__always)
    public func allowsEdge(_ edge: Int) -> Bool { edgeMask?.contains(edge) ?? true }

    /// The number of nodes the view lets through.
    public var allowedNodeCount: Int { nodeMask?.population ?? snapshot.nodeCount }

    /// This view with some nodes removed as well.
    ///
    /// - Precondition: every node is a node of the snapshot.
    /// - Complexity: O(*n* / 64) plus the nodes removed.
    public func removingNodes(_ nodes: some Sequence<Int32>) -> GraphView {
        var mask = nodeMask ?? Bitmask(count: snapshot.nodeCount, value: true)
        for node in nodes {
            snapshot.checkNode(Int(node))
            mask.remove(Int(node))
        }
        return GraphView(snapshot: snapshot, edgeMask: edgeMask, nodeMask: mask)
    }

    /// This view with some edges removed as well.
    ///
    /// - Precondition: every edge is an edge of the snapshot.
    public func removingEdges(_ edges: some Sequence<Int32>) -> GraphView {
        var mask = edgeMask ?? Bitmask(count: snapshot.edgeCount, value: true)
        for edge in edges {
            snapshot.checkEdge(Int(edge))
            mask.remove(Int(edge))
        }
        return GraphView(snapshot: snapshot, edgeMask: mask, nodeMask: nodeMask)
    }
}

extension GraphSnapshot {
    /// A view of this snapshot through `filter`.
    ///
    /// - Complexity: O(*n* + *m*) to build the masks; O(1) for an empty filter.
    public func view(_ filter: ChannelFilter) -> GraphView {
        if filter.isEmpty { return GraphView(self) }
        return GraphView(snapshot: self, edgeMask: edgeMask(for: filter), nodeMask: nodeMask(for: filter))
    }

    /// Whether edge `edge` is usable on some day of `window` under `policy`.
    @inline(__always)
    public func isEdgeActive(_ edge: Int, in window: DayRange, undated policy: UndatedPolicy) -> Bool {
        guard !edgeFirstDays.isEmpty else { return policy == .always }
        let first = edgeFirstDays[edge], last = edgeLastDays[edge]
        if first > last { return policy == .always }
        return window.overlaps(edgeFirst: first, edgeLast: last)
    }

    private func edgeMask(for filter: ChannelFilter) -> Bitmask? {
        let kindsMatter = filter.onlyKinds != nil || !filter.exceptKinds.isEmpty
        guard kindsMatter || filter.window != nil || filter.minimumConfidence != nil else { return nil }
        var allowedKind = [Bool](repeating: true, count: channelKindNames.count + 1)
        if kindsMatter {
            for (code, name) in channelKindNames.enumerated() {
                allowedKind[code] = (filter.onlyKinds?.contains(name) ?? true) && !filter.exceptKinds.contains(name)
            }
            allowedKind[channelKindNames.count] = filter.onlyKinds == nil
        }
        var mask = Bitmask(count: edgeCount, value: true)
        for edge in 0..<edgeCount {
            var allowed = true
            if kindsMatter {
                let code = edgeKinds.isEmpty ? Int(Self.noCode) : Int(edgeKinds[edge])
                allowed = allowedKind[min(code, channelKindNames.count)]
            }
            if allowed, let window = filter.window {
                allowed = isEdgeActive(edge, in: window, undated: filter.undated)
            }
            if allowed, let minimum = filter.minimumConfidence {
                allowed = confidence(ofEdge: edge) >= minimum
            }
            if !allowed { mask.remove(edge) }
        }
        return mask
    }

    private func nodeMask(for filter: ChannelFilter) -> Bitmask? {
        guard !filter.avoidedNodes.isEmpty || !filter.avoidedSides.isEmpty || !filter.avoidedActorKinds.isEmpty else {
            return nil
        }
        var mask = Bitmask(count: nodeCount, value: true)
        for node in filter.avoidedNodes where Int(node) < nodeCount && node >= 0 { mask.remove(Int(node)) }
        let avoidedSideCodes = Set(sideNames.enumerated().filter { filter.avoidedSides.contains($1) }.map { UInt16($0.offset) })
        let avoidedKindCodes = Set(actorKindNames.enumerated().filter { filter.avoidedActorKinds.contains($1) }.map { UInt16($0.offset) })
        if !avoidedSideCodes.isEmpty || !avoidedKindCodes.isEmpty {
            for node in 0..<nodeCount {
                if (!nodeSides.isEmpty && avoidedSideCodes.contains(nodeSides[node]))
                    || (!nodeKinds.isEmpty && avoidedKindCodes.contains(nodeKinds[node])) {
                    mask.remove(node)
                }
            }
        }
        return mask
    }
}
