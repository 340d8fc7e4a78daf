/// The fields of actors and channels, as `docs/graph-format.md` names and orders them, and the other
/// names tools give the same fields: the one list that the YAML reader (which accepts the names alone and
/// suggests them for the others) and the foreign readers (GraphML, GEXF, node-link JSON, CSV, DOT, which
/// accept both) share.
enum FieldNames {
    /// An actor's keys in a graph file.
    static let actor = ["id", "name", "kind", "side", "role", "aliases", "default-for", "attributes", "cites", "note"]
    /// A channel's keys in a graph file.
    static let channel = ["id", "kind", "source", "target", "directed", "name", "date", "from", "until",
                          "weight", "confidence", "cites", "note", "attributes"]

    /// Names other tools write for an actor's fields (`label` in GraphML and GEXF, `type` in Gephi's CSV).
    static let actorSynonyms = ["label": "name", "type": "kind", "affiliation": "side"]
    /// Names other tools write for a channel's fields (NetworkX's multigraph `key`, GEXF's `start`/`end`).
    static let channelSynonyms = ["key": "id", "type": "kind", "label": "name", "start": "from", "end": "until"]

    /// The fields a foreign reader takes out of a node's attributes; the others stay free attributes.
    static let nodeFields = Set(actor).subtracting(["attributes"]).union(actorSynonyms.keys)
    /// The fields a foreign reader takes out of an edge's attributes; the others stay free attributes.
    static let edgeFields = Set(channel).subtracting(["attributes"]).union(channelSynonyms.keys)

    /// What the YAML reader suggests for a key it does not know: the synonyms above, and the words people
    /// reach for in other places of the file.
    static let suggestions: [String: String] = actorSynonyms.merging(channelSynonyms) { first, _ in first }.merging([
        "sources": "cites", "citations": "cites", "citation": "cites", "refs": "cites", "references": "cites",
        "edges": "channels", "links": "channels", "nodes": "actors", "to": "target", "alias": "aliases",
        "title": "role", "document": "doc", "text": "quote",
    ]) { first, _ in first }
}
