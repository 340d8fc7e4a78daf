import HTTPTypes
import ChannelsCore
import ChannelsFormats
import ChannelsModel

/// `/`: the graph drawn, actors linking to their pages, channels with their kind, date and sources as
/// tooltips; side and kind filters and a date slider that redraw it (through `/diagram.svg`).
struct OverviewPage {
    let layout: PageLayout
    let selection: OverviewSelection
    let cache: MemoCache

    private var loaded: LoadedGraph { layout.graph.loaded }

    /// Diagrams with more channels than this are not drawn: Graphviz's layout cannot be stopped, and
    /// takes minutes on graphs of tens of thousands of channels.
    static let maximumChannels = 2_000

    /// The diagram for the selection, as SVG, with what it shows counted.
    ///
    /// - Throws: ``APIError`` 422 when the selection has more than ``maximumChannels`` channels.
    func diagram() throws(APIError) -> (svg: String, actors: Int, channels: Int) {
        let graph = loaded.graph
        let view = loaded.snapshot.view(selection.filter(for: graph))
        let actors = graph.actors.indices.filter { view.allowsNode($0) }
        let channels = graph.channels.indices.filter {
            view.allowsEdge($0) && view.allowsNode(graph.channels[$0].source) && view.allowsNode(graph.channels[$0].target)
        }
        guard channels.count <= Self.maximumChannels else {
            throw APIError(.unprocessableContent, "\(channels.count) channels are too many to draw (at most \(Self.maximumChannels)); choose sides, kinds or a day")
        }
        var options = DiagramOptions()
        options.actorLink = layout.link("/actors/{id}")
        let svg = try cache.svg(selection.cacheKey(graph: layout.graph.name)) {
            DOTWriter(graph: graph.typed, options: options, actors: actors, channels: channels).write()
        }
        return (svg, actors.count, channels.count)
    }

    func html() throws(APIError) -> HTML {
        let graph = loaded.graph
        let drawn: (svg: String, actors: Int, channels: Int)
        do {
            drawn = try diagram()
        } catch where error.status == .unprocessableContent {
            drawn = ("<p class=\"error\">\(HTML.escape(error.message)).</p>", 0, 0)
        }
        let sides = OverviewSelection.sides(graph).map { side -> HTML in
            let checked: HTML = selection.sides.isEmpty || selection.sides.contains(side) ? " checked" : ""
            let label = graph.side(id: side)?.name ?? side
            return "<label><input type=\"checkbox\" name=\"side\" value=\"\(side)\"\(checked)> \(HTML.name(label))</label>"
        }
        let kinds = OverviewSelection.usedKinds(graph).map { kind -> HTML in
            let checked: HTML = selection.kinds.isEmpty || selection.kinds.contains(kind) ? " checked" : ""
            return "<label><input type=\"checkbox\" name=\"kind\" value=\"\(kind)\"\(checked)> \(kind)</label>"
        }
        let days = selection.days
        let step = selection.step ?? max(days.count - 1, 0)
        let shownDay = days.isEmpty ? "" : days[step].description
        let modes = [(OverviewSelection.Mode.upTo, "up to that day"), (.on, "on that day")].map { mode, label -> HTML in
            let checked: HTML = selection.mode == mode ? " checked" : ""
            return "<label><input type=\"radio\" name=\"mode\" value=\"\(mode.rawValue)\"\(checked)> \(label)</label>"
        }
        let slider: HTML = days.isEmpty ? "<p>No channel is dated.</p>" : """
            <label for="step">Channels active</label>
            <div class="slider"><input type="range" id="step" name="step" min="0" max="\(days.count - 1)" value="\(step)" \
            aria-valuetext="\(shownDay)" data-days="\(days.map(\.description).joined(separator: " "))">
            <output id="step-date" for="step">\(shownDay)</output></div>
            <div class="modes">\(modes)</div>
            """
        let title = graph.title ?? layout.graph.name
        return layout.page(title: title, """
            <h1>\(title)</h1>
            <p class="lead">\(graph.actors.count) actors, \(graph.channels.count) channels. Click an actor for its channels and \
            sources; hover over a channel for its kind, date and sources.</p>
            <form id="filters" class="filters" method="get" action="/" data-diagram="/diagram.svg">
            \(layout.graphField)
            <fieldset><legend>Sides</legend>\(sides)</fieldset>
            <fieldset><legend>Channel kinds</legend>\(kinds)</fieldset>
            <fieldset class="when"><legend>Date</legend>\(slider)</fieldset>
            <button type="submit">Apply</button>
            </form>
            <p id="diagram-summary" aria-live="polite">\(Self.summary(actors: drawn.actors, channels: drawn.channels))</p>
            <figure id="diagram" class="diagram">\(HTML(trusted: drawn.svg))</figure>
            """)
    }

    static func summary(actors: Int, channels: Int) -> String {
        "Showing \(actors) actor\(actors == 1 ? "" : "s") and \(channels) channel\(channels == 1 ? "" : "s")."
    }
}
