public import ChannelsModel

/// A DOT graph as a parser reads it: the root graph's name and attributes, and every node and edge in file
/// order with the attributes set on it (explicitly or through `node [...]` and `edge [...]` defaults).
public struct DOTDocument: Sendable, Equatable {
    public struct Node: Sendable, Equatable {
        public var name: String
        public var attributes: [Attribute]

        public init(name: String, attributes: [Attribute]) {
            self.name = name
            self.attributes = attributes
        }
    }

    public struct Edge: Sendable, Equatable {
        public var tail: String
        public var head: String
        public var attributes: [Attribute]

        public init(tail: String, head: String, attributes: [Attribute]) {
            self.tail = tail
            self.head = head
            self.attributes = attributes
        }
    }

    public struct Attribute: Sendable, Equatable {
        public var key: String
        public var value: String

        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    public var name: String
    public var attributes: [Attribute]
    public var isDirected: Bool
    public var nodes: [Node]
    public var edges: [Edge]

    public init(name: String, attributes: [Attribute], isDirected: Bool, nodes: [Node], edges: [Edge]) {
        self.name = name
        self.attributes = attributes
        self.isDirected = isDirected
        self.nodes = nodes
        self.edges = edges
    }
}

/// Parses DOT text. DOT's grammar is Graphviz's, so the parser lives where Graphviz does (ChannelsRender's
/// `GraphvizDOTParser`, through libcgraph); this module only turns what it read into a graph.
public protocol DOTParsing: Sendable {
    /// The graph in `text`, or the parser's message and the line it concerns.
    func parse(_ text: String) -> Result<DOTDocument, DOTParseError>
}

/// Why DOT text did not parse.
public struct DOTParseError: Error, Sendable, Equatable {
    public var line: Int?
    public var message: String

    public init(line: Int?, message: String) {
        self.line = line
        self.message = message
    }
}

/// Reads a DOT file into a typed graph, keeping node and edge attributes.
///
/// A node's `label` becomes its name; an edge's `id` (or `key`) its channel id and its `label` its name;
/// the graph's `label` (else its name) the title. Attributes named like the model's fields (`kind`,
/// `side`, `date`, `weight`, …) fill those fields; Graphviz's drawing attributes (`shape`, `style`,
/// `fontname`, …) are left out; every other attribute is kept as a free attribute. A strict or plain
/// `graph` gives two-way channels, a `digraph` directed ones.
public enum DOTGraphReader {
    /// The graph in `bytes`, or the problem the parser reported, with its line.
    ///
    /// - Complexity: that of `parser`, then O(*n* + *m*) over what it read.
    public static func read(_ bytes: [UInt8], file: String, parser: any DOTParsing) -> (graph: ChannelGraph?, diagnostics: [Diagnostic]) {
        let text: String
        do {
            text = try InputText.decode(bytes, file: file)
        } catch {
            return (nil, [error])
        }
        let parsed: DOTDocument
        switch parser.parse(text) {
        case .success(let document): parsed = document
        case .failure(let error):
            return (nil, [Diagnostic(file: file, line: error.line, column: error.line == nil ? nil : 1, message: "not valid DOT: \(error.message)")])
        }
        var assembler = GraphAssembler(file: file)
        assembler.directedByDefault = parsed.isDirected
        let location = GraphAssembler.Location()
        let label = parsed.attributes.first { $0.key == "label" }?.value
        if let title = label ?? (parsed.name.isEmpty || parsed.name.hasPrefix("%") ? nil : parsed.name) {
            assembler.graphAttributes.append(("title", .string(title), location))
        }
        for node in parsed.nodes {
            let attributes = node.attributes.compactMap { attribute -> (key: String, value: AttributeValue, location: GraphAssembler.Location)? in
                let (key, value) = (attribute.key, attribute.value)
                if key == "label" { return value == "\\N" ? nil : ("name", .string(value), location) }
                return drawingAttributes.contains(key) ? nil : (key, .string(value), location)
            }
            assembler.addNode(id: node.name, record: .init(attributes: attributes, location: location))
        }
        for edge in parsed.edges {
            let attributes = edge.attributes.compactMap { attribute -> (key: String, value: AttributeValue, location: GraphAssembler.Location)? in
                let (key, value) = (attribute.key, attribute.value)
                switch key {
                case "label": return ("name", .string(value), location)
                case "key": return ("id", .string(value), location)
                default: return drawingAttributes.contains(key) ? nil : (key, .string(value), location)
                }
            }
            assembler.addEdge(source: edge.tail, target: edge.head, directed: nil, record: .init(attributes: attributes, location: location))
        }
        let graph = assembler.hasErrors ? nil : assembler.build()
        return (graph, assembler.diagnostics)
    }

    /// Graphviz attributes that say how to draw a node or an edge, not what it is.
    static let drawingAttributes: Set<String> = [
        "arrowhead", "arrowsize", "arrowtail", "center", "class", "color", "colorscheme", "constraint",
        "decorate", "dir", "distortion", "fillcolor", "fixedsize", "fontcolor", "fontname", "fontsize",
        "gradientangle", "group", "headclip", "headlabel", "headport", "height", "href", "image",
        "imagepos", "imagescale", "labelangle", "labeldistance", "labelfloat", "labelfontcolor",
        "labelfontname", "labelfontsize", "labeljust", "labelloc", "layer", "len", "lhead", "ltail",
        "margin", "minlen", "nojustify", "ordering", "orientation", "penwidth", "peripheries", "pin",
        "pos", "rects", "regular", "samehead", "sametail", "shape", "shapefile", "showboxes", "sides",
        "skew", "sortv", "style", "tailclip", "taillabel", "tailport", "target", "tooltip", "URL",
        "vertices", "width", "xlabel", "xlp", "lp", "head_lp", "tail_lp", "z",
    ]
}
