public import ChannelsModel

/// How actors and channels look: shape by actor kind, colour by side, line style by channel kind.
///
/// Sides take colours from the Okabe–Ito palette, which stays distinguishable under the common forms of
/// colour blindness, in the order the graph declares them (or a side's own `color`). Channel kinds differ
/// by line style and weight, not colour, so they read in greyscale too.
public enum DiagramStyle {
    /// Okabe & Ito (2008): orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple, grey.
    public static let palette = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999"]
    /// The colour of highlighted routes.
    public static let highlight = "#D55E00"
    public static let ink = "#333333"
    public static let dimmed = "#C8C8C8"
    /// Removed actors and channels: firebrick lines and borders, dashed, struck through.
    public static let removed = "#B22222"
    /// Added actors and channels (bluish green, from the palette), and changed ones (purple, outside it).
    public static let added = "#009E73"
    public static let changed = "#7B3294"

    /// The fill colour of each side: its own `color`, or the next palette colour.
    public static func sideColors(_ graph: ChannelGraph) -> [String: String] {
        var sides = graph.sides.map(\.id)
        for actor in graph.actors { if let side = actor.side, !sides.contains(side) { sides.append(side) } }
        var colors: [String: String] = [:]
        var next = 0
        for side in sides {
            if let own = graph.side(id: side)?.color {
                colors[side] = own
            } else {
                colors[side] = palette[next % palette.count]
                next += 1
            }
        }
        return colors
    }

    /// Node attributes for an actor kind: a shape, and for states a double border.
    public static func shape(for kind: ActorKind) -> [(String, String)] {
        switch kind {
        case .person: [("shape", "ellipse")]
        case .state: [("shape", "box"), ("peripheries", "2")]
        case .governmentBody: [("shape", "box")]
        case .intelligenceAgency: [("shape", "hexagon")]
        case .armedGroup: [("shape", "octagon")]
        case .forum: [("shape", "diamond")]
        case .group: [("shape", "folder")]
        case .organization: [("shape", "tab")]
        default: [("shape", "box"), ("style", "rounded,dashed,filled")]
        }
    }

    /// Edge attributes for a channel kind: line style and weight, so that calls, meetings, messages,
    /// standing channels and memberships are each distinguishable.
    public static func line(for kind: ChannelKind) -> [(String, String)] {
        switch kind {
        case .call: [("style", "solid"), ("penwidth", "1.2")]
        case .videoCall: [("style", "dashed"), ("penwidth", "1.2")]
        case .meeting: [("style", "bold"), ("penwidth", "2.4")]
        case .message: [("style", "solid"), ("penwidth", "1.2")]
        case .standingChannel: [("style", "solid"), ("penwidth", "1.0"), ("double", "true")]
        case .membership: [("style", "dotted"), ("penwidth", "1.4")]
        case .command: [("style", "dashed"), ("penwidth", "2.4")]
        default: [("style", "dashed"), ("penwidth", "0.8")]
        }
    }
}
