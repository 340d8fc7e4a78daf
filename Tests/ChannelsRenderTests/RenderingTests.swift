import ChannelsBuiltin
import ChannelsFormats
import ChannelsModel
import ChannelsRender
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Rendering through libgvc in-process: SVG content, Arabic text, errors, concurrency and memory.
@Suite(.serialized)
struct RenderingTests {
    static func curated() throws -> ChannelGraph {
        let embedded = try #require(BuiltinGraphs.defaultGraph)
        return try #require(YAMLGraphReader.read(Array(embedded.text.utf8), file: "g").graph)
    }

    /// The `id` attributes of every `<g>` element of an SVG, parsed as XML.
    /// The ids of the SVG's groups (`<g id=…>`: one per node, edge and cluster), read with the streaming
    /// parser (FoundationXML's `XMLDocument` leaks its tree on Linux, which the address sanitizer reports).
    static func svgIDs(_ bytes: [UInt8]) throws -> Set<String> {
        let collector = GroupIDCollector()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = collector
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
        return collector.ids
    }

    private final class GroupIDCollector: NSObject, XMLParserDelegate {
        var ids: Set<String> = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            if elementName == "g", let id = attributes["id"] { ids.insert(id) }
        }
    }

    @Test func everyActorAndChannelIsInTheSVG() throws {
        let graph = try Self.curated()
        let dot = DOTWriter(graph: graph, options: DiagramOptions()).write()
        let svg = try DiagramRenderer.render(dot: dot, format: "svg", layout: "dot").bytes
        let ids = try Self.svgIDs(svg)
        for actor in graph.actors { #expect(ids.contains(actor.id), "node \(actor.id) missing") }
        for channel in graph.channels { #expect(ids.contains(channel.id), "edge \(channel.id) missing") }
    }

    @Test func anArabicLabelReachesTheSVGIntact() throws {
        var options = DiagramOptions()
        options.labels = .arabic
        let dot = DOTWriter(graph: GoldenGraphs.triangle, options: options).write()
        let svg = String(decoding: try DiagramRenderer.render(dot: dot, format: "svg", layout: "dot").bytes, as: UTF8.self)
        #expect(svg.contains(">أمير قطر<"))
    }

    @Test(arguments: DiagramRenderer.layouts)
    func everyLayoutRendersSVGPNGAndPDF(layout: String) throws {
        let dot = DOTWriter(graph: GoldenGraphs.triangle, options: DiagramOptions()).write()
        let svg = try DiagramRenderer.render(dot: dot, format: "svg", layout: layout).bytes
        #expect(String(decoding: svg.prefix(100), as: UTF8.self).contains("<?xml"))
        let png = try DiagramRenderer.render(dot: dot, format: "png", layout: layout).bytes
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let pdf = try DiagramRenderer.render(dot: dot, format: "pdf", layout: layout).bytes
        #expect(pdf.starts(with: Array("%PDF".utf8)))
    }

    @Test func malformedDOTReportsItsLine() {
        #expect(throws: RenderError(line: 3, message: "syntax error near ';'")) {
            try DiagramRenderer.render(dot: "digraph g {\n  a -> b\n  c -> ;\n}\n", format: "svg", layout: "dot")
        }
        #expect(throws: RenderError(line: nil, message: "the DOT input is empty")) {
            try DiagramRenderer.render(dot: "  \n", format: "svg", layout: "dot")
        }
        #expect(throws: RenderError.self) { try DiagramRenderer.render(dot: "digraph { a }", format: "nonsense", layout: "dot") }
        #expect(throws: RenderError.self) { try DiagramRenderer.render(dot: "digraph { a }", format: "svg", layout: "nonsense") }
        // A parse after a failed one still succeeds.
        #expect(throws: Never.self) { try DiagramRenderer.render(dot: "digraph { a -> b }", format: "svg", layout: "dot") }
    }

    @Test func unknownShapesAreWarningsNotFailures() throws {
        let result = try DiagramRenderer.render(dot: "digraph { a [shape=blob] }", format: "svg", layout: "dot")
        #expect(result.warnings.contains { $0.contains("using box for unknown shape blob") })
    }

    @Test func rendersFromManyTasksAtOnceAllSucceed() async throws {
        let dot = DOTWriter(graph: GoldenGraphs.triangle, options: DiagramOptions()).write()
        let sizes = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<40 {
                group.addTask {
                    try DiagramRenderer.render(dot: dot, format: index.isMultiple(of: 2) ? "svg" : "png", layout: index.isMultiple(of: 3) ? "neato" : "dot").bytes.count
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(sizes.count == 40 && sizes.allSatisfy { $0 > 100 })
    }

    /// Whether the address sanitizer runs in this process: its quarantine holds on to freed memory, so
    /// resident memory says nothing about leaks then (LeakSanitizer reports those instead).
    static let underAddressSanitizer = dlsym(dlopen(nil, RTLD_NOW), "__asan_init") != nil

    @Test(.disabled(if: underAddressSanitizer, "the address sanitizer's quarantine grows resident memory"))
    func manyRendersDoNotGrowWithoutBound() throws {
        // An acyclic graph: dot's layout of a graph with cycles leaks about 1.1 KB per render inside
        // Graphviz 2.42 (`acyclic`/`virtual_edge`, an upstream bug), which this test is not about.
        let dot = "digraph g { a -> b; b -> c; a -> c; c -> d }"
        for _ in 0..<50 { _ = try DiagramRenderer.render(dot: dot, format: "svg", layout: "dot") }
        let warm = try #require(Self.residentKilobytes(), "the resident set size cannot be read from /proc/self/status")
        for _ in 0..<500 { _ = try DiagramRenderer.render(dot: dot, format: "svg", layout: "dot") }
        let after = try #require(Self.residentKilobytes(), "the resident set size cannot be read from /proc/self/status")
        #expect(after - warm < 2_048, "resident memory grew by \(after - warm) KB over 500 renders")
    }

    /// The process's resident set size in KiB, from `/proc/self/status`; `nil` where it cannot be read.
    static func residentKilobytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return nil }
        return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
    }
}
