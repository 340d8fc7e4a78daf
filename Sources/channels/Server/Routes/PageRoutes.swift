import ChannelsFormats
import ChannelsModel
import Foundation
import Hummingbird
import HTTPTypes

extension WebServer {
    /// Builds a page for the graph `graph=` names; a bad query or an unknown graph gives an error page
    /// with the same status the API would give.
    private func page(_ request: Request, section: PageLayout.Section?,
                      _ build: (PageLayout, QueryItems) throws(APIError) -> HTML) -> Response {
        let layout: PageLayout
        let query: QueryItems
        do {
            query = try QueryItems(request.uri.query)
            layout = PageLayout(graphs: graphs, graph: try graphs.graph(query.value("graph")), section: section)
        } catch {
            let fallback = PageLayout(graphs: graphs, graph: graphs.defaultEntry, section: section)
            return .html(NotFoundPage(layout: fallback, path: request.uri.path, error: error).html(), status: error.status)
        }
        do {
            return .html(try build(layout, query))
        } catch {
            return .html(NotFoundPage(layout: layout, path: request.uri.path, error: error).html(), status: error.status)
        }
    }

    func overview(_ request: Request) -> Response {
        page(request, section: .overview) { layout, query throws(APIError) in
            let selection = try OverviewSelection(query, graph: layout.graph.loaded.graph)
            return try OverviewPage(layout: layout, selection: selection, cache: cache).html()
        }
    }

    /// `/diagram.svg`: the overview's diagram alone, for the date slider and the filters to redraw; what
    /// it shows is summed up in the `X-Channels-Summary` header.
    func overviewDiagram(_ request: Request) -> Response {
        do {
            let query = try QueryItems(request.uri.query)
            let graph = try graphs.graph(query.value("graph"))
            let layout = PageLayout(graphs: graphs, graph: graph, section: .overview)
            let selection = try OverviewSelection(query, graph: graph.loaded.graph)
            let drawn = try OverviewPage(layout: layout, selection: selection, cache: cache).diagram()
            let summary = OverviewPage.summary(actors: drawn.actors, channels: drawn.channels)
            return .text(drawn.svg, type: "image/svg+xml; charset=utf-8", headers: [HTTPField.Name("X-Channels-Summary")!: summary])
        } catch {
            return .error(error)
        }
    }

    func actor(_ request: Request, id: String) -> Response {
        page(request, section: nil) { layout, query throws(APIError) in
            let decoded = id.removingPercentEncoding ?? id
            let answer = try APIEndpoints.actor.answer(QueryItems(items: [.init(name: "actor", value: decoded)]), on: layout.graph.loaded,
                                                       timeLimit: timeLimit)
            guard let report = answer.report as? ActorReport else { throw APIError(.internalServerError, "unexpected report") }
            return ActorPage(layout: layout, report: report).html()
        }
    }

    func path(_ request: Request) -> Response {
        page(request, section: .path) { layout, query throws(APIError) in
            let asked = query.value("from") != nil || query.value("to") != nil
            let (answer, failure) = asked ? Self.attempt { () throws(APIError) in try APIEndpoints.path.answer(query, on: layout.graph.loaded, timeLimit: timeLimit) } : (nil, nil)
            return try PathPage(layout: layout, query: query, report: answer?.report as? PathReport, error: failure, cache: cache).html()
        }
    }

    func centrality(_ request: Request) -> Response {
        page(request, section: .centrality) { layout, query throws(APIError) in
            let (answer, failure) = Self.attempt { () throws(APIError) in try APIEndpoints.centrality.answer(query, on: layout.graph.loaded, timeLimit: timeLimit).report.json() }
            let metrics = ["all"] + CentralityMetric.allCases.filter { $0 != .edgeBetweenness }.map(\.rawValue)
            let controls = RankingPage.select("metric", label: "Measure", choices: metrics, query: query, fallback: "betweenness")
                + "<label><input type=\"checkbox\" name=\"normalized\" value=\"true\"\(query.value("normalized") == nil ? "" : " checked")> normalized</label>"
            return RankingPage(layout: layout, heading: "Who is central?",
                               lead: "Each actor's centrality; click a column's name to sort by it.",
                               controls: controls, answer: answer, error: failure, endpoint: "centrality", query: query).html()
        }
    }

    func brokers(_ request: Request) -> Response {
        page(request, section: .brokers) { layout, query throws(APIError) in
            let (answer, failure) = Self.attempt { () throws(APIError) in try APIEndpoints.brokers.answer(query, on: layout.graph.loaded, timeLimit: timeLimit).report.json() }
            let controls = RankingPage.select("by", label: "Groups by", choices: ["side", "kind"], query: query, fallback: "side")
            return RankingPage(layout: layout, heading: "Who brokers between groups?",
                               lead: "Gould–Fernandez brokerage roles: how often each actor sits between two others, by the groups of the three.",
                               controls: controls, answer: answer, error: failure, endpoint: "brokers", query: query).html()
        }
    }

    func whatIf(_ request: Request) -> Response {
        page(request, section: .whatIf) { layout, query throws(APIError) in
            let asked = query.value("remove") != nil || query.value("remove-side") != nil
            let (answer, failure) = asked ? Self.attempt { () throws(APIError) in try APIEndpoints.whatIf.answer(query, on: layout.graph.loaded, timeLimit: timeLimit) } : (nil, nil)
            return try WhatIfPage(layout: layout, query: query, report: answer?.report as? WhatIfReport, error: failure, cache: cache).html()
        }
    }

    /// Any other address: 404, in JSON under /api/, else as a page with the addresses it may have meant.
    func notFound(_ request: Request) -> Response {
        let path = request.uri.path
        let error = APIError(.notFound, "nothing is at \(path.prefix(200))",
                             suggestions: Suggestions.nearest(to: path, among: NotFoundPage.addresses))
        if path.hasPrefix("/api/") { return .error(error) }
        let layout = PageLayout(graphs: graphs, graph: graphs.defaultEntry, section: nil)
        return .html(NotFoundPage(layout: layout, path: path, error: nil).html(), status: .notFound)
    }

    private static func attempt<Value>(_ work: () throws(APIError) -> Value) -> (Value?, APIError?) {
        do {
            return (try work(), nil)
        } catch {
            return (nil, error)
        }
    }
}
