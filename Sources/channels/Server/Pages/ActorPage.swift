import ChannelsModel

/// `/actors/ID`: an actor, its aliases in every script, and its channels in date order, each with the
/// documents that report it and their quotations in their own direction (Arabic right to left).
struct ActorPage {
    let layout: PageLayout
    let report: ActorReport

    func html() -> HTML {
        let graph = report.graph
        let actor = graph.actors[report.actor]
        var facts: [HTML] = ["<span>\(actor.kind.rawValue)</span>"]
        if let side = actor.side { facts.append("<span>side: \(HTML.name(graph.side(id: side)?.name ?? side))</span>") }
        if let role = actor.role { facts.append("<span>\(HTML.name(role))</span>") }
        let aliases: HTML = actor.aliases.isEmpty ? "" : "<p class=\"aliases\">Also: \(actor.aliases.map { "<span class=\"alias\" dir=\"auto\">\($0)</span>" as HTML })</p>"
        let note: HTML = actor.note.map { "<p class=\"note\" dir=\"auto\">\($0)</p>" } ?? ""
        let channels = report.channels.map { channel -> HTML in
            let other = graph.actors[channel.source == report.actor ? channel.target : channel.source]
            let arrow = !channel.directed ? "↔" : channel.source == report.actor ? "→" : "←"
            let name: HTML = channel.name.map { " · “\(HTML.name($0))”" } ?? ""
            let disputed: HTML = channel.disputedDates.isEmpty ? ""
                : "<p class=\"disputed\">Sources disagree on the date: also \(channel.disputedDates.map(\.description).joined(separator: ", "))</p>"
            return """
                <li id="channel-\(channel.id)"><p><time>\(channel.whenDescription ?? "undated")</time> \
                <span class="kind">\(channel.kind.rawValue)</span> <span aria-hidden="true">\(arrow)</span> \
                \(layout.actorLink(other))\(name) <span class="id">\(channel.id)</span></p>\(disputed)
                \(SourceList.html(channel.cites))</li>
                """
        }
        return layout.page(title: actor.name, """
            <h1>\(HTML.name(actor.name))</h1>
            <p class="facts">\(facts)</p>
            \(aliases)\(note)
            <p><a href="\(layout.link("/path", [("from", actor.id)]))">Routes from \(HTML.name(actor.name))</a> · \
            <a href="\(layout.link("/whatif", [("remove", actor.id)]))">What if \(HTML.name(actor.name)) were gone?</a></p>
            <h2>\(report.channels.count) channel\(report.channels.count == 1 ? "" : "s"), in date order</h2>
            <ol class="channels">\(channels)</ol>
            """)
    }
}

/// The documents that report a channel, each with its quotation or note.
enum SourceList {
    static func html(_ cites: [Citation]) -> HTML {
        guard !cites.isEmpty else { return "" }
        let items = cites.map { cite -> HTML in
            let quote: HTML = cite.quote.map { " " + HTML.quote($0) } ?? ""
            let note: HTML = cite.note.map { " <span class=\"cite-note\" dir=\"auto\">\($0)</span>" } ?? ""
            let date: HTML = cite.date.map { " <span class=\"cite-date\">(\($0.description))</span>" } ?? ""
            return "<li><cite>\(cite.doc)</cite>\(date)\(quote)\(note)</li>"
        }
        return "<ul class=\"sources\" aria-label=\"Sources\">\(items)</ul>"
    }
}
