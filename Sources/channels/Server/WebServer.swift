import ChannelsFormats
import ChannelsModel
import Foundation
import Hummingbird
import HTTPTypes
import Logging

/// `channels serve`: the JSON API under /api and the pages, over graphs loaded once and shared.
struct WebServer: Sendable {
    static let defaultCachedAnswers = 4_096
    static let defaultTimeLimit: Duration = .seconds(20)

    let graphs: ServedGraphs
    /// Whether to log one line per request on standard error.
    let logsRequests: Bool
    /// API answers kept, by request (``MemoCache``); `--cache`.
    let answers: MemoCache
    /// Diagrams kept, by what they show: up to 512 per generation, whatever `--cache` says.
    let diagrams = MemoCache(capacity: 512)
    /// How long one question may compute (``APIEndpoint/answer(_:on:timeLimit:)``).
    let timeLimit: Duration
    /// Where answers, pages and diagrams are computed.
    let runner = QuestionRunner()

    /// - Parameter cachedAnswers: how many API answers to keep per cache generation; 0 keeps none.
    init(graphs: ServedGraphs, logsRequests: Bool = true, cachedAnswers: Int = defaultCachedAnswers,
         timeLimit: Duration = defaultTimeLimit) {
        self.graphs = graphs
        self.logsRequests = logsRequests
        self.answers = MemoCache(capacity: cachedAnswers)
        self.timeLimit = timeLimit
    }

    /// Every route: pages, their diagram and assets, the API and its document, and a 404 with suggestions.
    func router() -> Router<BasicRequestContext> {
        let router = Router()
        if logsRequests { router.add(middleware: RequestLog()) }
        router.add(middleware: SecurityHeaders())
        router.get("/") { request, _ in await self.overview(request) }
        router.get("/diagram.svg") { request, _ in await self.overviewDiagram(request) }
        router.get("/actors/:id") { request, context in await self.actor(request, id: context.parameters.get("id") ?? "") }
        router.get("/path") { request, _ in await self.path(request) }
        router.get("/centrality") { request, _ in await self.centrality(request) }
        router.get("/brokers") { request, _ in await self.brokers(request) }
        router.get("/whatif") { request, _ in await self.whatIf(request) }
        router.get("/static/app.css") { _, _ in Self.asset(StyleSheet.css, type: "text/css; charset=utf-8") }
        router.get("/static/app.js") { _, _ in Self.asset(Script.javascript, type: "text/javascript; charset=utf-8") }
        router.get("/static/icon.svg") { _, _ in Self.asset(Self.icon, type: "image/svg+xml") }
        router.get("/favicon.ico") { _, _ in Response(status: .noContent) }
        router.get("/api/openapi.json") { _, _ in Response.json(OpenAPIDocument.json) }
        router.get("/api/graphs") { request, _ in self.graphList(request) }
        router.get("/api/diff") { request, _ in await self.diff(request) }
        router.get("/api/:endpoint") { request, context in await self.api(request, endpoint: context.parameters.get("endpoint") ?? "") }
        router.get("**") { request, _ in self.notFound(request) }
        return router
    }

    /// Serves until SIGINT or SIGTERM, then finishes the requests under way and returns.
    ///
    /// - Parameter running: called once the socket is bound, with the address to print.
    func run(host: String, port: Int, running: @escaping @Sendable (String) -> Void) async throws {
        var logger = Logger(label: "channels")
        logger.logLevel = .error
        let app = Application(
            router: router(),
            configuration: .init(address: .hostname(host, port: port), serverName: "channels", reuseAddress: true),
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? port
                running("http://\(host.contains(":") ? "[\(host)]" : host):\(bound)/")
            },
            logger: logger)
        try await app.runService()
    }

    /// Three actors and the channels between them.
    private static let icon = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M7 24 16 8 25 24" fill="none" stroke="#0b57d0" \
        stroke-width="3"/><circle cx="7" cy="24" r="5" fill="#e69f00"/><circle cx="16" cy="8" r="5" fill="#009e73"/>\
        <circle cx="25" cy="24" r="5" fill="#0072b2"/></svg>
        """

    private static func asset(_ text: String, type: String) -> Response {
        Response.text(text, type: type, headers: [.cacheControl: "public, max-age=3600"])
    }
}
