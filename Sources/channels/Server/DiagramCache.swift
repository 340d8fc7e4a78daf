import Foundation
import HTTPTypes
import ChannelsRender
import Synchronization

/// Diagrams already drawn, by what they show: the graphs never change while the server runs, so a
/// picture drawn once is good for every later request. Bounded: when full, it starts again empty.
final class DiagramCache: Sendable {
    private let pictures = Mutex<[String: String]>([:])
    let capacity: Int

    init(capacity: Int = 512) {
        self.capacity = capacity
    }

    /// The SVG for `key`, drawn from `dot()` by Graphviz (dot layout, in process) on first use, with its
    /// XML prologue removed so that it can sit inside a page.
    ///
    /// - Throws: ``APIError`` 500 when Graphviz fails (not expected: the DOT is ours).
    func svg(_ key: String, dot: () -> String) throws(APIError) -> String {
        if let cached = pictures.withLock({ $0[key] }) { return cached }
        let svg: String
        do {
            let rendering = try DiagramRenderer.render(dot: dot(), format: "svg", layout: "dot")
            let text = String(decoding: rendering.bytes, as: UTF8.self)
            svg = text.range(of: "<svg").map { String(text[$0.lowerBound...]) } ?? text
        } catch {
            throw APIError(.internalServerError, "graphviz could not draw the diagram: \(error)")
        }
        pictures.withLock { pictures in
            if pictures.count >= capacity { pictures.removeAll(keepingCapacity: true) }
            pictures[key] = svg
        }
        return svg
    }
}
