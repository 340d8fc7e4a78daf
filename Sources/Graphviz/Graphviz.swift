import CGraphviz
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Layout and rendering through libgvc, and DOT parsing through libcgraph, in-process.
///
/// libgvc and libcgraph keep global state (the DOT parser's among it) and are not thread-safe, so every
/// call here holds one process-wide lock and uses one long-lived `GVC_t`. Messages that Graphviz would
/// print go to a callback instead (`agseterrf`) and come back as ``GraphvizError`` or warnings.
///
///     let svg = try Graphviz.render(dot: "digraph g { a -> b }", layout: "dot", format: "svg")
public enum Graphviz {
    /// The layout engines Debian's libgvc6 provides.
    public static let layouts = ["dot", "neato", "fdp", "sfdp", "circo", "twopi"]

    /// The output of one render.
    public struct Rendering: Sendable {
        public var bytes: [UInt8]
        /// Warnings Graphviz emitted (an unknown shape, say); the render still succeeded.
        public var warnings: [String]
    }

    /// Lays out and renders a DOT text.
    ///
    /// - Parameters:
    ///   - dot: The graph, in the DOT language.
    ///   - layout: A layout engine: `dot`, `neato`, `fdp`, `sfdp`, `circo` or `twopi`.
    ///   - format: An output format: `svg`, `png`, `pdf`, `plain`, `json`, `dot`…
    /// - Throws: ``GraphvizError`` for a syntax error (with its line), an unknown layout or format, an
    ///   empty input, or a missing plugin configuration.
    /// - Complexity: That of the layout engine; `dot` is roughly quadratic in the worst case.
    public static func render(dot: String, layout: String = "dot", format: String) throws(GraphvizError) -> Rendering {
        try withContext { context throws(GraphvizError) in
            let graph = try context.read(dot)
            defer { agclose(graph) }
            guard gvLayout(context.gvc, graph, layout) == 0 else {
                throw context.failure(fallback: "layout '\(layout)' failed")
            }
            defer { gvFreeLayout(context.gvc, graph) }
            var data: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let status = gvRenderData(context.gvc, graph, format, &data, &length)
            // gvRenderData may allocate its buffer before failing (an unknown format): free it either way.
            defer { if let data { gvFreeRenderData(data) } }
            guard status == 0, let data else {
                throw context.failure(fallback: "format '\(format)' could not be rendered")
            }
            let bytes = data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
                Array(UnsafeBufferPointer(start: $0, count: Int(length)))
            }
            return Rendering(bytes: bytes, warnings: context.drainWarnings())
        }
    }

    /// Parses a DOT text into its nodes, edges and attributes, without laying it out.
    ///
    /// - Throws: ``GraphvizError`` for a syntax error (with its line) or an empty input.
    /// - Complexity: O(*n* + *m*) in nodes and edges, times the number of declared attributes.
    public static func parse(dot: String) throws(GraphvizError) -> DOTGraph {
        try withContext { context throws(GraphvizError) in
            let graph = try context.read(dot)
            defer { agclose(graph) }
            return DOTGraph(reading: graph)
        }
    }

    /// Runs `body` holding the process-wide lock, with messages captured for its duration.
    private static func withContext<T>(_ body: (Context) throws(GraphvizError) -> T) throws(GraphvizError) -> T {
        lock.lock()
        defer { lock.unlock() }
        guard let gvc = sharedContext else {
            throw GraphvizError(message: "libgvc could not create a context")
        }
        MessageCapture.reset()
        defer { MessageCapture.reset() }
        return try body(Context(gvc: gvc))
    }

    private static let lock = GraphvizLock()

    /// The process's one `GVC_t`, created on first use with messages routed to ``MessageCapture``.
    /// Touched only while ``lock`` is held.
    nonisolated(unsafe) private static let sharedContext: OpaquePointer? = {
        _ = agseterrf(MessageCapture.record)
        _ = agseterr(AGWARN)
        return gvContext()
    }()
}

/// The process-wide lock around libgvc and libcgraph.
private final class GraphvizLock: @unchecked Sendable {
    private var owner = pthread_mutex_t()

    init() { pthread_mutex_init(&owner, nil) }
    deinit { pthread_mutex_destroy(&owner) }

    func lock() { pthread_mutex_lock(&owner) }
    func unlock() { pthread_mutex_unlock(&owner) }
}

/// One locked session with libgvc.
private struct Context {
    let gvc: OpaquePointer

    /// Reads the first graph of `dot`.
    func read(_ dot: String) throws(GraphvizError) -> UnsafeMutablePointer<Agraph_t> {
        if dot.allSatisfy(\.isWhitespace) {
            throw GraphvizError(message: "the DOT input is empty")
        }
        if dot.utf8.contains(0) {
            throw GraphvizError(message: "the DOT input contains a NUL byte")
        }
        _ = agreseterrors()
        let graph = channels_agmemread(dot)
        flushLexer()
        guard let graph else {
            throw failure(fallback: "the DOT input holds no graph")
        }
        return graph
    }

    /// The DOT lexer keeps unread input (a trailing newline, a second graph) across reads, which would
    /// shift the line numbers of the next read's errors; reading an empty graph drains it.
    private func flushLexer() {
        if let empty = channels_agmemread("graph{}") { agclose(empty) }
    }

    /// The error Graphviz reported, or `fallback` if it reported none.
    func failure(fallback: String) -> GraphvizError {
        let errors = MessageCapture.messages.filter { !$0.hasPrefix("Warning") }
        guard let first = errors.first else { return GraphvizError(message: fallback) }
        return GraphvizError(graphvizMessage: errors.joined(separator: " "), first: first)
    }

    func drainWarnings() -> [String] {
        MessageCapture.messages.map(GraphvizError.stripLevel)
    }
}

/// Where `agseterrf` delivers Graphviz's messages. Touched only while ``Graphviz``'s lock is held.
///
/// libcgraph hands a message over in pieces ("Error", ": ", "syntax error in line 1 near ';'\n"); a
/// message is complete at its newline.
private enum MessageCapture {
    nonisolated(unsafe) private static var completed: [String] = []
    nonisolated(unsafe) private static var pending = ""

    static var messages: [String] {
        let tail = pending.trimmingTrailingNewlines()
        return tail.isEmpty ? completed : completed + [tail]
    }

    static func reset() {
        completed.removeAll()
        pending = ""
    }

    static let record: agusererrf = { text in
        guard let text else { return 0 }
        pending += String(cString: text)
        if pending.hasSuffix("\n") {
            let message = pending.trimmingTrailingNewlines()
            if !message.isEmpty { completed.append(message) }
            pending = ""
        }
        return 0
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var text = self
        while let last = text.last, last.isNewline || last == " " { text.removeLast() }
        return text
    }
}
