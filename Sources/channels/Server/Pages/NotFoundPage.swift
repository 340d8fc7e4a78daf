import ChannelsModel

/// The page for an address that names nothing, with the pages it may have meant.
struct NotFoundPage {
    let layout: PageLayout
    let path: String
    let error: APIError?

    static let addresses = ["/", "/path", "/centrality", "/brokers", "/whatif", "/actors/", "/api/openapi.json", "/api/graphs"]

    func html() -> HTML {
        let nearest = Suggestions.nearest(to: path, among: Self.addresses)
        let links = nearest.map { "<li><a href=\"\(layout.link($0))\">\($0)</a></li>" as HTML }
        let list: HTML = links.isEmpty ? "" : "<p>Did you mean:</p><ul>\(links)</ul>"
        return layout.page(title: "Not found", """
            <h1>Not found</h1>
            \(ErrorNote.html(error, layout: layout))
            <p>Nothing is at <code>\(path)</code>.</p>
            \(list)
            """)
    }
}
