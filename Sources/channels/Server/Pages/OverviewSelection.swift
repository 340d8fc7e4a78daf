import HTTPTypes
import ChannelsCore
import ChannelsFormats
import ChannelsModel

/// What the overview shows: actors of some sides, channels of some kinds, and channels active up to (or
/// on) one of the days a dated channel starts. Read from the query (`side`, `kind`, `step`, `mode`), the
/// same for the page and for the `/diagram.svg` it redraws from.
struct OverviewSelection {
    enum Mode: String {
        /// Channels active on some day up to the chosen one: the picture as it stood then.
        case upTo = "upto"
        /// Channels active on the chosen day.
        case on
    }

    let sides: Set<String>
    let kinds: Set<String>
    /// The distinct days dated channels start on, in order: the date slider's stops.
    let days: [Day]
    /// The chosen stop, an index into `days`; `nil` shows every channel.
    let step: Int?
    let mode: Mode

    /// - Throws: ``APIError`` 400 for an unknown side or kind, or a step outside the slider.
    init(_ query: QueryItems, graph: GraphCatalog, days: [Day]) throws(APIError) {
        let sideIDs = Self.sides(graph), kindIDs = Self.usedKinds(graph)
        for side in query.values("side") where !sideIDs.contains(side) {
            throw APIError(.badRequest, "unknown side '\(side.prefix(40))'\(Suggestions.didYouMean(side, among: sideIDs))",
                           suggestions: Suggestions.nearest(to: side, among: sideIDs))
        }
        for kind in query.values("kind") where !kindIDs.contains(kind) {
            throw APIError(.badRequest, "unknown channel kind '\(kind.prefix(40))'\(Suggestions.didYouMean(kind, among: kindIDs))",
                           suggestions: Suggestions.nearest(to: kind, among: kindIDs))
        }
        sides = Set(query.values("side"))
        kinds = Set(query.values("kind"))
        self.days = days
        if let text = query.value("step") {
            guard let step = Int(text), days.indices.contains(step) else {
                throw APIError(.badRequest, "'step' is a whole number from 0 to \(max(days.count - 1, 0))")
            }
            self.step = step
        } else {
            step = nil
        }
        guard let mode = Mode(rawValue: query.value("mode") ?? "upto") else {
            throw APIError(.badRequest, "'mode' is upto or on")
        }
        self.mode = mode
    }

    /// The sides the graph declares, then any other side an actor names.
    static func sides(_ graph: GraphCatalog) -> [String] {
        var sides = graph.sides.map(\.id)
        for actor in graph.actors { if let side = actor.side, !sides.contains(side) { sides.append(side) } }
        return sides
    }

    /// The channel kinds the graph uses, in vocabulary order.
    static func usedKinds(_ graph: GraphCatalog) -> [String] {
        let used = Set(graph.channels.map(\.kind.rawValue))
        return graph.kinds.channelKinds.map(\.id).filter(used.contains)
    }

    /// The chosen day: the stop's, or with `mode=on` and no stop, the last one (where the slider starts).
    var day: Day? {
        if let step { return days[step] }
        return mode == .on ? days.last : nil
    }

    /// The filter the selection stands for: a view of the shared snapshot, nothing copied.
    func filter(for graph: GraphCatalog) -> ChannelFilter {
        var filter = ChannelFilter()
        if !sides.isEmpty { filter.avoidedSides = Set(Self.sides(graph)).subtracting(sides) }
        if !kinds.isEmpty { filter.onlyKinds = kinds }
        if let day {
            filter.window = mode == .upTo ? DayRange(first: .min, last: day.rawValue) : DayRange(first: day.rawValue, last: day.rawValue)
        }
        return filter
    }

    /// A key naming this selection on `graph`, for the diagram cache: each part percent-encoded, so no
    /// two selections share one.
    func cacheKey(graph: String) -> String {
        let parts = [graph] + sides.sorted() + ["/"] + kinds.sorted() + ["/", step.map(String.init) ?? "", day == nil ? "" : mode.rawValue]
        return "overview " + parts.map(QueryItems.encode).joined(separator: " ")
    }
}
