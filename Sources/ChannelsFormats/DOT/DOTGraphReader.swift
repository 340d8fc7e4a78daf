public import ChannelsModel
import Graphviz

/// Reads a DOT file through libcgraph into a typed graph, keeping node and edge attributes.
///
/// A node's `label` becomes its name; an edge's `id` (or `key`) its channel id and its `label` its name;
/// the graph's `label` (else its name) the title. Attributes named like the model's fields (`kind`,
/// `side`, `date`, `weight`, …) fill those fields; Graphviz's drawing attributes (`shape`, `style`,
/// `fontname`, …) are left out; every other attribute is kept as a free attribute. A strict or plain
/// `graph` gives two-way channels, a `digraph` directed ones.
public enum DOTGraphReader {
    /// The graph in `bytes`, or the problem Graphviz reported, with its line.
    public static func read(_ bytes: [UInt8], file: String) -> (graph: ChannelGraph?, diagnostics: [Diagnostic]) {
        let text: String
        do {
            text = try InputText.decode(bytes, file: file)
        } catch {
            return (nil, [error])
        }
        let parsed: DOTGraph
        do {
            parsed = try Graphviz.parse(dot: text)
        } catch {
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
            let attributes = node.attributes.compactMap { key, value -> (key: String, value: AttributeValue, location: GraphAssembler.Location)? in
                if key == "label" { return value == "\\N" ? nil : ("name", .string(value), location) }
                return drawingAttributes.contains(key) ? nil : (key, .string(value), location)
            }
            assembler.addNode(id: node.name, record: .init(attributes: attributes, location: location))
        }
        for edge in parsed.edges {
            let attributes = edge.attributes.compactMap { key, value -> (key: String, value: AttributeValue, location: GraphAssembler.Location)? in
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
