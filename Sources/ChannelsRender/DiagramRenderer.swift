import Graphviz

/// Renders DOT through Graphviz in-process (libgvc), serialised because libgvc is not thread-safe.
public enum DiagramRenderer {
    /// The output formats offered on the command line, by file extension.
    public static let formats = ["svg", "png", "pdf", "dot", "plain", "json"]
    /// The layout engines offered.
    public static let layouts = Graphviz.layouts

    /// The laid-out picture of `dot` in `format`, by `layout`.
    ///
    /// - Throws: ``RenderError`` with Graphviz's message and, for syntax errors, the DOT line.
    /// - Complexity: that of the layout engine.
    public static func render(dot: String, format: String, layout: String) throws(RenderError) -> (bytes: [UInt8], warnings: [String]) {
        guard layouts.contains(layout) else {
            throw RenderError(line: nil, message: "unknown layout '\(layout)'; use one of \(layouts.joined(separator: ", "))")
        }
        do {
            let rendering = try Graphviz.render(dot: dot, layout: layout, format: format)
            return (rendering.bytes, rendering.warnings)
        } catch {
            throw RenderError(line: error.line, message: error.message)
        }
    }

    /// Parses `dot` with libcgraph to check it, without laying it out.
    public static func check(dot: String) throws(RenderError) {
        do {
            _ = try Graphviz.parse(dot: dot)
        } catch {
            throw RenderError(line: error.line, message: error.message)
        }
    }
}

/// A rendering failure, located at a DOT line when Graphviz gives one.
public struct RenderError: Error, Equatable, Sendable, CustomStringConvertible {
    public let line: Int?
    public let message: String

    public init(line: Int?, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { line.map { "line \($0): \(message)" } ?? message }
}
