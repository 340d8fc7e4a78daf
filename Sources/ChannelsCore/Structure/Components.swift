/// A partition of the nodes into components.
public struct Components: Sendable {
    /// The component of each node, numbered from 0 in order of each component's smallest node; -1 for
    /// nodes the view excludes.
    public let membership: [Int32]
    public let count: Int

    /// The nodes of each component, each sorted, components in order of their smallest node.
    public var groups: [[Int32]] {
        var groups = [[Int32]](repeating: [], count: count)
        for (node, component) in membership.enumerated() where component >= 0 {
            groups[Int(component)].append(Int32(node))
        }
        return groups
    }

    /// Renumbers arbitrary labels so components are numbered in order of their smallest node.
    ///
    /// - Precondition: every label is below `labels.count` (or negative, for excluded nodes).
    init(labels: [Int32]) {
        var renumber = [Int32](repeating: -1, count: labels.count)
        var membership = [Int32](repeating: -1, count: labels.count)
        var count: Int32 = 0
        for (node, label) in labels.enumerated() where label >= 0 {
            if renumber[Int(label)] < 0 {
                renumber[Int(label)] = count
                count += 1
            }
            membership[node] = renumber[Int(label)]
        }
        self.membership = membership
        self.count = Int(count)
    }
}

extension GraphView {
    /// Strongly connected components, by Tarjan's algorithm made iterative (no recursion, any depth).
    ///
    /// - Complexity: O(*n* + *m*).
    public func strongComponents() -> Components {
        let n = snapshot.nodeCount
        var labels = [Int32](repeating: -1, count: n)
        labels.withUnsafeMutableBufferPointer { labels in
            withRows(.forward) { rows in
                if isUnfiltered {
                    StrongComponentSearch(nodeCount: n).run(rows: rows, filter: OpenFilter(), starts: { _ in true }, labels: labels)
                } else {
                    withMaskFilter { filter in
                        StrongComponentSearch(nodeCount: n).run(rows: rows, filter: filter, starts: allowsNode, labels: labels)
                    }
                }
            }
        }
        return Components(labels: labels)
    }
}

/// Tarjan's strongly connected components over raw buffers, with explicit frames instead of recursion.
///
/// A node is on Tarjan's stack exactly when it has been visited and has no component yet, so no separate
/// on-stack flags are kept.
private struct StrongComponentSearch {
    let nodeCount: Int

    /// Labels every node `starts` allows (and every node reachable from one through `filter`) with its
    /// component, numbered in the order components complete.
    func run<Filter: SlotFilter>(rows: Rows, filter: Filter, starts: (Int) -> Bool, labels: UnsafeMutableBufferPointer<Int32>) {
        let count = max(nodeCount, 1)
        let buffers = ScratchBuffers()
        defer { withExtendedLifetime(buffers) {} }
        let index = buffers.make(count, filledWith: Int32(-1))
        let lowLink = buffers.make(count, filledWith: Int32(0))
        let stack = buffers.make(count, filledWith: Int32(0))
        let frameNodes = buffers.make(count, filledWith: Int32(0))
        let frameSlots = buffers.make(count, filledWith: 0)
        var counter: Int32 = 0
        var componentCount: Int32 = 0
        var stackCount = 0
        var frameCount = 0

        @inline(__always) func visit(_ node: Int) {
            index[node] = counter
            lowLink[node] = counter
            counter &+= 1
            stack[stackCount] = Int32(truncatingIfNeeded: node)
            stackCount &+= 1
            frameNodes[frameCount] = Int32(truncatingIfNeeded: node)
            frameSlots[frameCount] = Int(rows.offsets[node])
            frameCount &+= 1
        }

        for start in 0..<nodeCount where index[start] < 0 && starts(start) {
            visit(start)
            while frameCount > 0 {
                let v = Int(frameNodes[frameCount - 1])
                var slot = frameSlots[frameCount - 1]
                let end = Int(rows.offsets[v + 1])
                var descended = false
                var low = lowLink[v]
                while slot < end {
                    let w = Int(rows.neighbours[slot])
                    let edge = Int(rows.edges[slot])
                    slot &+= 1
                    guard filter.allows(edge: edge, from: v, to: w) else { continue }
                    let seen = index[w]
                    if seen < 0 {
                        lowLink[v] = low
                        frameSlots[frameCount - 1] = slot
                        visit(w)
                        descended = true
                        break
                    }
                    if labels[w] < 0 && seen < low { low = seen }
                }
                if descended { continue }
                lowLink[v] = low
                frameCount &-= 1
                if frameCount > 0 {
                    let parent = Int(frameNodes[frameCount - 1])
                    if low < lowLink[parent] { lowLink[parent] = low }
                }
                if low == index[v] {
                    while true {
                        stackCount &-= 1
                        let top = Int(stack[stackCount])
                        labels[top] = componentCount
                        if top == v { break }
                    }
                    componentCount &+= 1
                }
            }
        }
    }
}
