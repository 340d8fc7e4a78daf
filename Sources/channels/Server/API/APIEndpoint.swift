import HTTPTypes
import ArgumentParser
import ChannelsFormats
import ChannelsModel

/// One question the JSON API answers, at `/api/NAME`: the command it runs, the query parameters it takes
/// (each the command's own option), and the shape of its answer. The OpenAPI document is generated from
/// these declarations (``OpenAPIDocument``), so the document and the handlers cannot drift apart.
struct APIEndpoint: Sendable {
    let name: String
    let summary: String
    /// The command-line equivalent, for the document, e.g. `channels path FROM TO`.
    let command: String
    let parameters: [APIParameter]
    /// The JSON Schema of a 200 answer (the README's shape of the command's `--format json`).
    let response: JSON
    /// Parses the arguments as the command and answers on a graph; `nil` for an endpoint its route
    /// handles itself (`diff`, which reads two graphs).
    let question: (@Sendable (_ arguments: [String], _ loaded: LoadedGraph) throws -> Answer)?

    init<Question: GraphQuestion>(_ name: String, _ type: Question.Type, summary: String, command: String,
                                  parameters: [APIParameter], response: JSON) {
        self.name = name
        self.summary = summary
        self.command = command
        self.parameters = parameters
        self.response = response
        self.question = { arguments, loaded in
            let command: Question
            do {
                command = try Question.parse(arguments)
            } catch {
                throw APIError(.badRequest, Question.message(for: error))
            }
            return try command.answer(on: loaded)
        }
    }

    /// An endpoint whose route runs the command itself.
    init(_ name: String, summary: String, command: String, parameters: [APIParameter], response: JSON) {
        self.name = name
        self.summary = summary
        self.command = command
        self.parameters = parameters
        self.response = response
        self.question = nil
    }

    /// The command-line arguments `query` stands for: options first, then `--`, then the positional
    /// arguments in the declared order, so that no value can read as an option.
    ///
    /// - Throws: ``APIError`` 400 for an unknown parameter (with suggestions), a missing required one,
    ///   or a value of the wrong type or range.
    func arguments(_ query: QueryItems, ignoring shared: Set<String> = ["graph"]) throws(APIError) -> [String] {
        for item in query.items where !shared.contains(item.name) && !parameters.contains(where: { $0.name == item.name }) {
            let nearest = Suggestions.nearest(to: item.name, among: parameters.map(\.name) + shared.sorted())
            throw APIError(.badRequest, "/api/\(name) has no parameter '\(item.name.prefix(40))'\(Suggestions.didYouMean(nearest))",
                           suggestions: nearest)
        }
        var options: [String] = [], positional: [String] = []
        for parameter in parameters {
            let values = query.values(parameter.name)
            let arguments = try parameter.arguments(values)
            if parameter.required && arguments.isEmpty {
                throw APIError(.badRequest, "/api/\(name) needs '\(parameter.name)': \(parameter.summary)")
            }
            if parameter.form == .argument { positional += arguments } else { options += arguments }
        }
        return options + ["--"] + positional
    }

    /// Runs the endpoint's command on `loaded` with the query's arguments, for at most `timeLimit`: the
    /// kernels that can take long (betweenness, closeness, rankings over time) check the deadline as they
    /// check Ctrl-C on the command line, and give up with 503.
    ///
    /// - Throws: ``APIError``: 400 for what the command line rejects (its own message), 404 for unknown
    ///   actors or channels.
    func answer(_ query: QueryItems, on loaded: LoadedGraph, timeLimit: Duration) throws(APIError) -> Answer {
        let arguments = try arguments(query)
        guard let question else { throw APIError(.internalServerError, "/api/\(name) is answered by its own route") }
        do {
            return try Interrupt.$deadline.withValue(.now + timeLimit) { try question(arguments, loaded) }
        } catch let error as APIError {
            throw error
        } catch let failure as Failure {
            throw APIError(failure)
        } catch {
            throw APIError(.internalServerError, "\(error)")
        }
    }
}
