import ChannelsCore
import ChannelsFormats
import ChannelsModel

/// `/path`: the form of `channels path` (names and aliases suggested in any script, the constraints, k),
/// and its answer: the route drawn highlighted and listed hop by hop with its sources.
struct PathPage {
    let layout: PageLayout
    let query: QueryItems
    /// The answer, when the form was submitted and the query is good.
    let report: PathReport?
    /// What was wrong with the query, when it was.
    let error: APIError?
    let cache: MemoCache

    func html() throws(APIError) -> HTML {
        let title = report.map { "\($0.graph.actors[$0.query.source].name) → \($0.graph.actors[$0.query.target].name)" } ?? "Find a route"
        return layout.page(title: title, """
            <h1>How can one actor reach another?</h1>
            \(form())
            \(ErrorNote.html(error, layout: layout))
            \(try result())
            """)
    }

    private func form() -> HTML {
        let graph = layout.graph.loaded.graph
        let value = { (name: String) -> String in query.value(name) ?? "" }
        let kinds = OverviewSelection.usedKinds(graph).map { kind -> HTML in
            let checked: HTML = query.values("only").contains(kind) ? " checked" : ""
            return "<label><input type=\"checkbox\" name=\"only\" value=\"\(kind)\"\(checked)> \(kind)</label>"
        }
        let sides = OverviewSelection.sides(graph).map { side -> HTML in
            let checked: HTML = query.values("avoid-side").contains(side) ? " checked" : ""
            return "<label><input type=\"checkbox\" name=\"avoid-side\" value=\"\(side)\"\(checked)> \(HTML.name(side))</label>"
        }
        let costs = PathCost.allCases.map { cost -> HTML in
            let selected: HTML = value("cost") == cost.rawValue ? " selected" : ""
            return "<option value=\"\(cost.rawValue)\"\(selected)>\(cost.rawValue)</option>"
        }
        let defaults = ["cost": "hops"]
        let open: HTML = query.items.contains { !["graph", "from", "to", "k"].contains($0.name) && !$0.value.isEmpty && defaults[$0.name] != $0.value } ? " open" : ""
        return """
            <form id="path-form" class="path-form" method="get" action="/path">
            \(layout.graphField)
            <div class="ends">
            <label>From <input name="from" list="actor-names" value="\(value("from"))" required autocomplete="off" dir="auto"></label>
            <button type="button" id="swap" title="Swap the two ends" aria-label="Swap from and to">⇄</button>
            <label>To <input name="to" list="actor-names" value="\(value("to"))" required autocomplete="off" dir="auto"></label>
            <label>Routes <input name="k" type="number" min="1" max="20" value="\(value("k").isEmpty ? "1" : value("k"))"></label>
            <button type="submit">Find</button>
            </div>
            <details\(open)><summary>Constraints</summary>
            <div class="constraints">
            <label>Avoid actor <input name="avoid" list="actor-names" value="\(value("avoid"))" autocomplete="off" dir="auto"></label>
            <label>Through actor <input name="via" list="actor-names" value="\(value("via"))" autocomplete="off" dir="auto"></label>
            <fieldset><legend>Avoid sides</legend>\(sides)</fieldset>
            <fieldset><legend>Only channels of kinds</legend>\(kinds)</fieldset>
            <label>Active on <input name="at" type="date" value="\(value("at"))"></label>
            <label>Leaving on or after <input name="after" type="date" value="\(value("after"))"></label>
            <label>Arriving by <input name="before" type="date" value="\(value("before"))"></label>
            <label>Minimum confidence <input name="min-confidence" type="number" min="0.01" max="1" step="0.01" value="\(value("min-confidence"))"></label>
            <label>Cost <select name="cost">\(costs)</select></label>
            </div>
            </details>
            </form>
            \(Self.names(graph))
            """
    }

    /// Every actor's name, id and aliases, for the ends' suggestions: typing بايدن offers Joe Biden.
    static func names(_ graph: GraphCatalog) -> HTML {
        var options: [HTML] = []
        for actor in graph.actors {
            options.append("<option value=\"\(actor.name)\">\(actor.id)</option>")
            for alias in actor.aliases where alias != actor.name {
                options.append("<option value=\"\(alias)\">\(actor.name)</option>")
            }
        }
        return "<datalist id=\"actor-names\">\(options)</datalist>"
    }

    private func result() throws(APIError) -> HTML {
        guard let report else { return "" }
        let graph = report.graph
        guard !report.answer.routes.isEmpty else {
            return "<section class=\"answer\" id=\"answer\"><h2>No route</h2><p>\(report.reasonSentence).</p></section>"
        }
        let picture = PathPicture(loaded: report.loaded, answer: report.answer, options: DiagramOptions())
        let svg = try cache.svg("path \(QueryItems.encode(layout.graph.name)) \(query.encoded)") { picture.dot() }
        let routes = report.answer.routes.enumerated().map { rank, found -> HTML in
            let route = found.route
            let hops = (0..<route.hops).map { hop -> HTML in
                let channel = graph.channels[Int(route.edges[hop])]
                let from = graph.actors[Int(route.nodes[hop])], to = graph.actors[Int(route.nodes[hop + 1])]
                let day = route.days.isEmpty ? channel.whenDescription ?? "undated" : Day(rawValue: route.days[hop]).description
                let name: HTML = channel.name.map { " · “\(HTML.name($0))”" } ?? ""
                let others = found.parallel[hop].count
                let parallel: HTML = others == 0 ? "" : " <span class=\"parallel\">(\(others) other channel\(others == 1 ? "" : "s") for this hop)</span>"
                return """
                    <li class="hop" data-channel="\(channel.id)"><p>\(layout.actorLink(from)) \
                    <span class="kind">— \(channel.kind.rawValue)\(channel.directed ? " →" : " —")</span> \(layout.actorLink(to)) \
                    <time>\(day)</time>\(name) <span class="id">\(channel.id)</span>\(parallel)</p>
                    \(SourceList.html(channel.cites))</li>
                    """
            }
            let heading: HTML = report.answer.routes.count > 1 ? "<h3>Route \(rank + 1): \(route.hops) hop\(route.hops == 1 ? "" : "s")</h3>" : ""
            return "\(heading)<ol class=\"route\">\(hops)</ol>"
        }
        let first = report.answer.routes[0].route
        let lead = report.answer.routes.count == 1 ? "\(first.hops) hop\(first.hops == 1 ? "" : "s")" : "\(report.answer.routes.count) routes"
        return """
            <section class="answer" id="answer">
            <h2>\(HTML.name(graph.actors[report.query.source].name)) → \(HTML.name(graph.actors[report.query.target].name)): \(lead)</h2>
            <figure class="diagram" id="route-diagram">\(HTML(trusted: svg))</figure>
            \(routes)
            <p class="api">As JSON: <a href="/api/path?\(query.encoded)">/api/path?\(query.encoded)</a></p>
            </section>
            """
    }
}

/// A request's error on a page: its message, and its suggestions as choices.
enum ErrorNote {
    static func html(_ error: APIError?, layout: PageLayout) -> HTML {
        guard let error else { return "" }
        let suggestions: HTML = error.suggestions.isEmpty ? "" : " Did you mean \(error.suggestions.map { "<bdi class=\"suggestion\">\($0)</bdi>" as HTML })?"
        return "<p class=\"error\" role=\"alert\">\(error.message)\(suggestions)</p>"
    }
}
