import ChannelsFormats
import Hummingbird
import HTTPTypes

extension Response {
    static let jsonType = "application/json; charset=utf-8"

    static func json(_ value: JSON, status: HTTPResponse.Status = .ok) -> Response {
        text(value.rendered() + "\n", type: jsonType, status: status)
    }

    static func html(_ page: HTML, status: HTTPResponse.Status = .ok) -> Response {
        text(page.text, type: "text/html; charset=utf-8", status: status)
    }

    static func text(_ body: String, type: String, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]) -> Response {
        var headers = extra
        headers[.contentType] = type
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    /// An error as JSON: `{"error": {"status", "message", "suggestions"}}`.
    static func error(_ error: APIError) -> Response {
        json(error.json, status: error.status)
    }
}
