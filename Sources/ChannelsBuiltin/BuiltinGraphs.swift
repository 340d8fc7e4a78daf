public import ChannelsModel
import ChannelsCore

/// A curated graph from `Graphs/`, embedded in the binary at build time.
public struct EmbeddedGraph: Sendable {
    /// The file name without extension: `hostage-deal-2023`.
    public let name: String
    /// The file name in `Graphs/`: `hostage-deal-2023.yaml`.
    public let fileName: String
    /// The YAML text, exactly as in the file.
    public let text: String

    /// The name reports and diagnostics give the graph: `Graphs/hostage-deal-2023.yaml`.
    public var path: String { "Graphs/\(fileName)" }

    /// The graph as compiled into the binary, when it was compiled from this very ``text``; `nil` when
    /// the text changed since (then read ``text``), or when the graph has no compiled form.
    ///
    /// - Complexity: O(*n*) in the size of the graph: hashing the text, then building the arrays.
    public func compiledGraph() -> ChannelGraph? {
        guard let compiled = CompiledGraph.named(fileName), compiled.sourceHash == XXHash64.hash(utf8: text) else {
            return nil
        }
        return compiled.build()
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
