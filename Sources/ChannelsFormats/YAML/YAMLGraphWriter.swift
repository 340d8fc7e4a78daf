public import ChannelsModel
import OrderedCollections
import Yams

/// Writes the native YAML format in one canonical layout: keys in the order of `docs/graph-format.md`,
/// every channel with an explicit id, defaults left out, emitted by Yams (libyaml). Reading the output
/// and writing it again gives the same bytes.
public enum YAMLGraphWriter {
    /// Why a graph could not be written: libyaml's emitter refused the document.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// The YAML text of `graph`.
    ///
    /// - Throws: ``Failure`` when libyaml cannot emit the document, so that no empty or partial file is
    ///   ever written in its place.
    /// - Complexity: O(*n* + *m*).
    public static func write(_ graph: ChannelGraph) throws(Failure) -> String {
        var top: [(Node, Node)] = [(key("format"), Node("1"))]
        if let title = graph.title { top.append((key("title"), text(title))) }
        if let description = graph.description { top.append((key("description"), text(description))) }
        if !graph.documents.isEmpty {
            top.append((key("documents"), Node(graph.documents.map { document in
                mapping([("id", text(document.id)), ("title", document.title.map(text)), ("language", document.language.map(text)),
                         ("url", document.url.map(text)), ("outlet", document.outlet.map(text)),
                         ("published", document.published.map { Node($0.description) })])
            })))
        }
        if !graph.sides.isEmpty {
            top.append((key("sides"), Node(graph.sides.map { side in
                mapping([("id", text(side.id)), ("name", side.name.map(text)), ("color", side.color.map { Node($0, Tag(.str), .doubleQuoted) })])
            })))
        }
        if !graph.declaredActorKinds.isEmpty || !graph.declaredChannelKinds.isEmpty {
            var kinds: [(Node, Node)] = []
            if !graph.declaredActorKinds.isEmpty { kinds.append((key("actors"), Node(graph.declaredActorKinds.map(kind)))) }
            if !graph.declaredChannelKinds.isEmpty { kinds.append((key("channels"), Node(graph.declaredChannelKinds.map(kind)))) }
            top.append((key("kinds"), Node(kinds)))
        }
        top.append((key("actors"), Node(graph.actors.map(actor))))
        if !graph.channels.isEmpty {
            top.append((key("channels"), Node(graph.channels.map { channel(in: graph, $0) })))
        }
        let document = Node(top)
        do {
            return try Yams.serialize(node: document, indent: 2, width: -1, allowUnicode: true)
        } catch {
            throw Failure(description: "cannot write the graph as YAML: \(error)")
        }
    }

    private static func actor(_ actor: Actor) -> Node {
        mapping([
            ("id", text(actor.id)),
            ("name", actor.name == actor.id ? nil : text(actor.name)),
            ("kind", text(actor.kind.rawValue)),
            ("side", actor.side.map(text)),
            ("role", actor.role.map(text)),
            ("aliases", actor.aliases.isEmpty ? nil : flowList(actor.aliases)),
            ("default-for", actor.defaultFor.isEmpty ? nil : flowList(actor.defaultFor)),
            ("attributes", actor.attributes.isEmpty ? nil : attributes(actor.attributes)),
            ("note", actor.note.map(text)),
            ("cites", actor.cites.isEmpty ? nil : Node(actor.cites.map(citation))),
        ])
    }

    private static func channel(in graph: ChannelGraph, _ channel: Channel) -> Node {
        let defaultDirection = graph.kinds.isDirectedByDefault(channel.kind)
        return mapping([
            ("id", text(channel.id)),
            ("kind", text(channel.kind.rawValue)),
            ("source", text(graph.actors[channel.source].id)),
            ("target", text(graph.actors[channel.target].id)),
            ("directed", channel.directed == defaultDirection ? nil : Node(channel.directed ? "true" : "false")),
            ("name", channel.name.map(text)),
            ("date", channel.date.map { Node($0.description) }),
            ("from", channel.from.map { Node($0.description) }),
            ("until", channel.until.map { Node($0.description) }),
            ("weight", channel.weight.map { Node(number($0)) }),
            ("confidence", channel.confidence.map { Node(number($0)) }),
            ("note", channel.note.map(text)),
            ("attributes", channel.attributes.isEmpty ? nil : attributes(channel.attributes)),
            ("cites", channel.cites.isEmpty ? nil : Node(channel.cites.map(citation))),
        ])
    }

    private static func citation(_ cite: Citation) -> Node {
        mapping([("doc", text(cite.doc)), ("quote", cite.quote.map(text)), ("note", cite.note.map(text)),
                 ("date", cite.date.map { Node($0.description) })])
    }

    private static func kind(_ kind: KindDefinition) -> Node {
        mapping([("id", text(kind.id)), ("directed", kind.directed.map { Node($0 ? "true" : "false") }),
                 ("description", kind.description.map(text))])
    }

    private static func attributes(_ attributes: OrderedDictionary<String, AttributeValue>) -> Node {
        var pairs: [(Node, Node)] = []
        for (name, value) in attributes {
            let node: Node
            switch value {
            case .string(let string): node = text(string)
            case .int(let number): node = Node(String(number))
            case .double(let number): node = Node("\(number)")
            case .bool(let flag): node = Node(flag ? "true" : "false")
            }
            pairs.append((text(name), node))
        }
        return Node(pairs, Tag(.implicit), .flow)
    }

    /// A string as a scalar, quoted whenever a YAML reader might take it for something else (a number,
    /// a boolean, a date, null) so that it reads back as the same text.
    private static func text(_ string: String) -> Node {
        let plainIsSafe = !string.isEmpty && YAMLNodeReader.attributeValue(Node.Scalar(string, .implicit, .plain)) == .string(string)
            && PartialDate(string) == nil && !["null", "~", "yes", "no", "on", "off", "y", "n"].contains(string.lowercased())
        return Node(string, Tag(.str), plainIsSafe ? .any : .doubleQuoted)
    }

    private static func flowList(_ items: [String]) -> Node {
        Node(items.map(text), Tag(.implicit), .flow)
    }

    private static func key(_ name: String) -> Node { Node(name) }

    /// A mapping of the present entries, in the given order.
    private static func mapping(_ entries: [(String, Node?)]) -> Node {
        Node(entries.compactMap { name, value in value.map { (key(name), $0) } })
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}
