import ChannelsBuiltin
import ChannelsFormats
import ChannelsModel
import ChannelsRender
import Foundation
import Testing

/// Laid-out diagrams of the curated graphs: side clusters do not overlap one another or the legend. Read
/// from Graphviz's own JSON output (`bb` of each cluster, `pos`/`width`/`height` of the legend node).
@Suite(.serialized)
struct LayoutOverlapTests {
    struct Box: CustomStringConvertible {
        let name: String
        let x0, y0, x1, y1: Double
        func overlaps(_ other: Box) -> Bool { x0 < other.x1 && other.x0 < x1 && y0 < other.y1 && other.y0 < y1 }
        var description: String { "\(name) [\(x0), \(y0), \(x1), \(y1)]" }
    }

    static func boxes(of graph: ChannelGraph, layout: String) throws -> [Box] {
        let dot = DOTWriter(graph: graph, options: DiagramOptions()).write()
        let json = try DiagramRenderer.render(dot: dot, format: "json", layout: layout).bytes
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
        var boxes: [Box] = []
        for object in root["objects"] as? [[String: Any]] ?? [] {
            let name = object["name"] as? String ?? ""
            if name.hasPrefix("cluster"), let bb = object["bb"] as? String {
                let v = bb.split(separator: ",").compactMap { Double($0) }
                try #require(v.count == 4)
                boxes.append(Box(name: object["label"] as? String ?? name, x0: v[0], y0: v[1], x1: v[2], y1: v[3]))
            } else if name == "legend", let pos = object["pos"] as? String,
                      let width = (object["width"] as? String).flatMap(Double.init), let height = (object["height"] as? String).flatMap(Double.init) {
                let p = pos.split(separator: ",").compactMap { Double($0) }
                try #require(p.count == 2)
                let (w, h) = (width * 72 / 2, height * 72 / 2)
                boxes.append(Box(name: "legend", x0: p[0] - w, y0: p[1] - h, x1: p[0] + w, y1: p[1] + h))
            }
        }
        return boxes
    }

    @Test(arguments: BuiltinGraphs.all.map(\.name), ["dot", "fdp"])
    func clustersAndTheLegendDoNotOverlap(name: String, layout: String) throws {
        let embedded = try #require(BuiltinGraphs.named(name))
        let boxes = try Self.boxes(of: embedded.compiledGraph(), layout: layout)
        #expect(boxes.filter { $0.name != "legend" }.count >= 5)
        #expect(boxes.contains { $0.name == "legend" })
        for (index, box) in boxes.enumerated() {
            for other in boxes[(index + 1)...] {
                #expect(!box.overlaps(other), "\(box) overlaps \(other)")
            }
        }
    }
}
