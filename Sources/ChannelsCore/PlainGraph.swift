/// A graph without the typed model: a snapshot and the labels of its nodes, as edge lists, binary
/// snapshots and generators give them. Big graphs stay in this form, at a few bytes per edge.
public struct PlainGraph: Sendable {
    public let snapshot: GraphSnapshot
    public let labels: NodeLabels

    public init(snapshot: GraphSnapshot, labels: NodeLabels) {
        self.snapshot = snapshot
        self.labels = labels
    }
}

/// How the nodes of a plain graph were named in their file.
public enum NodeLabels: Sendable, Equatable {
    /// Node i is called i.
    case indices
    /// Node i is called by the integer `ids[i]`, as in a SNAP edge list.
    case integers([Int64])
    /// Node i is called `names[i]`.
    case names([String])

    /// The label of node `index`.
    public func label(of index: Int) -> String {
        switch self {
        case .indices: String(index)
        case .integers(let ids): String(ids[index])
        case .names(let names): names[index]
        }
    }

}
