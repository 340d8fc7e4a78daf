import ChannelsModel

/// The frame every page shares: the head (style sheet and script from /static, nothing inline, as the
/// Content-Security-Policy requires), the navigation, the graph chooser and the footer.
struct PageLayout {
    enum Section: String, CaseIterable {
        case overview = "Overview", path = "Path", centrality = "Centrality", brokers = "Brokers", whatIf = "What if"

        var address: String {
            switch self {
            case .overview: "/"
            case .path: "/path"
            case .centrality: "/centrality"
            case .brokers: "/brokers"
            case .whatIf: "/whatif"
            }
        }
    }

    let graphs: ServedGraphs
    let graph: ServedGraphs.Entry
    /// The section the page belongs to, marked in the navigation; `nil` for actor and error pages.
    let section: Section?

    /// `address` with this page's graph in its query, so links stay on the graph being looked at.
    func link(_ address: String, _ query: [(String, String)] = []) -> String {
        let items = (graph.name == graphs.defaultName ? [] : [("graph", graph.name)]) + query
        guard !items.isEmpty else { return address }
        return address + "?" + items.map { QueryItems.encode($0.0) + "=" + QueryItems.encode($0.1) }.joined(separator: "&")
    }

    /// The hidden form field that keeps a form on this page's graph (none for the default graph).
    var graphField: HTML {
        graph.name == graphs.defaultName ? "" : "<input type=\"hidden\" name=\"graph\" value=\"\(graph.name)\">"
    }

    /// The link to an actor's page.
    func actorLink(_ actor: Actor) -> HTML {
        "<a href=\"\(link("/actors/" + QueryItems.encode(actor.id)))\">\(HTML.name(actor.name))</a>"
    }

    func page(title: String, _ body: HTML) -> HTML {
        let navigation = Section.allCases.map { item -> HTML in
            let current: HTML = item == section ? " aria-current=\"page\"" : ""
            return "<li><a href=\"\(link(item.address))\"\(current)>\(item.rawValue)</a></li>"
        }
        let choices = graphs.entries.map { entry -> HTML in
            let selected: HTML = entry.name == graph.name ? " selected" : ""
            return "<option value=\"\(entry.name)\"\(selected)>\(entry.name)</option>"
        }
        return """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) · channels</title>
        <link rel="stylesheet" href="/static/app.css">
        <link rel="icon" href="/static/icon.svg" type="image/svg+xml">
        <script src="/static/app.js" defer></script>
        </head>
        <body>
        <a class="skip" href="#main">Skip to content</a>
        <header>
        <a class="brand" href="\(link("/"))">channels</a>
        <nav aria-label="Sections"><ul>\(navigation)</ul></nav>
        <form class="graph-chooser" method="get" action="\(section?.address ?? "/")">
        <label>Graph <select name="graph" data-autosubmit>\(choices)</select></label>
        <noscript><button type="submit">Open</button></noscript>
        </form>
        </header>
        <main id="main">
        \(body)
        </main>
        <footer>Every channel cites the documents that report it. Data: \(graph.loaded.name). JSON: <a href="/api/openapi.json">/api/openapi.json</a>.</footer>
        </body>
        </html>

        """
    }
}
