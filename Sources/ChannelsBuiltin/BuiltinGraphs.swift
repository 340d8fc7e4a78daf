public import ChannelsModel

/// A curated graph from `Graphs/`, embedded in the binary at build time: its YAML text, and the graph that
/// text reads as, compiled into Swift by the same build step, so that a command on a built-in graph parses
/// no YAML and the two forms cannot drift apart.
public struct EmbeddedGraph: Sendable {
    /// The file name without extension: `hostage-deal-2023`.
    public let name: String
    /// The file name in `Graphs/`: `hostage-deal-2023.yaml`.
    public let fileName: String
    /// The YAML text, exactly as in the file.
    public let text: String
    /// Builds the graph; cheap (no parsing), but not free, so it runs only when a command asks.
    let build: @Sendable () -> ChannelGraph

    /// The name reports and diagnostics give the graph: `Graphs/hostage-deal-2023.yaml`.
    public var path: String { "Graphs/\(fileName)" }

    /// The graph ``text`` reads as, built from its compiled form.
    ///
    /// - Complexity: O(*n* + *m*) in the size of the graph: building its arrays.
    public func compiledGraph() -> ChannelGraph {
        build()
    }
}

/// The curated graphs shipped with `channels`. The first of them is the default graph of every command.
public enum BuiltinGraphs {
    /// The name of the graph commands use when no `--graph` is given.
    public static let defaultName = "hostage-deal-2023"

    /// Every embedded graph, by file name.
    public static var all: [EmbeddedGraph] { embedded }

    /// The embedded graph with this name (with or without `.yaml`).
    public static func named(_ name: String) -> EmbeddedGraph? {
        embedded.first { $0.name == name || $0.fileName == name }
    }

    /// The default graph.
    public static var defaultGraph: EmbeddedGraph? { named(defaultName) }
}
