import ArgumentParser
import ChannelsFormats
import ChannelsModel
import Hummingbird

extension WebServer {
    /// `/api/NAME`: the endpoint's command on the graph `graph=` names, answered in its JSON shape.
    func api(_ request: Request, endpoint name: String) -> Response {
        guard let endpoint = APIEndpoints.named(name) else {
            let names = APIEndpoints.all.map(\.name) + ["graphs", "diff", "openapi.json"]
            let nearest = Suggestions.nearest(to: name, among: names)
            return .error(APIError(.notFound, "no API endpoint /api/\(name.prefix(60))\(Suggestions.didYouMean(nearest.map { "/api/" + $0 }))",
                                   suggestions: nearest.map { "/api/" + $0 }))
        }
        do {
            let body = try answers.value(request.uri.description) { () throws(APIError) in
                let query = try QueryItems(request.uri.query)
                let graph = try graphs.graph(query.value("graph"))
                return try endpoint.answer(query, on: graph.loaded, timeLimit: timeLimit).report.json().rendered() + "\n"
            }
            return .text(body, type: Response.jsonType)
        } catch {
            return .error(error)
        }
    }

    /// `/api/graphs`: the graphs served, the default first.
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

    /// `/api/diff?old=A&new=B`: `channels diff` between two served graphs.
    func diff(_ request: Request) -> Response {
        do {
            let query = try QueryItems(request.uri.query)
            let arguments = try APIEndpoints.diff.arguments(query, ignoring: [])
            let command: DiffCommand
            do {
                command = try DiffCommand.parse(arguments)
            } catch {
                throw APIError(.badRequest, DiffCommand.message(for: error))
            }
            let before = try graphs.graph(command.old), after = try graphs.graph(command.new)
            do {
                let report = try Interrupt.$deadline.withValue(.now + timeLimit) { try command.report(before: before.loaded, after: after.loaded) }
                return .json(report.json())
            } catch let failure as Failure {
                throw APIError(failure)
            }
        } catch let error as APIError {
            return .error(error)
        } catch {
            return .error(APIError(.internalServerError, "\(error)"))
        }
    }
}
