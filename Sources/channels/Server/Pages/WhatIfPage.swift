import ChannelsFormats
import ChannelsModel

/// `/whatif`: toggles to remove actors or whole sides, and the graph before and after: what was removed
/// struck through, the routes that changed highlighted, and the report of `channels whatif`.
struct WhatIfPage {
    let layout: PageLayout
    let query: QueryItems
    let report: WhatIfReport?
    let error: APIError?
    let cache: MemoCache

    func html() throws(APIError) -> HTML {
        let graph = layout.graph.loaded.graph
        let removedActors = Set(query.values("remove")), removedSides = Set(query.values("remove-side"))
        let sides = OverviewSelection.sides(graph).map { side -> HTML in
            let checked: HTML = removedSides.contains(side) ? " checked" : ""
            return "<label><input type=\"checkbox\" name=\"remove-side\" value=\"\(side)\"\(checked)> \(HTML.name(side))</label>"
        }
        let actors = graph.actors.sorted { $0.name < $1.name }.map { actor -> HTML in
            let checked: HTML = removedActors.contains(actor.id) || removedActors.contains(actor.name) ? " checked" : ""
            return "<label><input type=\"checkbox\" name=\"remove\" value=\"\(actor.id)\"\(checked)> \(HTML.name(actor.name))</label>"
        }
        return layout.page(title: "What if", """
            <h1>What if an actor or a side were gone?</h1>
            <p class="lead">Tick what to remove: the routes between sides, the brokers and the graph's cut points are \
            compared before and after.</p>
            <form id="whatif-form" class="whatif-form" method="get" action="/whatif">
            \(layout.graphField)
            <fieldset><legend>Remove sides</legend>\(sides)</fieldset>
            <fieldset class="actor-toggles"><legend>Remove actors</legend>\(actors)</fieldset>
            <button type="submit">Compare</button>
            </form>
            \(ErrorNote.html(error, layout: layout))
            \(try result())
            """)
    }

    private func result() throws(APIError) -> HTML {
        guard let report else { return "" }
        let picture = WhatIfPicture(loaded: layout.graph.loaded, report: report, options: DiagramOptions())
        let svg = report.graph.channels.count > OverviewPage.maximumChannels
            ? "<p>The graph is too large to draw.</p>"
            : try cache.svg("whatif \(QueryItems.encode(layout.graph.name)) \(query.encoded)") { picture.dot() }
        return """
            <section class="answer" id="answer">
            <h2>Without \(report.removedSummary)</h2>
            <figure class="diagram" id="whatif-diagram">\(HTML(trusted: svg))</figure>
            <pre class="report" dir="auto">\(report.text(style: Style(enabled: false)))</pre>
            <p class="api">As JSON: <a href="/api/whatif?\(query.encoded)">/api/whatif?\(query.encoded)</a></p>
            </section>
            """
    }
}
