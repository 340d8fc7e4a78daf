import ChannelsFormats
import ChannelsModel
import Foundation
import Hummingbird
import HTTPTypes

extension WebServer {
    /// A page and the error it shows, if any: the page goes out with that error's status.
    typealias Page = (html: HTML, error: APIError?)

    /// Builds a page for the graph `graph=` names, on the ``runner``. A bad query or an unknown graph
    /// gives an error page; a question the page could not answer shows in it, with the API's status.
    private func page(_ request: Request, section: PageLayout.Section?,
                      _ build: @escaping @Sendable (PageLayout, QueryItems) throws(APIError) -> Page) async -> Response {
        let rawQuery = request.uri.query, path = request.uri.path
        let (html, error) = await runner.run { () -> Page in
            var layout = PageLayout(graphs: graphs, graph: graphs.defaultEntry, section: section)
            do throws(APIError) {
                let query = try QueryItems(rawQuery)
                layout = PageLayout(graphs: graphs, graph: try graphs.graph(for: query), section: section)
                return try build(layout, query)
            } catch {
                return (ErrorPage(layout: layout, path: path, error: error).html(), error)
            }
        }
        return .html(html, status: error?.status ?? .ok)
    }

    func overview(_ request: Request) async -> Response {
        await page(request, section: .overview) { layout, query throws(APIError) in
            let selection = try OverviewSelection(query, graph: layout.graph.loaded.graph, days: layout.graph.startDays)
            return (try OverviewPage(layout: layout, selection: selection, cache: diagrams).html(), nil)
        }
    }

    /// `/diagram.svg`: the overview's diagram alone, for the date slider and the filters to redraw; what
    /// it shows is summed up in the `X-Channels-Summary` header.
    func overviewDiagram(_ request: Request) async -> Response {
        let rawQuery = request.uri.query
        let result = await runner.run { () -> Result<(svg: String, summary: String), APIError> in
            do throws(APIError) {
                let query = try QueryItems(rawQuery)
                let graph = try graphs.graph(for: query)
                let layout = PageLayout(graphs: graphs, graph: graph, section: .overview)
                let selection = try OverviewSelection(query, graph: graph.loaded.graph, days: graph.startDays)
                let drawn = try OverviewPage(layout: layout, selection: selection, cache: diagrams).diagram()
                return .success((drawn.svg, OverviewPage.summary(actors: drawn.actors, channels: drawn.channels)))
            } catch {
                return .failure(error)
            }
        }
        switch result {
        case .success(let drawn):
            return .text(drawn.svg, type: "image/svg+xml; charset=utf-8", headers: [HTTPField.Name("X-Channels-Summary")!: drawn.summary])
        case .failure(let error):
            return .error(error)
        }
    }

    func actor(_ request: Request, id: String) async -> Response {
        await page(request, section: nil) { layout, _ throws(APIError) in
            let decoded = id.removingPercentEncoding ?? id
            let answer = try APIEndpoints.actor.answer(QueryItems(items: [.init(name: "actor", value: decoded)]), on: layout.graph.loaded,
                                                       timeLimit: timeLimit)
            guard let report = answer.report as? ActorReport else { throw APIError(.internalServerError, "unexpected report") }
            return (ActorPage(layout: layout, report: report).html(), nil)
        }
    }

    func path(_ request: Request) async -> Response {
        await page(request, section: .path) { layout, query throws(APIError) in
            let asked = query.value("from") != nil || query.value("to") != nil
            let (answer, failure) = asked ? Self.attempt { () throws(APIError) in try APIEndpoints.path.answer(query, on: layout.graph.loaded, timeLimit: timeLimit) } : (nil, nil)
            return (try PathPage(layout: layout, query: query, report: answer?.report as? PathReport, error: failure, cache: diagrams).html(), failure)
        }
    }

    func centrality(_ request: Request) async -> Response {
        let metrics = ["all"] + CentralityMetric.allCases.filter { $0 != .edgeBetweenness }.map(\.rawValue)
        return await rankingPage(request, section: .centrality, endpoint: APIEndpoints.centrality, heading: "Who is central?",
                                 lead: "Each actor's centrality; click a column's name to sort by it.") { query in
            let normalized: HTML = APIParameter.isTrue(query.value("normalized") ?? "false") ? " checked" : ""
            return RankingPage.select("metric", label: "Measure", choices: metrics, query: query, fallback: "betweenness")
                + "<label><input type=\"checkbox\" name=\"normalized\" value=\"true\"\(normalized)> normalized</label>"
        }
    }

    func brokers(_ request: Request) async -> Response {
        await rankingPage(request, section: .brokers, endpoint: APIEndpoints.brokers, heading: "Who brokers between groups?",
                          lead: "Gould–Fernandez brokerage roles: how often each actor sits between two others, by the groups of the three.") { query in
            RankingPage.select("by", label: "Groups by", choices: ["side", "kind"], query: query, fallback: "side")
        }
    }

    /// A ranking page: `endpoint`'s JSON answer as a sortable table under the form `controls` builds.
    private func rankingPage(_ request: Request, section: PageLayout.Section, endpoint: APIEndpoint, heading: String, lead: String,
                             controls: @escaping @Sendable (QueryItems) -> HTML) async -> Response {
        await page(request, section: section) { layout, query throws(APIError) in
            let (answer, failure) = Self.attempt { () throws(APIError) in try endpoint.answer(query, on: layout.graph.loaded, timeLimit: timeLimit).report.json() }
            let page = RankingPage(layout: layout, heading: heading, lead: lead, controls: controls(query), answer: answer, error: failure,
                                   endpoint: endpoint.name, query: query)
            return (page.html(), failure)
        }
    }

    func whatIf(_ request: Request) async -> Response {
        await page(request, section: .whatIf) { layout, query throws(APIError) in
            let asked = query.value("remove") != nil || query.value("remove-side") != nil
            let (answer, failure) = asked ? Self.attempt { () throws(APIError) in try APIEndpoints.whatIf.answer(query, on: layout.graph.loaded, timeLimit: timeLimit) } : (nil, nil)
            return (try WhatIfPage(layout: layout, query: query, report: answer?.report as? WhatIfReport, error: failure, cache: diagrams).html(), failure)
        }
    }

    /// Any other address: 404, in JSON under /api/, else as a page with the addresses it may have meant.
    func notFound(_ request: Request) -> Response {
        let path = request.uri.path
        if path.hasPrefix("/api/") {
            return .error(APIError(.notFound, "nothing is at \(path.prefix(200))",
                                   suggestions: Suggestions.nearest(to: path, among: ErrorPage.addresses)))
        }
        let layout = PageLayout(graphs: graphs, graph: graphs.defaultEntry, section: nil)
        let page = ErrorPage(layout: layout, path: path, error: APIError(.notFound, "nothing is at this address"), unknownAddress: true)
        return .html(page.html(), status: .notFound)
    }

    private static func attempt<Value>(_ work: () throws(APIError) -> Value) -> (Value?, APIError?) {
        do {
            return (try work(), nil)
        } catch {
            return (nil, error)
        }
    }
}
