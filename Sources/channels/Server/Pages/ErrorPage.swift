import HTTPTypes
import ChannelsModel

/// The page for a request that cannot be answered: its message, and for an address that names nothing,
/// the pages it may have meant.
struct ErrorPage {
    let layout: PageLayout
    let path: String
    let error: APIError
    /// Whether the address itself names nothing (rather than a name in its query).
    var unknownAddress = false

    static let addresses = ["/", "/path", "/centrality", "/brokers", "/whatif", "/api/openapi.json", "/api/graphs"]

    func html() -> HTML {
        let title = error.status.reasonPhrase
        var body: HTML = "<h1>\(title)</h1>\(ErrorNote.html(error, layout: layout))"
        if unknownAddress {
            let links = Suggestions.nearest(to: path, among: Self.addresses).map { "<li><a href=\"\(layout.link($0))\">\($0)</a></li>" as HTML }
            body += "<p>Nothing is at <code>\(path)</code>.</p>"
            if !links.isEmpty { body += "<p>Did you mean:</p><ul>\(links)</ul>" }
        }
        return layout.page(title: title, body)
    }
}
