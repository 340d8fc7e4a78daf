import ArgumentParser
import ChannelsFormats
import ChannelsModel
import Hummingbird

extension WebServer {
    /// `/api/NAME`: the endpoint's command on the graph `graph=` names, answered in its JSON shape; kept
    /// (``answers``) unless the answer depends on the clock.
    func api(_ request: Request, endpoint name: String) async -> Response {
        guard let endpoint = APIEndpoints.named(name) else {
            let names = APIEndpoints.all.map(\.name) + ["graphs", "diff", "openapi.json"]
            let nearest = Suggestions.nearest(to: name, among: names).map { "/api/" + $0 }
            return .error(APIError(.notFound, "no API endpoint /api/\(name.prefix(60))\(Suggestions.didYouMean(nearest))",
                                   suggestions: nearest))
        }
        return await answer(request) { query throws(APIError) in
            let answer = try endpoint.answer(query, on: try graphs.graph(for: query).loaded, timeLimit: timeLimit)
            return (answer.report.json(), answer.repeatable)
        }
    }

    /// `/api/diff?old=A&new=B`: `channels diff` between two served graphs.
    func diff(_ request: Request) async -> Response {
        await answer(request) { query throws(APIError) in
            let command: DiffCommand
            do {
                command = try DiffCommand.parse(try APIEndpoints.diff.arguments(query, ignoring: []))
            } catch let error as APIError {
                throw error
            } catch {
                throw APIError(.badRequest, DiffCommand.message(for: error))
            }
            let before = try graphs.graph(command.old), after = try graphs.graph(command.new)
            do {
                let report = try Interrupt.$deadline.withValue(.now + timeLimit) { try command.report(before: before.loaded, after: after.loaded) }
                return (report.json(), true)
            } catch let failure as Failure {
                throw APIError(failure)
            } catch {
                throw APIError(.internalServerError, "\(error)")
            }
        }
    }

    /// The JSON answer to `request`: from ``answers`` when kept, else computed on the ``runner`` by
    /// `compute` (the answer and whether asking again gives the same) and kept if so.
    private func answer(_ request: Request, _ compute: @escaping @Sendable (QueryItems) throws(APIError) -> (JSON, Bool)) async -> Response {
        let key = request.uri.description, rawQuery = request.uri.query
        if let hit = answers.cached(key) { return .text(hit, type: Response.jsonType) }
        let result = await runner.run { () -> Result<(String, Bool), APIError> in
            do throws(APIError) {
                let (json, repeatable) = try compute(try QueryItems(rawQuery))
                return .success((json.rendered() + "\n", repeatable))
            } catch {
                return .failure(error)
            }
        }
        switch result {
        case .success(let (body, repeatable)):
            if repeatable { answers.store(body, for: key) }
            return .text(body, type: Response.jsonType)
        case .failure(let error):
            return .error(error)
        }
    }

    /// `/api/graphs`: the graphs served, in the order they were loaded (the built-in ones first), the
    /// default one marked.
    func graphList(_ request: Request) -> Response {
        .json(.object([("graphs", .array(graphs.entries.map { entry in
            .object([
                ("name", .string(entry.name)),
                ("title", .optional(entry.loaded.graph.title)),
                ("source", .string(entry.loaded.name)),
                ("actors", .int(entry.loaded.graph.actors.count)),
                ("channels", .int(entry.loaded.graph.channels.count)),
                ("default", .bool(entry.name == graphs.defaultName)),
            ])
        }))]))
    }
}
