/// What a diagram shows and how.
public struct DiagramOptions: Sendable {
    public enum Clustering: String, Sendable, CaseIterable {
        case side, kind, none
    }

    public enum Labels: String, Sendable, CaseIterable {
        /// Display names.
        case name
        /// Actor ids.
        case id
        /// The first alias in Arabic script, falling back to the name.
        case arabic
    }

    /// Group actors into boxes by side or kind.
    public var clustering: Clustering = .side
    /// Draw a legend of sides and channel kinds.
    public var legend = true
    /// Draw one edge per pair of actors and kind, labelled with the count and the date range.
    public var mergeParallel = false
    public var labels: Labels = .name
    /// Label edges with their dates.
    public var edgeDates = true
    /// A title at the top; the graph's title when `nil`.
    public var title: String?
    /// Lay out left to right (`LR`) or top to bottom (`TB`).
    public var rankDirection = "TB"
    /// Channels to highlight (a route's hops), each with its step label; everything else is dimmed.
    public var highlighted: [Int: String] = [:]
    /// How actors (by index) are marked as changed: what a what-if removes, what a diff adds or drops.
    public var actorMarks: [Int: DiagramMark] = [:]
    /// How channels (by index) are marked as changed.
    public var channelMarks: [Int: DiagramMark] = [:]
    /// Makes each actor a link (in SVG, `<a xlink:href>`): this address with `{id}` replaced by the
    /// actor's id, percent-encoded. `nil` draws no links.
    public var actorLink: String?

    public init() {}
}

/// A change drawn on an actor or a channel.
public enum DiagramMark: String, Sendable, CaseIterable {
    /// Removed: greyed, dashed and struck through.
    case removed
    /// Added: a thick green outline or line.
    case added
    /// Changed: a thick purple outline or line.
    case changed
}
