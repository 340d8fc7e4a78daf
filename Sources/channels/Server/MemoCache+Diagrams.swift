import ChannelsRender
import Foundation
import HTTPTypes

extension MemoCache {
    /// The SVG for `key`, drawn from `dot()` by Graphviz (dot layout, in process, under its lock) on first
    /// use, with its XML prologue removed so that it can sit inside a page.
    ///
    /// - Throws: ``APIError`` 500 when Graphviz fails (not expected: the DOT is ours).
    func svg(_ key: String, dot: () -> String) throws(APIError) -> String {
        try value(key) { () throws(APIError) in
            do {
                let rendering = try DiagramRenderer.render(dot: dot(), format: "svg", layout: "dot")
                let text = String(decoding: rendering.bytes, as: UTF8.self)
                return text.range(of: "<svg").map { String(text[$0.lowerBound...]) } ?? text
            } catch {
                throw APIError(.internalServerError, "graphviz could not draw the diagram: \(error)")
            }
        }
    }
}
