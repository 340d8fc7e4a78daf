/// A failure reported by Graphviz, with the DOT line it concerns when Graphviz names one.
///
///     Error: syntax error in line 3 near '->'   →   GraphvizError(line: 3, message: "syntax error near '->'")
public struct GraphvizError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The 1-based line of the DOT input, for syntax errors.
    public var line: Int?
    public var message: String

    public init(line: Int? = nil, message: String) {
        self.line = line
        self.message = message
    }

    /// Builds an error from Graphviz's own wording, pulling out the line and explaining the two failures
    /// that otherwise read as riddles: an unknown layout with an empty list (plugins not configured), and
    /// an unknown format.
    init(graphvizMessage: String, first: String) {
        let text = Self.stripLevel(first)
        if text.hasPrefix("Layout type:"), text.hasSuffix("Use one of:") || text.hasSuffix("Use one of: ") {
            self.init(message: "Graphviz has no layout plugins configured; run `libgvc6-config-update -c` (or `dot -c`) as root once")
            return
        }
        if let (line, rest) = Self.splitLine(text) {
            self.init(line: line, message: rest)
            return
        }
        self.init(message: Self.stripLevel(graphvizMessage))
    }

    /// Pulls "in line N" out of a message: "syntax error in line 3 near '->'" → (3, "syntax error near '->'").
    static func splitLine(_ text: String) -> (Int, String)? {
        let marker = Array(" in line ")
        let characters = Array(text)
        guard characters.count > marker.count else { return nil }
        for start in 0...(characters.count - marker.count) where Array(characters[start..<start + marker.count]) == marker {
            let digits = characters[(start + marker.count)...].prefix(while: \.isNumber)
            guard let line = Int(String(digits)) else { continue }
            let rest = String(characters[..<start]) + String(characters[(start + marker.count + digits.count)...])
            return (line, rest)
        }
        return nil
    }

    static func stripLevel(_ message: String) -> String {
        for prefix in ["Error: ", "Warning: "] where message.hasPrefix(prefix) {
            return String(message.dropFirst(prefix.count))
        }
        return message
    }

    public var description: String {
        line.map { "line \($0): \(message)" } ?? message
    }
}
