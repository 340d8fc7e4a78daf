import Foundation
import Hummingbird

/// Logs one line per request on standard error: time, method, path and query, status, and how long the
/// answer took, e.g. `2026-12-06T01:02:03Z GET /api/path?from=Biden&to=Hamas 200 0.6 ms`.
struct RequestLog<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        let line = "\(Date.now.formatted(.iso8601)) \(request.method) \(request.uri.description.prefix(300)) \(response.status.code) \(String(format: "%.1f", milliseconds)) ms\n"
        Terminal.standardError.write(line)
        return response
    }
}
