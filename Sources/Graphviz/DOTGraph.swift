import CGraphviz

/// A graph read from DOT by libcgraph: nodes and edges in file order, with their attributes.
public struct DOTGraph: Sendable, Equatable {
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.name == rhs.name && lhs.attributes.elementsEqual(rhs.attributes) { $0 == $1 }
            && lhs.isDirected == rhs.isDirected && lhs.isStrict == rhs.isStrict && lhs.nodes == rhs.nodes && lhs.edges == rhs.edges
    }

    public struct Node: Sendable, Equatable {
        public var name: String
        /// Attributes that are set (explicitly or through `node [...]` defaults), in declaration order.
        public var attributes: [(key: String, value: String)]

        public static func == (lhs: Self, rhs: Self) -> Bool {
            lhs.name == rhs.name && lhs.attributes.elementsEqual(rhs.attributes) { $0 == $1 }
        }
    }

    public struct Edge: Sendable, Equatable {
        public var tail: String
        public var head: String
        public var attributes: [(key: String, value: String)]

        public static func == (lhs: Self, rhs: Self) -> Bool {
            lhs.tail == rhs.tail && lhs.head == rhs.head && lhs.attributes.elementsEqual(rhs.attributes) { $0 == $1 }
        }
    }

    public var name: String
    /// The root graph's attributes (`label`, `rankdir`, …) that are set, in declaration order.
    public var attributes: [(key: String, value: String)]
    public var isDirected: Bool
    public var isStrict: Bool
    public var nodes: [Node]
    public var edges: [Edge]

    /// Reads everything from an open cgraph graph. The caller holds the Graphviz lock.
    init(reading graph: UnsafeMutablePointer<Agraph_t>) {
        name = agnameof(graph).map { String(cString: $0) } ?? ""
        isDirected = agisdirected(graph) != 0
        isStrict = agisstrict(graph) != 0
        attributes = Self.attributes(of: UnsafeMutableRawPointer(graph), symbols: Self.symbols(of: graph, kind: AGRAPH))
        let nodeSymbols = Self.symbols(of: graph, kind: AGNODE)
        let edgeSymbols = Self.symbols(of: graph, kind: AGEDGE)
        var nodes: [Node] = []
        var edges: [Edge] = []
        var node = agfstnode(graph)
        while let current = node {
            nodes.append(Node(name: Self.name(of: current), attributes: Self.attributes(of: current, symbols: nodeSymbols)))
            var edge = agfstout(graph, current)
            while let out = edge {
                edges.append(Edge(
                    tail: Self.name(of: channels_agtail(out)),
                    head: Self.name(of: channels_aghead(out)),
                    attributes: Self.attributes(of: out, symbols: edgeSymbols)))
                edge = agnxtout(graph, out)
            }
            node = agnxtnode(graph, current)
        }
        self.nodes = nodes
        self.edges = edges
    }

    private static func symbols(of graph: UnsafeMutablePointer<Agraph_t>, kind: Int32) -> [(name: String, symbol: UnsafeMutablePointer<Agsym_t>)] {
        var symbols: [(String, UnsafeMutablePointer<Agsym_t>)] = []
        var symbol = agnxtattr(graph, kind, nil)
        while let current = symbol {
            if let name = channels_agsym_name(current) { symbols.append((String(cString: name), current)) }
            symbol = agnxtattr(graph, kind, current)
        }
        return symbols
    }

    private static func attributes(of object: UnsafeMutableRawPointer?, symbols: [(name: String, symbol: UnsafeMutablePointer<Agsym_t>)]) -> [(key: String, value: String)] {
        symbols.compactMap { entry in
            guard let value = agxget(object, entry.symbol) else { return nil }
            let text = String(cString: value)
            return text.isEmpty ? nil : (entry.name, text)
        }
    }

    private static func name(of node: UnsafeMutablePointer<Agnode_t>?) -> String {
        agnameof(node).map { String(cString: $0) } ?? ""
    }
}
