import ChannelsFormats
import HTTPTypes

/// A request the server cannot answer: its HTTP status, a message, and for unknown names the names that
/// were probably meant. JSON: `{"error": {"status", "message", "suggestions"}}` (README, "Web view").
struct APIError: Error, Sendable {
    let status: HTTPResponse.Status
    let message: String
    let suggestions: [String]

    init(_ status: HTTPResponse.Status, _ message: String, suggestions: [String] = []) {
        self.status = status
        self.message = message
        self.suggestions = suggestions
    }

    /// The error a command's failure becomes: 404 for a name that matches nothing, 400 for the command
    /// line's usage errors, 422 for a question the graph cannot answer (a ranking that does not converge,
    /// rankings over time without dated channels), 503 for a question that ran past its time
    /// (``Interrupt/timedOut``), or 500 for a failure that is not the request's fault.
    init(_ failure: Failure) {
        if failure.status == ExitStatus.unavailable {
            self.init(.serviceUnavailable, failure.message)
        } else if let suggestions = failure.suggestions {
            self.init(.notFound, failure.message, suggestions: suggestions)
        } else if failure.status == ExitStatus.usage {
            self.init(.badRequest, failure.message)
        } else if failure.status == ExitStatus.noResult {
            self.init(.unprocessableContent, failure.message)
        } else {
            self.init(.internalServerError, failure.message)
        }
    }

    var json: JSON {
        .object([("error", .object([
            ("status", .int(Int(status.code))),
            ("message", .string(message)),
            ("suggestions", .array(suggestions.map(JSON.string))),
        ]))])
    }
}
