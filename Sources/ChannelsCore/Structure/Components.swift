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
    init(labels: [Int32]) {
        var renumber: [Int32: Int32] = [:]
        var membership = [Int32](repeating: -1, count: labels.count)
        for (node, label) in labels.enumerated() where label >= 0 {
            if let known = renumber[label] {
                membership[node] = known
            } else {
                let next = Int32(renumber.count)
                renumber[label] = next
                membership[node] = next
            }
        }
        self.membership = membership
        count = renumber.count
    }
}

extension GraphView {
    /// Weakly connected components: channels joined whatever their direction (for an undirected view,
    /// the connected components).
    ///
    /// - Complexity: O(*n* + *m* α(*n*)) with union–find by size and path halving.
    public func weakComponents() -> Components {
        let n = snapshot.nodeCount
        var parent = (0..<n).map { Int32($0) }
        var size = [Int32](repeating: 1, count: n)
        parent.withUnsafeMutableBufferPointer { parent in
            size.withUnsafeMutableBufferPointer { size in
                func root(_ node: Int) -> Int {
                    var x = node
                    while Int(parent[x]) != x {
                        parent[x] = parent[Int(parent[x])]
                        x = Int(parent[x])
                    }
                    return x
                }
                for edge in 0..<snapshot.edgeCount where allowsEdge(edge) {
                    let a = Int(snapshot.edgeSources[edge]), b = Int(snapshot.edgeTargets[edge])
                    guard allowsNode(a), allowsNode(b) else { continue }
                    var ra = root(a), rb = root(b)
                    guard ra != rb else { continue }
                    if size[ra] < size[rb] { swap(&ra, &rb) }
                    parent[rb] = Int32(ra)
                    size[ra] += size[rb]
                }
                for node in 0..<n { parent[node] = Int32(root(node)) }
            }
        }
        let labels = (0..<n).map { allowsNode($0) ? parent[$0] : -1 }
        return Components(labels: labels)
    }

    /// Strongly connected components, by Tarjan's algorithm made iterative (no recursion, any depth).
    ///
    /// - Complexity: O(*n* + *m*).
    public func strongComponents() -> Components {
        let n = snapshot.nodeCount
        var index = [Int32](repeating: -1, count: n)
        var lowLink = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var labels = [Int32](repeating: -1, count: n)
        var stack: [Int32] = []
        var counter: Int32 = 0
        var componentCount: Int32 = 0
        withRows(.forward) { rows in
            var frames: [(node: Int, slot: Int)] = []
            for start in 0..<n where allowsNode(start) && index[start] < 0 {
                frames.append((start, Int(rows.offsets[start])))
                index[start] = counter
                lowLink[start] = counter
                counter += 1
                stack.append(Int32(start))
                onStack[start] = true
                while let frame = frames.last {
                    let v = frame.node
                    var slot = frame.slot
                    let end = Int(rows.offsets[v + 1])
                    var descended = false
                    while slot < end {
                        let w = Int(rows.neighbours[slot])
                        let edge = Int(rows.edges[slot])
                        slot += 1
                        guard allowsEdge(edge), allowsNode(w) else { continue }
                        if index[w] < 0 {
                            frames[frames.count - 1].slot = slot
                            index[w] = counter
                            lowLink[w] = counter
                            counter += 1
                            stack.append(Int32(w))
                            onStack[w] = true
                            frames.append((w, Int(rows.offsets[w])))
                            descended = true
                            break
                        } else if onStack[w] {
                            lowLink[v] = min(lowLink[v], index[w])
                        }
                    }
                    if descended { continue }
                    frames.removeLast()
                    if let parent = frames.last?.node { lowLink[parent] = min(lowLink[parent], lowLink[v]) }
                    if lowLink[v] == index[v] {
                        while let top = stack.popLast() {
                            onStack[Int(top)] = false
                            labels[Int(top)] = componentCount
                            if Int(top) == v { break }
                        }
                        componentCount += 1
                    }
                }
            }
        }
        return Components(labels: labels)
    }
}
